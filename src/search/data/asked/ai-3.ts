// Data: how people ask for operations (see ../asked.ts), ai services: language (comprehend,
// comprehend medical) and vision (rekognition, textract).

import type { AskedEntry } from './types.js';

export const ASKED_AI_3: readonly AskedEntry[] = [
  {
    op: 'comprehend:DetectSentiment',
    asked:
      'is this review positive or negative, customer mood, tone of a message, opinion mining, happy or angry, how does the customer feel, score feedback, is a complaint email negative, how upset is the customer',
    example: 'is this product review positive or negative',
  },
  {
    op: 'comprehend:BatchDetectSentiment',
    asked:
      'mood of up to 25 texts in one call, many reviews at once, several comments together, list of messages positive or negative, single request, tone of many comments, in bulk, thousands of reviews or tweets at once',
    example: 'score the tone of these 25 customer comments in a single request',
  },
  {
    op: 'comprehend:StartSentimentDetectionJob',
    asked:
      'opinion of a whole s3 folder of reviews, large corpus in the background, millions of comments, asynchronous mood analysis',
    example:
      'analyze whether the 2 million reviews in s3://reviews/ are positive or negative, in the background',
  },
  {
    op: 'comprehend:DetectEntities',
    asked:
      'pull names places organizations and dates out of text, named entity recognition, ner, extract people and companies, who and where is mentioned',
    example: 'pull the people, companies and dates mentioned in this news article',
  },
  {
    op: 'comprehend:DetectKeyPhrases',
    asked:
      'main talking points, keywords, key topics in a paragraph, tags from text, important noun phrases, extract keywords',
    example: 'extract the main keywords from this support ticket',
  },
  {
    op: 'comprehend:DetectDominantLanguage',
    asked:
      'what language is this, identify the language, language id, is this spanish or french, detect the locale of text',
    example: 'what language is this customer email written in',
  },
  {
    op: 'comprehend:StartPiiEntitiesDetectionJob',
    asked:
      'redact pii across many documents, mask personal info in every file of a bucket, anonymize a corpus, bulk redaction in the background, scrub names and card numbers from transcripts',
    example: 'scrub names and card numbers out of every call transcript in our bucket',
  },
  {
    op: 'comprehend:DetectToxicContent',
    asked:
      'is this message abusive, hate speech, profanity, harassment, insults, threats, moderate chat text, offensive comment, flag hateful messages, abusive chat before posting, slurs, threats, keep game chat clean',
    example: 'stop slurs and threats from showing up in our game chat',
  },
  {
    op: 'comprehend:ClassifyDocument',
    asked:
      'categorize a document with my custom classifier, route a ticket or incoming email to billing, sales or support, real-time label, which category does this belong to, model we trained',
    example: 'route this incoming email to billing, tech or sales with the model we trained',
  },
  {
    op: 'comprehend:CreateDocumentClassifier',
    asked:
      'train custom categories, teach labels from examples, custom text classification, build a ticket router, multi-label training',
    example: 'train a custom model that sorts tickets into billing, bug and feature request',
  },
  {
    op: 'comprehend:StartTopicsDetectionJob',
    asked:
      'topic modeling, discover themes across documents, cluster documents by subject, lda, what are people talking about, common themes in survey answers',
    example: 'discover the common themes across 50,000 survey answers in s3',
  },
  {
    op: 'comprehend:DetectSyntax',
    asked: 'part of speech tagging, nouns and verbs, grammar parse, tokenize words, pos tags',
    example: 'tag each word of this sentence as noun, verb or adjective',
  },
  {
    op: 'comprehendmedical:DetectEntitiesV2',
    asked:
      'pull medications conditions dosages from clinical notes, medical ner, doctor notes, symptoms and procedures, clinical text extraction, drugs and diagnoses mentioned, discharge note',
    example: 'what drugs and diagnoses are mentioned in this discharge note',
  },
  {
    op: 'comprehendmedical:DetectPHI',
    asked:
      'find patient health information, hipaa identifiers in notes, patient names dates ids, deidentify clinical text, phi redaction',
    example: 'strip identifying patient details out of clinical notes for research',
  },
  {
    op: 'comprehendmedical:InferICD10CM',
    asked:
      'diagnosis codes, icd-10 codes from notes, medical billing codes, code a condition, diagnosis codes from a discharge summary or clinical note, billing codes for conditions',
    example: 'suggest icd-10 diagnosis codes for this discharge summary',
  },
  {
    op: 'comprehendmedical:InferRxNorm',
    asked:
      'medication codes, normalize drug names, prescription concepts, rxcui, drug dosage codes, generic and brand drug names',
    example: 'map the drug names in this prescription note to standard medication codes',
  },
  {
    op: 'rekognition:DetectFaces',
    asked:
      'find the faces in a photo, age range, emotions, smiling, eyeglasses, face bounding boxes, face attributes, how many people',
    example: 'how many people are in this photo and are they smiling',
  },
  {
    op: 'rekognition:CompareFaces',
    asked:
      'same person, match a selfie to an id photo, face similarity, verify identity, are these two pictures the same face, selfie matches license photo, kyc',
    example: 'check whether the selfie matches the photo on the driver license',
  },
  {
    op: 'rekognition:IndexFaces',
    asked:
      'add a face to a face library, enroll a face, remember this person, register employee photo, store face vectors',
    example: 'enroll the new employee badge photo so we can recognize them later',
  },
  {
    op: 'rekognition:SearchFacesByImage',
    asked:
      'who is this person, find the matching face from a photo, face lookup, recognize a known person, identify from picture',
    example: 'who in our employee face library is the person in this door camera snapshot',
  },
  {
    op: 'rekognition:CreateCollection',
    asked: 'face library, face database, gallery of known people, container for enrolled faces',
    example: 'make a new face gallery for store employees',
  },
  {
    op: 'rekognition:DetectModerationLabels',
    asked:
      'nsfw, nudity, violence, explicit content, unsafe image, moderate uploads, adult content, inappropriate picture',
    example: 'block uploaded profile pictures that contain nudity or violence',
  },
  {
    op: 'rekognition:DetectText',
    asked:
      'read text in a photo, street signs, license plates, words in a picture, text on an image, caption in a frame',
    example: 'read the license plate number from this parking lot photo',
  },
  {
    op: 'rekognition:RecognizeCelebrities',
    asked:
      'famous people, which celebrity is this, identify actors or athletes, known public figures, famous actors, stars in a picture',
    example: 'which famous actors appear in this picture',
  },
  {
    op: 'rekognition:DetectProtectiveEquipment',
    asked: 'hard hat, face mask, safety gear, ppe compliance, gloves, is the worker wearing a helmet',
    example: 'check whether the workers in this site photo wear hard hats and masks',
  },
  {
    op: 'rekognition:GetLabelDetection',
    asked:
      'results of video tagging, timestamps of objects found, when did a dog appear, is the video analysis done',
    example: 'get the timestamps of every object found in the match video analysis',
  },
  {
    op: 'rekognition:StartContentModeration',
    asked:
      'moderate a video file, unsafe scenes in a video, nsfw in footage, explicit clips, background video review',
    example: 'scan the uploaded mp4 for nudity and violence in the background',
  },
  {
    op: 'rekognition:StartFaceSearch',
    asked:
      'find known people in a video, match faces in footage against a library, enrolled employees appear in a recording, security camera footage, cctv, lobby camera, who appears in the video, registered staff in security footage',
    example: "spot any of our registered staff in yesterday's security footage",
  },
  {
    op: 'rekognition:StartSegmentDetection',
    asked:
      'shot boundaries, black frames, end credits, color bars, scene cuts, technical cues in a video, episode, ad insertion points, opening credits',
    example: 'where are the scene cuts and credits in this tv episode',
  },
  {
    op: 'rekognition:CreateFaceLivenessSession',
    asked:
      'liveness check, is it a real person, anti spoofing selfie, detect a photo of a photo, presentation attack, live human taking a selfie, printed picture or mask, spoof',
    example: 'make sure the user taking the selfie is a live human and not a printed picture',
  },
  {
    op: 'rekognition:DetectCustomLabels',
    asked: 'my trained image model, detect our own logo, custom object detection, defects on a product photo',
    example: 'spot manufacturing defects in this photo with the model we trained on our parts',
  },
  {
    op: 'textract:DetectDocumentText',
    asked:
      'ocr, turn a scanned page into text, read text from an image of a document, extract lines and words, pdf to text, printed or handwritten',
    example: 'turn this scanned letter into plain text',
  },
  {
    op: 'textract:AnalyzeDocument',
    asked:
      'form fields, key value pairs, tables, checkboxes, queries on a document, extract fields from a form, signatures, layout, scanned form answers, checkbox answers, intake form, table rows from a scanned statement, bank statement tables',
    example: 'pull the name, date of birth and checkbox answers out of this scanned intake form',
  },
  {
    op: 'textract:AnalyzeExpense',
    asked: 'receipt, invoice, total amount, vendor name, line items, tax, bill scanning, expense report',
    example: 'read the vendor, total and line items from this receipt photo',
  },
  {
    op: 'textract:AnalyzeID',
    asked: "driver's license, passport, id card fields, date of birth from id, identity document scan",
    example: "extract the name and expiry date from a scanned driver's license",
  },
  {
    op: 'textract:StartDocumentTextDetection',
    asked:
      'ocr a multi-page pdf, long pdf in s3, text from a big scanned file in the background, asynchronous ocr, all the text of a scanned pdf with many pages, whole contract as text',
    example: 'ocr the 300 page pdf at s3://scans/contract.pdf',
  },
  {
    op: 'textract:GetDocumentTextDetection',
    asked:
      'results of the pdf ocr, is the ocr finished, fetch extracted lines by job id, page through text blocks',
    example: 'the pdf text extraction job finished, give me its lines',
  },
  {
    op: 'textract:StartDocumentAnalysis',
    asked:
      'tables and forms from a multi-page pdf, asynchronous form extraction, big document in the background',
    example: 'pull every table out of the 80 page annual report pdf in s3',
  },
  {
    op: 'textract:GetDocumentAnalysis',
    asked: 'results of pdf table extraction, forms and tables job output, is the analysis finished',
    example: 'get the tables found in the annual report pdf once the extraction is done',
  },
  {
    op: 'textract:StartExpenseAnalysis',
    asked:
      'many invoices in a pdf, batch of receipts, multi-page invoice in the background, accounts payable scan',
    example: 'process the 40 page invoice pdf in s3://ap/ and extract totals and vendors',
  },
  {
    op: 'textract:StartLendingAnalysis',
    asked:
      'mortgage package, loan documents, paystubs, bank statements, w2, lending file classification, loan application, mortgage documents sorted, home loan application bundle, classify loan pages',
    example: 'classify and extract data from a home loan application bundle',
  },
];

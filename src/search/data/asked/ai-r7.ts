// Data: how people ask for operations (see ../asked.ts): generative AI (bedrock and its agents),
// vision (rekognition), language (comprehend, transcribe, translate, polly) and documents
// (textract). Issue 16, round 7: the everyday reads and actions that had no entry yet.

import type { AskedEntry } from './types.js';

export const ASKED_AI_R7: readonly AskedEntry[] = [
  {
    op: 'bedrock-runtime:InvokeModelWithResponseStream',
    asked:
      'token by token, stream the llm answer, show the reply as it is typed, streaming completion, partial output chunks, server sent events, typewriter effect',
    example: 'stream the llm completion from bedrock chunk by chunk',
  },
  {
    op: 'bedrock-runtime:GetAsyncInvoke',
    asked:
      'is the video generation done, has the long running prompt finished, status of a queued generation, where is the output',
    example: 'has my nova reel video generation finished yet',
  },
  {
    op: 'bedrock:GetCustomModel',
    asked:
      'details of my fine tuned model, which base model it came from, training data and hyperparameters used, tuned model arn',
    example: 'which base model and hyperparameters was my fine tuned titan built from',
  },
  {
    op: 'bedrock:ListModelInvocationJobs',
    asked:
      'batch inference jobs, offline prompt batches, which bulk prompt runs are still going, batch llm jobs history',
    example: 'which bedrock batch inference runs are still in progress',
  },
  {
    op: 'bedrock:DeleteGuardrail',
    asked: 'remove the content filter, drop the safety policy, get rid of the llm filter we no longer use',
    example: 'remove the bedrock safety filter we no longer use',
  },
  {
    op: 'bedrock-agent:GetAgentAlias',
    asked: 'which version an alias points to, alias routing, is the alias ready, alias status, alias details',
    example: 'which bedrock agent version does the prod alias point at',
  },
  {
    op: 'bedrock-agent:ListDataSources',
    asked:
      'which buckets feed the knowledge base, where does the rag content come from, connectors of the knowledge base',
    example: 'where does bedrock knowledge base KB123ABC get its content from',
  },
  {
    op: 'bedrock-agent:DeleteKnowledgeBase',
    asked: 'remove the rag store, tear down the vector knowledge store, get rid of the kb',
    example: 'tear down the rag kb we built for the pilot',
  },
  {
    op: 'bedrock-agent:ListAgentAliases',
    asked:
      'which aliases an agent has, prod and test aliases, alias ids for invoking, all aliases of my agent',
    example: 'show the alias ids of my bedrock agent so I can call it',
  },
  {
    op: 'bedrock-agent-runtime:RetrieveAndGenerateStream',
    asked:
      'stream the rag answer, grounded answer token by token, cited answer as it is typed, streaming chat over my documents',
    example: 'stream a grounded answer over my knowledge base documents token by token',
  },
  {
    op: 'bedrock-agent-runtime:GetAgentMemory',
    asked:
      'what the agent remembers, past session summaries, long term memory of a user, recall earlier conversations',
    example: 'what does my bedrock agent remember about user 42 from earlier sessions',
  },
  {
    op: 'rekognition:DetectLabels',
    asked:
      'what is in this picture, tag photos, identify objects, recognize things in an image, auto tagging, scene detection, cars dogs trees, classify what a photo shows, image keywords',
    example: 'auto tag our product photos with what objects they show',
  },
  {
    op: 'rekognition:SearchFaces',
    asked:
      'find the same person, who else looks like this face id, match a stored face against the collection, similar faces',
    example: 'find other photos of the same person as face id 1234 in our collection',
  },
  {
    op: 'rekognition:ListFaces',
    asked: 'which people are enrolled, stored faces, face ids in a collection, everyone we indexed',
    example: 'show every face id enrolled in the employees collection',
  },
  {
    op: 'rekognition:DeleteFaces',
    asked: 'remove a person from the collection, forget someone, unenroll a face, gdpr erase biometric data',
    example: 'forget this employee biometric data from our collection',
  },
  {
    op: 'rekognition:StartLabelDetection',
    asked:
      'tag objects in a video, what appears in a clip, find scenes with cars in a movie, video object tagging',
    example: 'find every scene with a car in this video stored in s3',
  },
  {
    op: 'rekognition:GetContentModeration',
    asked:
      'results of the video moderation, unsafe scenes found, is the nudity scan done, timestamps of violence',
    example: 'has the nudity scan of our uploaded clip finished and where are the unsafe scenes',
  },
  {
    op: 'comprehend:DetectPiiEntities',
    asked:
      'find personal data in text, redact, mask, ssn, social security numbers, email addresses, phone numbers, credit card numbers, personally identifiable, sensitive info in a string',
    example: 'mask the credit card numbers and ssn in this support message',
  },
  {
    op: 'comprehend:ContainsPiiEntities',
    asked:
      'does this text have personal data, any ssn or emails in it, yes or no personal info check, flag messages with sensitive data',
    example: 'does this chat text contain an ssn or email address, yes or no',
  },
  {
    op: 'comprehend:BatchDetectEntities',
    asked:
      'people places companies in many texts at once, named entity recognition for a list of strings, ner in bulk',
    example: 'pull out people and company names from 25 short texts at once',
  },
  {
    op: 'comprehend:DescribeSentimentDetectionJob',
    asked:
      'has the sentiment analysis finished, status of the review scoring run, where are the results, why did it fail',
    example: 'has our customer review sentiment analysis run finished',
  },
  {
    op: 'textract:GetExpenseAnalysis',
    asked:
      'results of the invoice scan, receipt totals and vendor, line items found, is the receipt analysis done',
    example: 'get the vendor and totals from the invoice scan that finished',
  },
  {
    op: 'transcribe:ListVocabularies',
    asked:
      'which custom word lists exist, product names vocabulary, jargon lists for speech to text, are they ready',
    example: 'which custom word lists do we have for speech to text',
  },
  {
    op: 'transcribe:GetCallAnalyticsJob',
    asked:
      'has the call analysis finished, agent and customer sentiment results, call summary output, interruptions and talk time',
    example: 'has the call analysis of recording 7781 finished and where is the output',
  },
  {
    op: 'transcribe:DeleteTranscriptionJob',
    asked: 'remove an old speech to text run, clean up finished transcripts, delete the job record',
    example: 'clean up the old speech to text run meeting-0412',
  },
  {
    op: 'translate:DescribeTextTranslationJob',
    asked:
      'has the batch job over our documents finished, status of the bulk job, where did the output files go, failed documents',
    example: 'has the bulk translation of our manuals into german finished',
  },
  {
    op: 'translate:ListTerminologies',
    asked:
      'which glossaries exist, custom term lists, brand names kept untranslated, dictionaries we uploaded',
    example: 'which glossaries have we uploaded to amazon translate',
  },
  {
    op: 'polly:GetSpeechSynthesisTask',
    asked:
      'is the long audio ready, has the mp3 been generated, status of the text to speech render, where is the audio file',
    example: 'is the mp3 narration of chapter 3 ready yet',
  },
  {
    op: 'polly:ListLexicons',
    asked:
      'which pronunciation dictionaries exist, custom word pronunciations, how acronyms and brand names are spoken by the voice',
    example: 'which pronunciation dictionaries do we have for the text to speech voices',
  },
];

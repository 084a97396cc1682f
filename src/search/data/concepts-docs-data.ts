// Data: concepts (see concepts.ts) for messaging, analytics, machine learning and end-user
// services, in the plain words of each service's documentation (Polly turns text into lifelike
// speech, Comprehend finds people, places and organizations in text). Written from the service
// descriptions, not from missed queries.

import type { Concept } from './concepts.js';

export const DOC_DATA_CONCEPTS: readonly Concept[] = [
  // messaging
  {
    phrases: ['hide a message', 'visible again', 'more time to process', 'processing time'],
    terms: 'change message visibility',
    services: ['sqs'],
    why: 'the SQS visibility timeout hides a received message while a consumer works on it',
    example: ['give the worker more time to process this message', 'sqs:ChangeMessageVisibility'],
  },
  {
    // "redrive" alone is also a Step Functions execution's (RedriveExecution): the queue words decide
    phrases: ['move messages back', 'back to the source queue', 'redrive messages', 'redrive the dlq'],
    terms: 'start message move task',
    services: ['sqs'],
    why: 'SQS dead-letter queue redrive moves messages back to their source queue',
    example: ['move messages back from the dead letter queue', 'sqs:StartMessageMoveTask'],
  },
  {
    phrases: [
      'sender identity',
      'send email from my domain',
      'verify my domain for email',
      'verify an email address',
    ],
    terms: 'create email identity',
    services: ['sesv2'],
    why: 'SES only sends from verified identities (domains or addresses)',
    example: ['verify my domain for email sending', 'sesv2:CreateEmailIdentity'],
  },
  {
    phrases: ['connect a queue to', 'point to point integration', 'pipe'],
    terms: 'pipe',
    services: ['pipes'],
    why: 'EventBridge Pipes connects a source such as a queue or stream to a target',
    example: ['connect a queue to my step function with a pipe', 'pipes:CreatePipe'],
  },
  {
    phrases: ['salesforce', 'saas data', 'data from saas', 'zendesk', 'slack data'],
    terms: 'flow',
    services: ['appflow'],
    why: 'AppFlow transfers data between SaaS applications such as Salesforce and AWS',
    example: ['copy salesforce data into s3 every day', 'appflow:CreateFlow'],
  },
  // analytics
  {
    phrases: ['business intelligence', 'bi dashboard', 'charts for the business', 'visualize my data'],
    terms: 'dashboard',
    services: ['quicksight'],
    why: 'QuickSight is the business intelligence service for dashboards and visuals',
    example: ['list the business intelligence dashboards', 'quicksight:ListDashboards'],
  },
  {
    phrases: ['schema of my data', 'table definitions', 'columns of the table'],
    terms: 'get table',
    services: ['glue'],
    why: 'the Glue Data Catalog holds table definitions (schemas) that Athena and EMR query',
    example: ['show the columns of the table clicks in the data catalog', 'glue:GetTable'],
  },
  // machine learning
  {
    phrases: ['read out loud', 'out loud', 'narrate', 'narration', 'lifelike speech', 'audio version'],
    terms: 'synthesize speech',
    services: ['polly'],
    why: 'Polly turns text into lifelike speech',
    example: ['make an audio version of this paragraph', 'polly:SynthesizeSpeech'],
  },
  {
    phrases: ['people and places', 'names of people', 'organizations mentioned', 'who is mentioned'],
    terms: 'detect entities',
    services: ['comprehend'],
    why: 'Comprehend finds entities such as people, places and organizations in text',
    example: ['spot the people and places in this article', 'comprehend:DetectEntities'],
  },
  {
    phrases: ['which language', 'what language', 'language of this text'],
    terms: 'detect dominant language',
    services: ['comprehend'],
    why: 'Comprehend detects the dominant language of a text',
    example: ['what language is this text written in', 'comprehend:DetectDominantLanguage'],
  },
  {
    phrases: ['key phrases', 'main points', 'talking points'],
    terms: 'detect key phrases',
    services: ['comprehend'],
    why: 'Comprehend extracts the key phrases of a text',
    example: ['pull out the key phrases of this review', 'comprehend:DetectKeyPhrases'],
  },
  {
    phrases: ['harmful content', 'content filter', 'block harmful', 'guardrail', 'denied topics'],
    terms: 'guardrail',
    services: ['bedrock'],
    why: 'Bedrock Guardrails filter harmful content and denied topics in model input and output',
    example: ['block harmful content in my chatbot answers', 'bedrock:CreateGuardrail'],
  },
  {
    phrases: ['fine tune', 'fine-tune', 'fine tuning', 'customize a model', 'train on my data'],
    // a leading create: fine-tuning makes a customization job (a question about one still reads)
    terms: 'create model customization job',
    services: ['bedrock'],
    why: 'Bedrock model customization fine-tunes a foundation model with your data',
    example: ['fine tune a foundation model on my data', 'bedrock:CreateModelCustomizationJob'],
  },
  {
    phrases: ['embeddings', 'embedding', 'vectors for my text'],
    terms: 'invoke model',
    services: ['bedrock-runtime'],
    why: 'Bedrock embedding models are called through InvokeModel',
    example: ['get embeddings for this sentence', 'bedrock-runtime:InvokeModel'],
  },
  {
    phrases: [
      'recommend products',
      'product recommendations',
      'recommend items',
      'personalized recommendations',
    ],
    terms: 'get recommendations',
    services: ['personalize-runtime'],
    why: 'Personalize generates item recommendations for users',
    example: ['recommend products for user 42', 'personalize-runtime:GetRecommendations'],
  },
  {
    phrases: ['unsafe images', 'inappropriate images', 'nudity', 'explicit content'],
    terms: 'detect moderation labels',
    services: ['rekognition'],
    why: 'Rekognition content moderation detects unsafe or inappropriate images',
    example: ['check this upload for inappropriate images', 'rekognition:DetectModerationLabels'],
  },
  {
    phrases: ['compare faces', 'same person', 'match a face'],
    terms: 'compare faces',
    services: ['rekognition'],
    why: 'Rekognition compares a face in one image with faces in another',
    example: ['is this the same person as in the id photo', 'rekognition:CompareFaces'],
  },
  {
    phrases: ['form fields', 'tables in a document', 'key value pairs in a document'],
    terms: 'analyze document',
    services: ['textract'],
    why: 'Textract analyzes documents for forms (key-value pairs) and tables',
    example: ['pull the form fields out of this scanned application', 'textract:AnalyzeDocument'],
  },
  // end-user computing and media
  {
    phrases: ['stream desktop apps', 'application streaming', 'apps in the browser'],
    terms: 'fleet stack',
    services: ['appstream'],
    why: 'AppStream 2.0 streams desktop applications to a browser from a fleet',
    example: ['stream desktop apps to users with appstream', 'appstream:CreateFleet'],
  },
  {
    phrases: ['approved products', 'self-service catalog', 'product portfolio'],
    terms: 'search products',
    services: ['servicecatalog'],
    why: 'Service Catalog offers approved products from portfolios for self-service',
    example: ['which approved products can I launch from the catalog', 'servicecatalog:SearchProducts'],
  },
];

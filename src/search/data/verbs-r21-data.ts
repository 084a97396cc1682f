// Data: everyday verbs of round 21 (data engineers and scientists), merged into VERB_SYNONYMS by
// verbs-everyday.ts. Each says why, with an example query that must find its operation in the top
// five (test/integration/search/concepts-r21-data.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

export const R21_DATA_VERBS: Readonly<Record<string, EverydayVerb>> = {
  // no operation is named Teach: a model is taught by a training job, a classifier or a
  // recognizer made from examples (SageMaker, Comprehend, Rekognition Custom Labels)
  teach: {
    weights: { create: 1, start: 0.7, train: 1 },
    why: 'teaching a model or a classifier is training it: a training job or a custom model is made from examples, not read',
    example: ['teach a model on the training data sitting in s3', 'sagemaker:CreateTrainingJob'],
  },
  // "tack X on/onto Y": a small thing added to one that exists; read as a typo it became "task"
  tack: {
    weights: { add: 1, attach: 0.9, append: 0.8, put: 0.4 },
    why: 'tacking a thing onto another adds or attaches it to the one that exists; it makes no new container',
    example: ['tack another spark step onto the emr cluster j-2AXXXXXXGAPLF', 'emr:AddJobFlowSteps'],
  },
  // text, images and documents are analyzed by Detect* (Comprehend, Rekognition) and Analyze*
  // (Textract) calls, or by a Start*Job for many at once; none of them only reads
  analyze: {
    weights: { analyze: 1, detect: 0.9, start: 0.5, get: 0.4 },
    why: 'analyzing a text, an image or a document runs the detection on it (DetectSentiment, DetectLabels, AnalyzeDocument), not a read of an earlier job',
    example: ['analyze the sentiment with comprehend', 'comprehend:DetectSentiment'],
  },
  analyse: {
    weights: { analyze: 1, detect: 0.9, start: 0.5, get: 0.4 },
    why: 'the British spelling of analyze: running the detection on a text, an image or a document',
    example: ['analyse the sentiment of these reviews with comprehend', 'comprehend:DetectSentiment'],
  },
  // "keep the glue job between 2 and 10 workers", "keep the fleet at 4": the outcome of a setting
  // (a concept after "keep" still says which, data/verbs.ts LIGHT_VERBS: "keep old versions")
  keep: {
    weights: { update: 1, put: 0.9, set: 0.9, modify: 0.8 },
    why: 'keeping a thing at a size or between two numbers is a setting put on it; nothing is read',
    example: ['keep the glue job between 2 and 10 workers', 'glue:UpdateJob'],
  },
  'keep a copy': {
    weights: { replicate: 1, copy: 1, create: 0.5, enable: 0.4 },
    why: 'keeping a copy of a thing somewhere else copies or replicates it there; it is not a setting of the thing',
    example: [
      'keep a copy of the prod/api credential in eu-central-1 as well',
      'secretsmanager:ReplicateSecretToRegions',
    ],
  },
};

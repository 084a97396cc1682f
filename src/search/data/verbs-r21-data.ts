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
};

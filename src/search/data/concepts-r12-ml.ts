// Data: concepts (see concepts.ts) for the machine-learning long tail, issue 16 round 12: the
// everyday names of what the smaller AI services do (a recommender, lookalike audiences,
// training loss, keeping a topic away from a chatbot) when the service's own name is not said.

import type { Concept } from './concepts.js';

export const R12_ML_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['recommender', 'recommendation engine', 'recommendations engine', 'recommender system'],
    services: ['personalize', 'personalize-runtime', 'personalize-events'],
    why: 'a recommender or recommendation engine on AWS is Amazon Personalize: its runtime answers, its events feed it',
    example: ['let the recommender know user 7 bought item 55', 'personalize-events:PutEvents'],
  },
  {
    phrases: ['probably like', 'might like', 'likely to buy', 'probably buy', 'might buy'],
    terms: 'recommendations',
    services: ['personalize-runtime'],
    why: 'what a user would probably like or enjoy is a recommendation for that user (Personalize)',
    example: ['which products might shopper 12 like', 'personalize-runtime:GetRecommendations'],
  },
  {
    phrases: [
      'from talking about',
      'from discussing',
      'from mentioning',
      'from answering',
      'from replying',
      'from giving',
      'from saying',
      'not allowed to discuss',
      'off limits topics',
      'off-limits topics',
    ],
    terms: 'guardrail',
    services: ['bedrock'],
    why: 'keeping a generative assistant from talking about or discussing a subject is a denied topic of a Bedrock guardrail',
    example: ['stop the assistant from discussing our pricing roadmap', 'bedrock:CreateGuardrail'],
  },
  {
    phrases: ['lookalike', 'lookalike audience', 'lookalike audiences', 'seed audience'],
    terms: 'audience generation job',
    services: ['cleanroomsml'],
    why: 'a lookalike audience grown from a seed list of customers is Clean Rooms ML audience generation',
    example: [
      'make a lookalike audience from the seed list of top buyers',
      'cleanroomsml:StartAudienceGenerationJob',
    ],
  },
  {
    phrases: ['training loss', 'validation loss', 'loss values', 'loss curve', 'training metrics'],
    terms: 'metrics',
    services: ['sagemaker-metrics'],
    why: 'the loss and accuracy values of a training run are SageMaker experiment metrics (sagemaker-metrics)',
    example: ['store the training loss of every step for run exp-42', 'sagemaker-metrics:BatchPutMetrics'],
  },
  {
    phrases: ['amazon ml', 'amazon machine learning'],
    services: ['machinelearning'],
    why: 'Amazon ML (Amazon Machine Learning) is the legacy machinelearning service, not SageMaker',
    example: ['get a prediction from the amazon ml model ml-abc123', 'machinelearning:Predict'],
  },
  {
    // in a text: "does the bucket contain personal data" stays Macie (its phrases say bucket)
    phrases: [
      'names, phone numbers',
      'names and phone numbers',
      'phone numbers and addresses',
      'names and addresses',
      'message contain any personal',
      'message contain personal',
      'text contain any personal',
      'text contain personal',
      'personal data in this',
    ],
    terms: 'pii entities',
    services: ['comprehend'],
    why: 'names, phone numbers, addresses or personal data inside a text or message are PII entities Comprehend finds',
    example: [
      'pull the names and phone numbers out of this support transcript',
      'comprehend:DetectPiiEntities',
    ],
  },
  {
    phrases: [
      'predicted demand',
      'demand forecast',
      'forecasted demand',
      'demand is predicted',
      'predicted sales',
    ],
    terms: 'query forecast',
    services: ['forecastquery', 'forecast'],
    why: 'the demand or sales predicted for an item is read from an Amazon Forecast forecast (forecastquery)',
    example: ['show the demand forecast for sku 88 in the east region', 'forecastquery:QueryForecast'],
  },
  {
    phrases: ['equipment monitoring', 'machine monitoring', 'predictive maintenance', 'industrial sensors'],
    services: ['lookoutequipment'],
    why: 'watching industrial equipment sensors for signs of failure is Amazon Lookout for Equipment',
    example: ['set up predictive maintenance on the pump sensor data', 'lookoutequipment:CreateModel'],
  },
  {
    phrases: [
      'who they say they are',
      'by their voice',
      'voice authentication',
      'voiceprint',
      'voice biometrics',
    ],
    terms: 'evaluate session',
    services: ['voice-id'],
    why: 'checking that a caller is who they claim by their voice is Amazon Connect Voice ID, not speech synthesis',
    example: ['verify the caller on this contact center call by their voice', 'voice-id:EvaluateSession'],
  },
  {
    phrases: [
      'satellite images',
      'satellite imagery',
      'satellite photos',
      'satellite pictures',
      'landsat',
      'sentinel-2',
    ],
    terms: 'raster data collection earth observation',
    services: ['sagemaker-geospatial'],
    why: 'searching and analysing satellite imagery is SageMaker geospatial, not Ground Station (which talks to satellites)',
    example: [
      'find satellite imagery of our farm from june with little cloud cover',
      'sagemaker-geospatial:SearchRasterDataCollection',
    ],
  },
];

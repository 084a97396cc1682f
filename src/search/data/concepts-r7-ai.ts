// Data: concepts (see concepts.ts) for the AI, media and contact-center services, in the words
// people use for them instead of the product's own (a "base model" for a foundation model, an
// "ssn" for PII). Issue 16, round 7.

import type { Concept } from './concepts.js';

export const R7_AI_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['base model', 'base models', 'base llm', 'base llms', 'pretrained llm', 'pretrained llms'],
    terms: 'foundation model',
    services: ['bedrock'],
    why: 'the pretrained models Bedrock offers to call or fine-tune are its foundation models',
    example: ['which base models can we call in eu-west-1', 'bedrock:ListFoundationModels'],
  },
  {
    phrases: ['social security number', 'social security numbers', 'ssn', 'ssns', 'credit card numbers'],
    terms: 'pii entities',
    services: ['comprehend'],
    why: 'social security and card numbers in text are the PII entities Comprehend finds and redacts',
    example: ['strip social security numbers out of this paragraph', 'comprehend:DetectPiiEntities'],
  },
  {
    // "connect" alone is an everyday verb, so it names the service weakly; with these nouns it is
    // the contact center
    phrases: ['connect queue', 'connect queues', 'available agents', 'agents available', 'free agents'],
    services: ['connect'],
    why: 'queues of callers and the agents free to answer them are Amazon Connect',
    example: ['how many callers wait in our connect queue', 'connect:GetCurrentMetricData'],
  },
  {
    phrases: ['lex bot', 'lex bots', 'lex chatbot', 'lex v2'],
    services: ['lexv2-models', 'lexv2-runtime'],
    why: 'Lex bots are built with Lex V2 (lexv2-models) and talked to with lexv2-runtime; V1 is retired',
    example: ['add a slot to our lex bot intent', 'lexv2-models:CreateSlot'],
  },
];

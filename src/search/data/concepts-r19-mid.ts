// Data: concepts (see concepts.ts) for issue 16 round 19, paraphrases and tasks for the services
// just below the best-known twenty: the everyday words people use for a thing whose model noun
// they do not know (a Direct Connect connection is "our fiber link to aws", a Cognito user pool
// client is "the app client" the console shows).

import type { Concept } from './concepts.js';

export const R19_MID_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'fiber link',
      'fibre link',
      'fiber line',
      'fibre line',
      'fiber connection',
      'fibre connection',
      'dedicated fiber',
      'dedicated fibre',
      'dedicated link',
      'circuit to aws',
      'circuits to aws',
    ],
    terms: 'direct connect connection',
    services: ['directconnect'],
    why: 'a dedicated fiber link or circuit into AWS is a Direct Connect connection; no verb is implied, so "show" still reads it',
    example: [
      'what is the bandwidth of each fibre link into our aws region',
      'directconnect:DescribeConnections',
    ],
  },
  {
    phrases: ['app client', 'app clients', 'spa client', 'mobile client id', 'web client id'],
    terms: 'user pool client',
    services: ['cognito-idp'],
    why: 'an "app client" (the console word) with its client id is a Cognito user pool client, not an Amplify app',
    example: ['add an app client for the android build with no secret', 'cognito-idp:CreateUserPoolClient'],
  },
];

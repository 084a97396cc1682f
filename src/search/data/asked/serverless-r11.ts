// Data: how people ask for operations (see ../asked.ts), round 11 of the serverless group
// (lambda, api gateway, sqs, sns): recursive loop detection and the everyday reads and settings
// of these services that earlier rounds had no words for, asked for by the effect people want or
// the question they have.

import type { AskedEntry } from './types.js';

export const ASKED_SERVERLESS_R11: readonly AskedEntry[] = [
  {
    op: 'lambda:GetFunctionRecursionConfig',
    asked:
      'will lambda stop a function that keeps calling itself, is infinite loop detection on, does aws break a runaway loop between a function and a queue or topic, loop protection setting, what happens if my function keeps calling itself, is recursion detection enabled',
    example: 'does aws kill my function if it ends up invoking itself over and over',
  },
];

// Data: question openers for issue 16 round 20 (specialists' questions). "should we buy ...",
// "should I resize ..." ask for advice: what AWS recommends, read from usage, never the purchase
// or change their verb names (with concepts-r20-persona.ts the recommendation is the read).
// Merged into QUESTION_OPENERS (intent.ts); each example must rank its read first.

import type { Reasoned } from './reasoned.js';

const ADVICE =
  'asks for advice on a change, not for the change: the recommendation (or the state it rests on) is read';

export const R20_QUESTION_OPENERS: Readonly<Record<string, Reasoned>> = {
  'should we': {
    why: ADVICE,
    example: [
      'should we buy rds reserved instances for the orders database',
      'ce:GetReservationPurchaseRecommendation',
    ],
  },
  'should i': {
    why: ADVICE,
    example: [
      'should i downsize the memory of lambda function resize-images',
      'compute-optimizer:GetLambdaFunctionRecommendations',
    ],
  },
  'shall we': {
    why: ADVICE,
    example: ['shall we commit to a compute savings plan', 'ce:GetSavingsPlansPurchaseRecommendation'],
  },
};

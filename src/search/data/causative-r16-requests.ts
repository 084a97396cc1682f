// Data: "have X do Y", the causative request (causative.ts). "have the billing-sync lambda run
// every hour" asks for Y to happen; it is not the question "have the lambdas run?", which names
// a done thing with a participle ("have the jobs finished", "have my snapshots been copied").
// test/integration/search/causative-r16-requests.test.ts checks the examples.

import type { Reasoned } from './reasoned.js';

/** Why "have" + the thing + a verb in its base form is a request, with a query it must find first. */
export const CAUSATIVE_HAVE: Reasoned = {
  why: '"have <thing> <verb> ..." asks for the verb to be done by or to the thing, not whether it was done',
  example: ['have our contact center dial a customer automatically', 'connect:StartOutboundVoiceContact'],
};

/** Most words between "have" and the verb its thing is to do ("have [the auto scaling group web asg] run"). */
export const CAUSATIVE_THING_WORDS = 6;

/**
 * Participles that do not end in -ed or -en: after "have" + thing they make a question of a
 * done thing ("have the files gone", "have my changes been made"). Not those spelt as their base
 * form (run, set, put, cut): without a question mark "have the lambda run hourly" asks for it.
 */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  ...['been', 'done', 'gone', 'made', 'sent', 'kept', 'built', 'begun', 'got', 'lost', 'left'],
  ...['spun', 'brought', 'bought', 'caught', 'held', 'told', 'shown', 'grown', 'thrown'],
]);

// Data: how a question asks who did something. "who turned off versioning on the logs bucket",
// "who tore down the staging stack": "who" and then an action in the past asks for the record of
// that action (CloudTrail's event history), not for the thing acted on nor for the action
// (src/search/history.ts). "who is subscribed", "who has access", "who can ..." ask about the
// present and are left to other entries.

import type { Reasoned } from './reasoned.js';

export interface HistoryQuestion extends Reasoned {
  /** Index terms of the record that answers the question, in AWS's words. */
  readonly terms: string;
  readonly services: readonly string[];
  /** Past forms that do not end in -ed ("took", "shut"): with "who" they ask for history too. */
  readonly irregular: ReadonlySet<string>;
}

export const WHO_DID: HistoryQuestion = {
  terms: 'lookup events',
  services: ['cloudtrail'],
  irregular: new Set([
    'made',
    'took',
    'shut',
    'set',
    'spun',
    'tore',
    'broke',
    'ran',
    'put',
    'gave',
    'wrote',
    'cut',
    'let',
    'brought',
    'sent',
    'threw',
    'began',
    'rotated',
    'swapped',
    'blew',
    'froze',
    'stole',
    'left',
    'killed',
    'nuked',
    'wiped',
  ]),
  why: 'who did something in an account is answered by the API activity history CloudTrail keeps, whatever the action was',
  example: ['who turned off versioning on the audit-logs bucket', 'cloudtrail:LookupEvents'],
};

// Data: state words that say a watching service is doing its work ("is config recording", "is
// guardduty watching this account", "is the trail logging"). Asked of a service, they ask whether
// it is on, which the read of its switch answers (data/service-switches.ts); asked of a thing, its
// status read. Spread into STATE_WORDS (status-words.ts) and SWITCH_STATES (switch-words-r12.ts).

import type { StateWord } from './status-words.js';

export const WORKING_STATE_WORDS: Readonly<Record<string, StateWord>> = {
  recording: {
    why: 'a recorder records while it is on: the recorder status says whether it is recording',
    example: [
      'is config still recording changes in eu-central-1',
      'config:DescribeConfigurationRecorderStatus',
    ],
  },
  watching: {
    why: 'a threat detector watches an account while it is on: whether it exists and is enabled',
    example: ['is guardduty watching our account in ap-south-1', 'guardduty:ListDetectors'],
  },
  monitoring: {
    why: 'said like watching: a monitoring service is on or not',
    example: ['is guardduty monitoring this region', 'guardduty:ListDetectors'],
  },
  scanning: {
    why: 'a scanner scans while it is activated: the account status says whether it is',
    example: ['is amazon inspector scanning in this region', 'inspector2:BatchGetAccountStatus'],
  },
};

/**
 * The same words, and "logging", as states of a whole service ("is cloudtrail logging"): with
 * only the service named, its switch's read answers. "logging" is no state word of a thing: it
 * is often the feature itself ("is audit logging turned on for the cluster").
 */
export const WORKING_SWITCH_STATES: readonly string[] = [...Object.keys(WORKING_STATE_WORDS), 'logging'];

/**
 * Words beside a whole service's name that still leave it the only thing asked about: who might
 * have switched it ("has anyone turned on security hub") and when ("right now", "yet").
 */
export const SWITCH_QUESTION_FILLERS: readonly string[] = [
  ...['anyone', 'anybody', 'someone', 'somebody'],
  ...['right', 'still', 'yet'],
];

// Data: how people ask to turn a whole service on or off ("turn on guardduty", "disable
// detective in this region", "pause macie") and ask whether it is on ("do we have security hub
// enabled"). With a service of data/service-switches.ts as the only thing named, the words pick
// its switch: the operation that turns it on (GuardDuty's CreateDetector, Detective's
// CreateGraph), off (DeleteDetector), or pauses it, or the read of its state (service-switch.ts).
// Each entry says why and gives a query that must rank its operation in the top 3.

import type { Reasoned } from './reasoned.js';
import { SWITCH_QUESTION_FILLERS, WORKING_SWITCH_STATES } from './status-words-r17-questions.js';

/** Which switch of the service the words ask for. */
export type SwitchWay = 'on' | 'off' | 'pause';

export interface SwitchWord extends Reasoned {
  readonly way: SwitchWay;
}

/** Verb phrases (one or two words) that turn a whole service on, off, or pause it. */
export const SWITCH_VERBS: Readonly<Record<string, SwitchWord>> = {
  'turn on': {
    way: 'on',
    why: 'turning a service on makes the resource that runs it (a detector, a graph, a subscription)',
    example: ['turn on amazon detective for this account', 'detective:CreateGraph'],
  },
  'switch on': {
    way: 'on',
    why: 'said like turn on',
    example: ['switch on guardduty in eu-north-1', 'guardduty:CreateDetector'],
  },
  enable: {
    way: 'on',
    why: 'the console word for turning a service on in an account and region',
    example: ['enable iam access analyzer in this region', 'accessanalyzer:CreateAnalyzer'],
  },
  activate: {
    way: 'on',
    why: 'said like enable',
    example: ['activate shield advanced on the account', 'shield:CreateSubscription'],
  },
  start: {
    way: 'on',
    why: 'starting a service that records or watches (Config, CloudTrail logging) turns it on',
    example: ['start aws config in us-east-2', 'config:StartConfigurationRecorder'],
  },
  resume: {
    way: 'on',
    why: 'a paused service is turned back on',
    example: ['resume cloudtrail logging', 'cloudtrail:StartLogging'],
  },
  'opt in': {
    way: 'on',
    why: 'the services that recommend (Compute Optimizer, Cost Optimization Hub) are turned on by opting in',
    example: ['opt in to cost optimization hub', 'cost-optimization-hub:UpdateEnrollmentStatus'],
  },
  'turn off': {
    way: 'off',
    why: 'turning a service off deletes or stops the resource that runs it',
    example: ['turn off guardduty in ap-south-1', 'guardduty:DeleteDetector'],
  },
  'switch off': {
    way: 'off',
    why: 'said like turn off',
    example: ['switch off amazon detective', 'detective:DeleteGraph'],
  },
  disable: {
    way: 'off',
    why: 'the console word for turning a service off in an account and region',
    example: ['disable resource explorer in eu-west-3', 'resource-explorer-2:DeleteIndex'],
  },
  deactivate: {
    way: 'off',
    why: 'said like disable',
    example: ['deactivate aws audit manager for this account', 'auditmanager:DeregisterAccount'],
  },
  stop: {
    way: 'off',
    why: 'stopping a service that records (Config, CloudTrail logging) turns it off',
    example: ['stop aws config in the sandbox account', 'config:StopConfigurationRecorder'],
  },
  'opt out': {
    way: 'off',
    why: 'the services turned on by opting in are turned off by opting out',
    example: ['opt out of compute optimizer', 'compute-optimizer:UpdateEnrollmentStatus'],
  },
  pause: {
    way: 'pause',
    why: 'pausing keeps the service set up but idle: Macie and GuardDuty are suspended, not deleted',
    example: ['pause amazon macie for a month', 'macie2:UpdateMacieSession'],
  },
  suspend: {
    way: 'pause',
    why: 'the documentation word for pausing GuardDuty or Macie',
    example: ['suspend guardduty in us-east-1', 'guardduty:UpdateDetector'],
  },
};

/**
 * Words that put the switch at the organization's level: "enable macie for the whole
 * organization" makes a delegated administrator (EnableOrganizationAdminAccount), "turn on
 * guardduty for all member accounts" sets the organization's auto-enable, not one account's switch.
 */
export const SWITCH_ORG_WORDS: ReadonlySet<string> = new Set([
  ...['organization', 'organisation', 'org', 'orgs', 'organizations', 'organization-wide'],
  ...['member', 'members', 'accounts', 'delegated', 'administrator', 'admin', 'ou'],
]);

/** Verbs whose particle (on, off) may come after the service: "turn guardduty off". */
export const SPLIT_SWITCH_VERBS: ReadonlySet<string> = new Set(['turn', 'switch']);

/**
 * Words that end the part of the request naming what is switched: after them comes where, for
 * whom or why ("disable guardduty IN this account, we are moving to ...").
 */
export const SWITCH_OBJECT_ENDS: ReadonlySet<string> = new Set([
  'in',
  'for',
  'on',
  'across',
  'at',
  'everywhere',
  'because',
  'since',
  'so',
  'as',
  'while',
  'during',
  'until',
  'before',
  'after',
  'we',
  'it',
  'its',
  'then',
  'and',
  'but',
]);

/**
 * An object that points back at the service named before ("we need security hub in ap-south-2,
 * turn IT on"): the switch of the service named.
 */
export const SWITCH_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them']);

/** Words that may stand beside the service's name and still leave it the only thing named. */
export const SWITCH_FILLERS: ReadonlySet<string> = new Set([
  ...SWITCH_QUESTION_FILLERS,
  'account',
  'region',
  'back',
  'completely',
  'entirely',
  'fully',
  'service',
  'now',
  'please',
  'of',
  'to',
]);

/**
 * State words of a question about a whole service ("do we have guardduty ENABLED", "is macie
 * turned ON"): with only the service named, the read of its switch answers.
 */
export const SWITCH_STATES: ReadonlySet<string> = new Set([
  ...WORKING_SWITCH_STATES,
  'enabled',
  'disabled',
  'on',
  'off',
  'active',
  'activated',
  'running',
  'turned',
  'switched',
  'set',
  'up',
  'opted',
  'in',
]);

// Data: where a service records that it is on in an account and region. "is security hub turned
// on in eu-west-1", "is macie enabled": the SERVICE is the subject, so the question is not about
// any one finding or resource but about the resource whose existence (or status) means the
// service is on: Security Hub's hub, GuardDuty's detector, Macie's session (src/search/status.ts
// reads the question as one about that resource). Each entry says why and gives a query that must
// rank its operation in the top 3.

import type { Reasoned } from './reasoned.js';

export interface ServiceSwitch extends Reasoned {
  /** The name word(s) of the resource that holds the service's on/off state: the thing asked about. */
  readonly anchor: string;
  /** More index terms of the read of that state (its Status or State), added to the question. */
  readonly terms?: string;
}

/**
 * Adverbs that only hedge the question ("is guardduty even enabled", "is macie actually on"):
 * between the opener and the state word they leave the service the only subject.
 */
export const SWITCH_HEDGES: ReadonlySet<string> = new Set([
  'even',
  'actually',
  'really',
  'currently',
  'already',
]);

/** Service id -> the resource whose state says the service is on. */
export const SERVICE_SWITCHES: Readonly<Record<string, ServiceSwitch>> = {
  securityhub: {
    anchor: 'hub',
    why: 'enabling Security Hub creates the hub resource of the account and region: DescribeHub fails when it is off',
    example: ['is security hub switched on in ap-south-1', 'securityhub:DescribeHub'],
  },
  guardduty: {
    anchor: 'detector',
    why: 'GuardDuty is on in a region when the account has a detector there (and it is enabled)',
    example: ['is guardduty enabled in eu-central-1', 'guardduty:ListDetectors'],
  },
  inspector2: {
    anchor: 'account',
    terms: 'account status',
    why: 'Amazon Inspector keeps whether each scan type is enabled as the account status',
    example: ['is inspector enabled for this account', 'inspector2:BatchGetAccountStatus'],
  },
  macie2: {
    anchor: 'session',
    why: 'enabling Macie starts a Macie session for the account: its status says enabled or paused',
    example: ['is amazon macie turned on', 'macie2:GetMacieSession'],
  },
  config: {
    anchor: 'recorder',
    terms: 'configuration recorder status',
    why: 'AWS Config is on when its configuration recorder is recording: the recorder status says so',
    example: ['is aws config turned on in us-east-2', 'config:DescribeConfigurationRecorderStatus'],
  },
  accessanalyzer: {
    anchor: 'analyzer',
    why: 'IAM Access Analyzer is on in a region when an analyzer exists there',
    example: ['is access analyzer enabled in this region', 'accessanalyzer:ListAnalyzers'],
  },
  detective: {
    anchor: 'graph',
    why: 'enabling Amazon Detective creates the behavior graph of the administrator account',
    example: ['is detective turned on for our account', 'detective:ListGraphs'],
  },
  shield: {
    anchor: 'subscription',
    terms: 'subscription state',
    why: 'Shield Advanced is on when the account holds an active subscription',
    example: ['is shield advanced enabled', 'shield:DescribeSubscription'],
  },
  auditmanager: {
    anchor: 'account',
    terms: 'account status',
    why: 'Audit Manager keeps whether it is set up for the account as the account status',
    example: ['is audit manager enabled in our account', 'auditmanager:GetAccountStatus'],
  },
  'compute-optimizer': {
    anchor: 'enrollment',
    terms: 'enrollment status',
    why: 'Compute Optimizer is on for an account once it opted in: the enrollment status',
    example: ['is compute optimizer turned on for this account', 'compute-optimizer:GetEnrollmentStatus'],
  },
};

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
  /** The operations that turn the service on, off, or pause it keeping its data (service-switch.ts). */
  readonly on: string;
  readonly off: string;
  readonly pause?: string;
  /** The read that says whether it is on: "do we have <service> enabled" ranks it first. */
  readonly read: string;
  /** Words people say for the service instead of its name ("threat detection" for GuardDuty). */
  readonly called?: string;
  /** Words that may follow the name and still mean the whole service ("shield ADVANCED"). */
  readonly tail?: string;
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
    on: 'EnableSecurityHub',
    off: 'DisableSecurityHub',
    read: 'DescribeHub',
    why: 'enabling Security Hub creates the hub resource of the account and region: DescribeHub fails when it is off',
    example: ['is security hub switched on in ap-south-1', 'securityhub:DescribeHub'],
  },
  guardduty: {
    anchor: 'detector',
    on: 'CreateDetector',
    off: 'DeleteDetector',
    pause: 'UpdateDetector',
    read: 'ListDetectors',
    called: 'threat detection',
    tail: 'monitoring protection',
    why: 'GuardDuty is on in a region when the account has a detector there (and it is enabled)',
    example: ['is guardduty enabled in eu-central-1', 'guardduty:ListDetectors'],
  },
  inspector2: {
    anchor: 'account',
    terms: 'account status',
    on: 'Enable',
    off: 'Disable',
    read: 'BatchGetAccountStatus',
    called: 'vulnerability scanning',
    tail: 'scanning scans',
    why: 'Amazon Inspector keeps whether each scan type is enabled as the account status',
    example: ['is inspector enabled for this account', 'inspector2:BatchGetAccountStatus'],
  },
  macie2: {
    anchor: 'session',
    on: 'EnableMacie',
    off: 'DisableMacie',
    pause: 'UpdateMacieSession',
    read: 'GetMacieSession',
    called: 'sensitive data discovery',
    why: 'enabling Macie starts a Macie session for the account: its status says enabled or paused',
    example: ['is amazon macie turned on', 'macie2:GetMacieSession'],
  },
  config: {
    anchor: 'recorder',
    terms: 'configuration recorder status',
    on: 'StartConfigurationRecorder',
    off: 'StopConfigurationRecorder',
    read: 'DescribeConfigurationRecorderStatus',
    tail: 'recorder recording',
    why: 'AWS Config is on when its configuration recorder is recording: the recorder status says so',
    example: ['is aws config turned on in us-east-2', 'config:DescribeConfigurationRecorderStatus'],
  },
  accessanalyzer: {
    anchor: 'analyzer',
    on: 'CreateAnalyzer',
    off: 'DeleteAnalyzer',
    read: 'ListAnalyzers',
    why: 'IAM Access Analyzer is on in a region when an analyzer exists there',
    example: ['is access analyzer enabled in this region', 'accessanalyzer:ListAnalyzers'],
  },
  detective: {
    anchor: 'graph',
    on: 'CreateGraph',
    off: 'DeleteGraph',
    read: 'ListGraphs',
    why: 'enabling Amazon Detective creates the behavior graph of the administrator account',
    example: ['is detective turned on for our account', 'detective:ListGraphs'],
  },
  shield: {
    anchor: 'subscription',
    terms: 'subscription state',
    on: 'CreateSubscription',
    off: 'DeleteSubscription',
    read: 'DescribeSubscription',
    tail: 'advanced',
    why: 'Shield Advanced is on when the account holds an active subscription',
    example: ['is shield advanced enabled', 'shield:DescribeSubscription'],
  },
  auditmanager: {
    anchor: 'account',
    terms: 'account status',
    on: 'RegisterAccount',
    off: 'DeregisterAccount',
    read: 'GetAccountStatus',
    why: 'Audit Manager keeps whether it is set up for the account as the account status',
    example: ['is audit manager enabled in our account', 'auditmanager:GetAccountStatus'],
  },
  'compute-optimizer': {
    anchor: 'enrollment',
    terms: 'enrollment status',
    on: 'UpdateEnrollmentStatus',
    off: 'UpdateEnrollmentStatus',
    read: 'GetEnrollmentStatus',
    why: 'Compute Optimizer is on for an account once it opted in: the enrollment status',
    example: ['is compute optimizer turned on for this account', 'compute-optimizer:GetEnrollmentStatus'],
  },
  cloudtrail: {
    anchor: 'trail',
    terms: 'trail status logging',
    on: 'StartLogging',
    off: 'StopLogging',
    read: 'GetTrailStatus',
    tail: 'logging',
    why: 'CloudTrail records API calls while a trail is logging: StartLogging and StopLogging turn it on and off',
    example: ['is cloudtrail logging turned on', 'cloudtrail:GetTrailStatus'],
  },
  securitylake: {
    anchor: 'lake',
    on: 'CreateDataLake',
    off: 'DeleteDataLake',
    read: 'ListDataLakes',
    why: 'enabling Amazon Security Lake creates the data lake of the account and region; disabling deletes it',
    example: ['is security lake enabled in this region', 'securitylake:ListDataLakes'],
  },
  'resource-explorer-2': {
    anchor: 'index',
    on: 'CreateIndex',
    off: 'DeleteIndex',
    read: 'GetIndex',
    why: 'Resource Explorer is on in a region when it holds an index there: CreateIndex turns it on',
    example: ['is resource explorer turned on in us-west-2', 'resource-explorer-2:GetIndex'],
  },
  'cost-optimization-hub': {
    anchor: 'enrollment',
    terms: 'enrollment status',
    on: 'UpdateEnrollmentStatus',
    off: 'UpdateEnrollmentStatus',
    read: 'ListEnrollmentStatuses',
    why: 'Cost Optimization Hub is on for an account once it opted in: the enrollment status says so',
    example: ['is cost optimization hub enabled for us', 'cost-optimization-hub:ListEnrollmentStatuses'],
  },
};

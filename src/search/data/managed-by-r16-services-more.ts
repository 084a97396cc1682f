// Data: more of the services that manage a thing of another (src/search/managed-by.ts, see
// data/managed-by-r16-services.ts): AWS Config's rules and history, the tagging API, Systems
// Manager inventory, CloudTrail, AWS Health, and the settings a manager's word names but the named
// service holds (a cluster's maintenance window, a broker's audit logs).

import { METRIC_SHAPES } from './metric-words-r20.js';
import type { ManagedBy } from './managed-by-r16-services.js';
import { SCANNER_SERVICES } from './managed-by-r18-questions.js';

/** Services with a preferred maintenance window of their own. */
const WINDOWED = [
  'docdb',
  'rds',
  'neptune',
  'elasticache',
  'memorydb',
  'mq',
  'redshift',
  'opensearch',
  'dms',
  'fsx',
];

export const MANAGED_BY_MORE: readonly ManagedBy[] = [
  {
    phrases: ['compliant', 'noncompliant', 'non-compliant', 'passing', 'failing', 'violating', 'violates'],
    also: [['rule']],
    services: ['config'],
    terms: 'compliance config rule',
    head: 'compliance details config rule',
    why: 'whether resources pass or fail a rule is AWS Config rule compliance',
    example: ['which dynamodb tables are failing the backup rule', 'config:GetComplianceDetailsByConfigRule'],
  },
  {
    phrases: ['flag every', 'flag any', 'flag all'],
    // round 18: what a named scanner flagged is its finding (managed-by-r18-questions.ts)
    notSubjects: SCANNER_SERVICES,
    services: ['config'],
    terms: 'config rule',
    why: 'flagging every resource that breaks a condition is an AWS Config rule',
    example: ['flag any security group that allows ssh from anywhere', 'config:PutConfigRule'],
  },
  {
    phrases: ['looked a', 'looked like', 'used to look', 'configuration history', 'config history'],
    // round 20: a measure over time ("what has the cpu looked like over the past day") is the
    // metric's history in CloudWatch, not the configuration's (METRIC_SHAPES, data/metric-words-r20.ts)
    unless: METRIC_SHAPES.stems,
    services: ['config'],
    terms: 'resource config history',
    head: 'resource config history',
    why: 'how a resource was configured in the past is recorded by AWS Config, not by the service, which keeps only the present',
    example: ['what did the load balancer look like last week', 'config:GetResourceConfigHistory'],
  },
  {
    phrases: ['tagged', 'with the tag', 'carrying the tag'],
    // "make a resource group of everything tagged" makes a group (Resource Groups)
    unless: ['group'],
    also: [['and', 'every', 'all', 'resourc']],
    services: ['resourcegroupstaggingapi'],
    terms: 'resources',
    head: 'resources',
    why: 'resources of several kinds found by their tags are read in one call by the Resource Groups Tagging API',
    example: ['list all sqs queues and sns topics tagged env=dev', 'resourcegroupstaggingapi:GetResources'],
  },
  {
    phrases: [
      'software installed',
      'installed software',
      'installed packages',
      'is installed',
      'are installed',
    ],
    services: ['ssm'],
    terms: 'inventory',
    head: 'inventory',
    why: 'what is installed on an instance is collected by Systems Manager Inventory; EC2 does not look inside',
    example: ['which applications are installed on our ec2 servers', 'ssm:GetInventory'],
  },
  {
    phrases: ['for the auditors', 'for auditors', 'for auditing', 'for the audit'],
    // calls recorded: a report or an export made for the auditors is not a trail
    also: [['record', 'log', 'track', 'invok', 'call']],
    services: ['cloudtrail'],
    terms: 'trail event selectors',
    why: 'a record of calls kept for auditors is a CloudTrail trail (its event selectors pick data events)',
    example: ['log every s3 object read for auditing', 'cloudtrail:PutEventSelectors'],
  },
  {
    phrases: ['aws having', 'is aws down', 'aws outage', 'on the aws side', 'aws is down'],
    services: ['health'],
    terms: 'events',
    head: 'events',
    why: 'trouble on AWS’s side in a service or region is reported by AWS Health events',
    example: ['is aws having an outage with rds in eu-west-1', 'health:DescribeEvents'],
  },
  {
    phrases: ['maintenance window'],
    subjects: WINDOWED,
    yields: ['ssm'],
    why: 'a database, broker or cluster has its own preferred maintenance window, read and set on it, not a Systems Manager maintenance window',
    example: ['what is the maintenance window of the memorydb cluster', 'memorydb:DescribeClusters'],
  },
  {
    phrases: ['audit logging', 'audit log'],
    subjects: ['redshift', 'eks', 'opensearch', 'docdb', 'mq', 'neptune'],
    yields: ['cloudtrail'],
    why: 'audit logs of a cluster or broker are its own logging setting; CloudTrail records AWS API calls, not what runs inside',
    example: ['turn on audit logs for the mq broker', 'mq:UpdateBroker'],
  },
];

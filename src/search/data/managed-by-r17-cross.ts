// Data: round 17's role words, which send a request about one service's thing to the service that
// limits, scales, backs up, scans, records, watches or notifies about it (src/search/managed-by.ts;
// the shape is data/managed-by-r16-services.ts's). The thing named stays the context: its service
// counts for less, the manager's words and services join the plan. Written from what each manager
// does (its model's documentation): Service Quotas holds every service's limits, Application Auto
// Scaling grows and shrinks capacity with load, AWS Backup keeps copies on a timetable, Inspector
// finds software vulnerabilities, Macie sensitive data, GuardDuty threats, CloudTrail who did
// what, CloudWatch metrics and logs, EventBridge state changes, IAM's simulator permissions.
// Each entry says why and gives an example (test/integration/search/managed-by-r17-cross.test.ts).

import type { ManagedBy } from './managed-by-r16-services.js';
import { SCALABLE } from './scalable-services.js';
import { NAMING_FREQUENCIES } from './frequency-words.js';
import { MANAGED_BY_R17_WATCH } from './managed-by-r17-cross-watch.js';

/** Words (stems) of a timetable: copies made on one are a backup plan's rule. */
const EVERY = [...NAMING_FREQUENCIES.words, 'night', 'day', 'week', 'month', 'hour'];

export const MANAGED_BY_R17: readonly ManagedBy[] = [
  {
    // asked, always: "close" here is no verb (it is not closing anything)
    phrases: [
      'how close',
      'how near',
      'how far from',
      'are we near',
      'are we close',
      'am i near',
      'am i close',
    ],
    also: [['limit', 'quota', 'max', 'ceiling', 'allow']],
    // IAM's account summary, Lambda's account settings and RDS's account attributes read their own
    notSubjects: ['iam', 'lambda', 'rds'],
    services: ['service-quotas'],
    terms: 'service quota',
    head: 'service quota',
    verb: { word: 'get', looks: true },
    why: 'how near an account is to a limit of any service is its applied quota, read from Service Quotas (a metric alone gives no limit)',
    example: ['how close are we to the limit of sqs queues', 'service-quotas:GetServiceQuota'],
  },
  {
    phrases: ['ask aws', 'let our account', 'let the account', 'allow our account', 'allow the account'],
    also: [['more', 'higher', 'rais', 'increas', 'bigger', 'extra']],
    // asking AWS Support for more details on a case is a support case, not a limit
    unless: ['support', 'case'],
    services: ['service-quotas'],
    terms: 'request service quota increase',
    why: 'asking AWS for more of something an account is capped at is a Service Quotas increase request, whichever service the cap belongs to',
    example: ['ask aws for more elastic ips in this region', 'service-quotas:RequestServiceQuotaIncrease'],
  },
  {
    phrases: [
      'follow traffic',
      'follow the traffic',
      'follow load',
      'follow the load',
      'follow demand',
      'with traffic',
      'with demand',
      'with load',
      'with the load',
      'with cpu',
      'up and down',
      'when traffic',
      'when load',
      'when memory',
      'when cpu',
      'when the cpu',
    ],
    also: [['scale', 'capac', 'reader', 'replica', 'concurr', 'task', 'add', 'more', 'grow', 'shrink']],
    subjects: SCALABLE,
    // "the auto scaling group web-asg" is an EC2 Auto Scaling group
    unless: ['group', 'asg'],
    services: ['application-autoscaling'],
    terms: 'scalable target scaling policy',
    head: 'scaling policy',
    why: 'capacity that follows load (task count, table throughput, replicas) is scaled by Application Auto Scaling, not set once on the service',
    example: [
      'let the keyspaces table capacity follow traffic',
      'application-autoscaling:RegisterScalableTarget',
    ],
  },
  {
    phrases: ['covered by', 'protected by', 'included in', 'part of any', 'in any'],
    also: [['backup', 'back']],
    asks: true,
    services: ['backup'],
    terms: 'protected resources',
    head: 'protected resources',
    why: 'which resources any backup protects is AWS Backup’s list of protected resources, not the resources’ own reads',
    example: ['is the efs file system covered by a backup', 'backup:ListProtectedResources'],
  },
  {
    phrases: ['last backed', 'backed up last', 'most recent backup'],
    asks: true,
    unlessPasted: true,
    notSubjects: ['dynamodb'],
    services: ['backup'],
    terms: 'recovery points by resource',
    head: 'recovery points',
    why: 'when a resource was last backed up is its newest recovery point in AWS Backup',
    example: ['when was the neptune cluster last backed up', 'backup:ListRecoveryPointsByResource'],
  },
  {
    phrases: ['copies', 'backups', 'back up', 'backup', 'protect'],
    also: [EVERY],
    // the table's own on-demand backups; a read of the copies made is not a plan; a database's
    // automated backups are its own setting; "scale down at night and back up at 7" is scaling
    notSubjects: ['dynamodb'],
    // one pasted snapshot or recovery point is acted on by its own operations
    unlessPasted: true,
    unless: [
      'status',
      'fail',
      'finish',
      'succeed',
      'complet',
      'when',
      'last',
      'list',
      'show',
      'which',
      'restor',
      'automat',
      'does',
      'do',
      'is',
      'are',
      'shrink',
      'grow',
      'scale',
      'group',
    ],
    services: ['backup'],
    terms: 'backup plan rule',
    head: 'backup plan',
    why: 'copies made on a timetable and kept for a time are a backup plan’s rule in AWS Backup, whatever resource they copy',
    example: ['protect the fsx file systems with nightly copies kept for a week', 'backup:CreateBackupPlan'],
  },
  {
    phrases: ['vulnerability', 'vulnerable', 'cve'],
    // ECR's basic scanning reads its own findings
    notSubjects: ['ecr'],
    asks: true,
    services: ['inspector2'],
    terms: 'findings vulnerability',
    head: 'findings',
    why: 'which instances, functions or images carry known vulnerabilities is what Amazon Inspector finds',
    example: ['which lambda functions have known vulnerabilities', 'inspector2:ListFindings'],
  },
  {
    phrases: ['vulnerability', 'vulnerable', 'cve'],
    notSubjects: ['ecr'],
    also: [['scan', 'enabl', 'turn', 'start', 'activ', 'check']],
    services: ['inspector2'],
    terms: 'enable scanning',
    why: 'scanning instances, functions or images for vulnerabilities is turned on in Amazon Inspector, not on the resources',
    example: ['start scanning our ec2 instances for vulnerabilities', 'inspector2:Enable'],
  },
  {
    // ("pii" alone is also Comprehend's, in text: not here)
    phrases: ['personal data', 'credit card', 'sensitive data', 'personally identifiable'],
    asks: true,
    services: ['macie2'],
    terms: 'findings sensitive data',
    head: 'findings',
    why: 'which buckets hold personal or sensitive data is what Amazon Macie finds by inspecting objects',
    example: ['do any of our s3 buckets contain personal data', 'macie2:ListFindings'],
  },
  {
    phrases: ['suspicious', 'compromised', 'malicious', 'unusual activity', 'hacked', 'attacker'],
    // blocking such traffic is a firewall's (WAF, network firewall), not a finding
    unless: ['block', 'deny', 'waf', 'firewall'],
    services: ['guardduty'],
    terms: 'findings threat',
    head: 'findings',
    why: 'signs that credentials, instances or buckets are compromised are GuardDuty’s threat findings',
    example: ['has any ec2 instance been compromised', 'guardduty:ListFindings'],
  },
  {
    phrases: [
      'security issues',
      'security problems',
      'security findings',
      'security risks',
      'all the scanners',
    ],
    asks: true,
    services: ['securityhub'],
    terms: 'findings',
    head: 'findings',
    why: 'security issues gathered from every scanner about any resource are Security Hub’s findings',
    example: ['show the security problems found on our rds databases', 'securityhub:GetFindings'],
  },
  ...MANAGED_BY_R17_WATCH,
];

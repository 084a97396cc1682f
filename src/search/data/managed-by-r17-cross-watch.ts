// Data: more of round 17's role words (src/search/managed-by.ts, see data/managed-by-r17-cross.ts):
// who changed a thing and how it was set before (CloudTrail, AWS Config), what watches it
// (CloudWatch metrics and logs, EventBridge, AWS Health), what guards it (IAM's simulator, IAM
// Access Analyzer, Shield, Secrets Manager's rotation, Organizations' policies) and what runs
// on or reaches it from outside (Systems Manager sessions, EventBridge Scheduler, IAM Identity
// Center, SNS text messages).

import type { ManagedBy } from './managed-by-r16-services.js';
import { METRIC_SHAPES } from './metric-words-r20.js';

/** Verbs of an act a principal may or may not be allowed (stems, prefixes). */
const ACTS = [
  'read',
  'write',
  'put',
  'get',
  'access',
  'call',
  'invok',
  'list',
  'allow',
  'permit',
  'terminat',
];
/** Words that name a measure over time (stems, prefixes). */
const MEASURES = [
  'count',
  'rate',
  'usage',
  'depth',
  'latenc',
  'error',
  'utiliz',
  'cpu',
  'throttl',
  'invocat',
];

/** Read before the other entries: who did it is asked whatever managed thing is named ("did someone delete the backup vault"). */
export const MANAGED_BY_R17_FIRST: readonly ManagedBy[] = [
  {
    // "has anyone turned on X" asks how X is set now
    phrases: ['did someone', 'did somebody', 'did anyone'],
    also: [['turn', 'switch', 'disabl', 'delet', 'remov', 'chang', 'modif', 'terminat', 'stop', 'open']],
    // a stack's resources changed by hand or outside it is its drift
    unless: ['hand', 'drift', 'outsid'],
    services: ['cloudtrail'],
    terms: 'lookup events',
    // "events" alone is also each service's own event read (redshift:DescribeEvents)
    head: 'lookup',
    why: 'whether someone changed, deleted or switched off a resource is in the API calls CloudTrail recorded, not in the resource',
    example: ['did someone delete the orders queue yesterday', 'cloudtrail:LookupEvents'],
  },
];

export const MANAGED_BY_R17_WATCH: readonly ManagedBy[] = [
  {
    phrases: [
      'earlier version',
      'earlier versions',
      'previous version',
      'previous versions',
      'previous settings',
      'earlier settings',
      'old settings',
      'used to be',
    ],
    // a repository's changes, an object's or a function's versions are their own service's
    unless: [
      'commit',
      'code',
      'file',
      'object',
      'function',
      'secret',
      'parameter',
      'document',
      'layer',
      'templat',
      // round 20: kinds their service keeps versions of (IAM managed policies, task definitions,
      // schemas, state machines, models, lex bots, image recipes and components, backup plans)
      'manag',
      'definit',
      'schema',
      'machin',
      'model',
      'bot',
      'recip',
      'component',
      'plan',
      // round 21: going back to a previous version is a change of the thing (a rollback: the
      // service pointed at the old task definition, alias at the old version), not its history
      'back',
      'revert',
      'rollback',
    ],
    services: ['config'],
    terms: 'resource config history',
    head: 'resource config history',
    why: 'how a resource was set before is recorded by AWS Config; the service keeps only the present ("what changed" is read by history.ts)',
    example: ['show the previous settings of the web security group', 'config:GetResourceConfigHistory'],
  },
  {
    phrases: ['report the ones', 'report any', 'report those', 'flag the ones'],
    services: ['config'],
    terms: 'config rule',
    // "check ... and report" sets the check up: a rule is made, not read
    verb: { word: 'put', looks: false },
    why: 'checking every resource against a condition and reporting those that break it is an AWS Config rule',
    example: ['report any rds instance that is publicly accessible', 'config:PutConfigRule'],
  },
  {
    phrases: ['every time', 'each time', 'whenever'],
    also: [['told', 'tell', 'notif', 'alert', 'email', 'ping', 'messag', 'know']],
    // a metric crossing a threshold is a CloudWatch alarm; pipelines have notification rules
    unless: ['over', 'above', 'below', 'under', 'exceed', 'drop', 'percent'],
    notSubjects: ['codepipeline', 'codebuild', 'codecommit', 'codedeploy', 'budgets', 'ce'],
    services: ['events'],
    terms: 'rule event pattern',
    // "get told" sets a notice up: a rule is made, nothing is read
    verb: { word: 'put', looks: false },
    why: 'a notice each time a resource changes state is an EventBridge rule on the service’s events',
    example: ['let me know every time an rds instance restarts', 'events:PutRule'],
  },
  {
    // (not read as a question by the plan: "can the" opens one here)
    phrases: ['can the', 'could the', 'would the', 'does the'],
    also: [['role', 'user'], ACTS],
    services: ['iam'],
    terms: 'simulate principal policy',
    // "principal policy" alone also names GetContextKeysForPrincipalPolicy
    head: 'simulate',
    verb: { word: 'simulate', looks: true },
    why: 'whether a role or user may do something to a resource of any service is answered by IAM’s policy simulator',
    example: ['can the ecs task role read the config bucket', 'iam:SimulatePrincipalPolicy'],
  },
  {
    phrases: [
      'other aws accounts',
      'other accounts',
      'another account',
      'external accounts',
      'anyone outside',
    ],
    // across resources ("any of our queues"); one named resource is read by its own policy
    also: [
      ['shar', 'access', 'reach', 'open', 'expos', 'assum', 'use'],
      ['any', 'which', 'our', 'all', 'resourc'],
    ],
    asks: true,
    services: ['accessanalyzer'],
    terms: 'findings external access',
    head: 'findings',
    why: 'which resources other accounts can reach is what IAM Access Analyzer finds across resource policies',
    example: ['are any of our kms keys shared with other accounts', 'accessanalyzer:ListFindings'],
  },
  {
    // (an instance's scheduled retirement is also in EC2's own instance status: not here)
    phrases: ['service degraded', 'service is degraded', 'degraded in'],
    services: ['health'],
    terms: 'events',
    head: 'events',
    why: 'a degraded AWS service in a region is reported as an AWS Health event, not by the service’s own reads',
    example: ['is the lambda service degraded in eu-central-1', 'health:DescribeEvents'],
  },
  {
    phrases: ['rotate', 'rotation', 'rotating'],
    also: [['password', 'credential']],
    subjects: ['rds', 'redshift', 'docdb'],
    services: ['secretsmanager'],
    terms: 'rotate secret',
    // "set up rotation" rotates: not a new database
    verb: { word: 'rotate', looks: false },
    why: 'a database password changed on a timetable is a Secrets Manager secret’s rotation',
    example: ['rotate the redshift admin password every 60 days', 'secretsmanager:RotateSecret'],
  },
  {
    phrases: ['ddos', 'denial of service'],
    services: ['shield'],
    terms: 'protection',
    why: 'protection of a distribution, load balancer or hosted zone against DDoS attacks is an AWS Shield protection',
    example: ['protect the cloudfront distribution from ddos attacks', 'shield:CreateProtection'],
  },
  {
    // round 20: how a measure "looked" over a time is its history too (data/metric-words-r20.ts)
    phrases: [
      'graph',
      'chart',
      'plot',
      'over the past',
      'over the last',
      'for the past',
      ...METRIC_SHAPES.phrases,
    ],
    also: [[...MEASURES, ...METRIC_SHAPES.stems]],
    unless: ['log', 'bill', 'cost', 'spend', 'alarm'],
    services: ['cloudwatch'],
    terms: 'metric data statistics',
    head: 'metric data',
    why: 'a measure of a resource over time (errors, queue depth, CPU) is a CloudWatch metric, not the resource’s own read',
    example: ['chart the dynamodb table throttle count for the past week', 'cloudwatch:GetMetricData'],
  },
  {
    phrases: ['print', 'stdout', 'stderr', 'log output'],
    subjects: ['ecs', 'lambda', 'batch', 'codebuild', 'glue', 'sagemaker', 'eks'],
    services: ['logs'],
    terms: 'log events',
    head: 'log events',
    why: 'what a task, function or job printed is in its CloudWatch Logs stream',
    example: ['what did the lambda function print on its last run', 'logs:GetLogEvents'],
  },
  {
    phrases: ['stop anyone', 'prevent anyone', 'no one in', 'nobody in', 'block anyone', 'deny anyone'],
    also: [['account', 'organiz', 'org']],
    services: ['organizations'],
    terms: 'service control policy',
    head: 'policy',
    why: 'what nobody in some accounts may do is a service control policy of AWS Organizations',
    example: ['prevent anyone in the sandbox accounts from deleting vpcs', 'organizations:CreatePolicy'],
  },
  {
    phrases: [
      'on weekdays',
      'on weekends',
      'every weekday',
      'every evening',
      'every morning',
      'each evening',
    ],
    also: [['stop', 'start', 'shut', 'turn', 'reboot']],
    services: ['scheduler', 'events'],
    terms: 'schedule',
    // "stop" is what the schedule does, not what is done now
    verb: { word: 'create', looks: false },
    head: 'schedule',
    why: 'stopping or starting resources at set times is an EventBridge Scheduler schedule, not a setting of the resource',
    example: ['start the test rds instance every morning at 8', 'scheduler:CreateSchedule'],
  },
  {
    phrases: ['sso users', 'sso user', 'sso group', 'identity center users'],
    services: ['sso-admin'],
    terms: 'permission set',
    head: 'permission set',
    why: 'what IAM Identity Center users may do in an account is a permission set',
    example: [
      'give our sso users read access to the billing console',
      'sso-admin:AttachManagedPolicyToPermissionSet',
    ],
  },
  {
    phrases: ['without ssh', 'without opening port', 'without a bastion', 'without port', 'no ssh'],
    // a command or script run on many hosts without ssh is Run Command (SendCommand)
    unless: ['run', 'script', 'command', 'execut'],
    services: ['ssm'],
    terms: 'start session',
    head: 'session',
    why: 'a shell on an instance with no open SSH port is a Systems Manager Session Manager session',
    example: ['get a shell on the database host without ssh', 'ssm:StartSession'],
  },
];

// Data: words that say which service manages a thing of another service (src/search/managed-by.ts).
// "put the efs file system into our nightly backup plan" names EFS, but backup plans, recovery
// points and backup jobs are AWS Backup's; "let my ecs service scale by itself" names ECS, but
// scaling a service's task count is Application Auto Scaling's; a rule a resource passes or fails
// is AWS Config's; "why did the group drop to two instances" is answered by the Auto Scaling
// group's scaling activities. The other way round, a few phrases that name a manager's own thing
// belong to the named service: the maintenance window of a database cluster is the cluster's
// setting, not a Systems Manager maintenance window. Written from what each manager does (its
// model's documentation). Each entry says why and gives an example (a query and an operation it
// must find in its top five, test/integration/search/managed-by-r16.test.ts).

import { MANAGED_BY_MORE } from './managed-by-r16-services-more.js';
import { MANAGED_BY_R17 } from './managed-by-r17-cross.js';
import { MANAGED_BY_R17_FIRST } from './managed-by-r17-cross-watch.js';
import { MANAGED_BY_R18 } from './managed-by-r18-questions.js';
import { MANAGED_BY_R19_CLOUDWORDS } from './managed-by-r19-cloudwords.js';
import { MANAGED_BY_R22_DIAG } from './asked-if-r22-diag.js';
import { MANAGED_BY_R20_NEWCOMER } from './managed-by-r20-newcomer.js';
import type { Reasoned } from './reasoned.js';
import { SCALABLE } from './scalable-services.js';

export interface ManagedBy extends Reasoned {
  /** Word sequences (matched on stems) that name the manager's thing or way of working. */
  readonly phrases: readonly string[];
  /** Word lists (stems) each of which must have a word in the query too. */
  readonly also?: readonly (readonly string[])[];
  /** Service ids of which one must be in the query (the things managed). */
  readonly subjects?: readonly string[];
  /** Stems of words that show another reading ("auto scaling group" is an EC2 Auto Scaling group). */
  readonly unless?: readonly string[];
  /** Services that answer it themselves when named. */
  readonly notSubjects?: readonly string[];
  /** Not when an identifier was pasted: the thing is named by its id, whose service reads it. */
  readonly unlessPasted?: boolean;
  /** Only in a question or a read. */
  readonly asks?: boolean;
  /** The manager's services and the words of its operations; the services named count for less. */
  readonly services?: readonly string[];
  readonly terms?: string;
  /** The name words of the manager's read, which become the head noun (a read of the manager). */
  readonly head?: string;
  /**
   * The manager's verb, which replaces the request's, and whether the request then only looks:
   * "can the role put objects" checks a put (it does not put); "get told when ..." makes a rule.
   */
  readonly verb?: { readonly word: string; readonly looks: boolean };
  /** Instead: these services, which the phrase would pick, yield to the named subject. */
  readonly yields?: readonly string[];
}

/** Words of capacity that grows or shrinks. */
const SCALE_WORDS = ['scale', 'grow', 'shrink', 'capac', 'reader', 'replica', 'concurr', 'between'];

export const MANAGED_BY: readonly ManagedBy[] = [
  ...MANAGED_BY_R17_FIRST,
  ...MANAGED_BY_R19_CLOUDWORDS,
  ...MANAGED_BY_R22_DIAG,
  {
    phrases: ['backup plan', 'recovery point', 'backup vault', 'backup job', 'backup selection'],
    services: ['backup'],
    terms: 'backup',
    why: 'backup plans, vaults, recovery points and backup jobs are AWS Backup resources whatever resource they protect',
    example: ['add the rds database to the weekly backup plan', 'backup:CreateBackupSelection'],
  },
  {
    phrases: ['backup of', 'last backup', 'latest backup', 'nightly backup', 'night backup'],
    // how the run went: "redshift backups of X I can restore from" are the cluster's snapshots
    also: [['finish', 'succe', 'fail', 'complet', 'done', 'ran', 'run', 'status', 'when']],
    asks: true,
    // DynamoDB lists its own backups and those AWS Backup made (ListBackups, DescribeBackup)
    notSubjects: ['dynamodb'],
    unlessPasted: true,
    services: ['backup'],
    terms: 'backup',
    head: 'jobs',
    why: 'whether a backup of a resource ran, finished or failed is the history of AWS Backup jobs',
    example: ['did the latest backup of the ebs volume complete', 'backup:ListBackupJobs'],
  },
  {
    phrases: ['request for more', 'limit increase', 'quota increase', 'increase request'],
    asks: true,
    services: ['service-quotas'],
    terms: 'requested service quota change',
    why: 'a request for a higher limit of any service is a Service Quotas request, whose status Service Quotas keeps',
    example: [
      'was the limit increase for our ec2 vcpus granted',
      'service-quotas:ListRequestedServiceQuotaChangeHistory',
    ],
  },
  {
    phrases: ['how many'],
    // Lambda's account settings and RDS's account attributes read their own limits
    notSubjects: ['lambda', 'rds'],
    also: [['may', 'permit', 'max', 'most']],
    asks: true,
    services: ['service-quotas'],
    terms: 'service quota',
    why: 'how many of a thing an account may have is a quota, read from Service Quotas rather than by listing the things',
    example: ['how many sqs queues may one account have', 'service-quotas:GetServiceQuota'],
  },
  {
    phrases: [
      'auto scaling',
      'autoscaling',
      'autoscale',
      'scaling policy',
      'scalable target',
      'target tracking',
      'scheduled scaling',
    ],
    subjects: SCALABLE,
    // "the auto scaling group web-asg" is an EC2 Auto Scaling group
    unless: ['group', 'asg'],
    services: ['application-autoscaling'],
    terms: 'scalable target scaling',
    why: 'automatic scaling of ECS tasks, DynamoDB capacity, Aurora replicas or Lambda concurrency is Application Auto Scaling (EC2 Auto Scaling scales only instance groups)',
    example: [
      'set up target tracking for the sagemaker endpoint',
      'application-autoscaling:PutScalingPolicy',
    ],
  },
  {
    phrases: [
      'automatically',
      'by itself',
      'on its own',
      'depending on',
      'based on',
      'every night',
      'every morning',
      'every evening',
      'every weekday',
      'each night',
      'nightly',
    ],
    also: [SCALE_WORDS],
    subjects: SCALABLE,
    // "the auto scaling group web-asg" is an EC2 Auto Scaling group
    unless: ['group', 'asg'],
    services: ['application-autoscaling'],
    terms: 'scalable target scaling',
    // round 17: the manager's thing is the head: the service's own "add replicas" is done once
    head: 'scaling policy',
    why: 'capacity that grows and shrinks by itself or on a timetable is scaled by Application Auto Scaling, not set once on the service',
    example: [
      'grow the keyspaces table capacity automatically with load',
      'application-autoscaling:RegisterScalableTarget',
    ],
  },
  {
    phrases: ['why did'],
    also: [['concurr', 'capac', 'reader', 'replica', 'desired']],
    subjects: SCALABLE,
    unless: ['group', 'asg'],
    services: ['application-autoscaling'],
    terms: 'scaling activities',
    head: 'scaling activities',
    why: 'capacity of a table, a function alias or a cluster that changed by itself was changed by Application Auto Scaling, whose scaling activities say why',
    example: [
      'why did the write capacity of the orders table drop',
      'application-autoscaling:DescribeScalingActivities',
    ],
  },
  {
    phrases: [
      'email me when',
      'notify me when',
      'notify us when',
      'tell me when',
      'message me when',
      'email us when',
    ],
    subjects: ['codepipeline', 'codebuild', 'codecommit', 'codedeploy'],
    services: ['codestar-notifications'],
    terms: 'notification rule',
    why: 'notices about pipelines, builds, repositories and deployments are notification rules of AWS CodeStar Notifications',
    example: ['notify me when a codebuild build fails', 'codestar-notifications:CreateNotificationRule'],
  },
  {
    phrases: [
      'bigger than they need',
      'bigger than it needs',
      'larger than they need',
      'oversized',
      'too big',
      'over-provisioned',
      'overprovisioned',
      'rightsize',
      'rightsizing',
      // round 17: the same need told by the smaller size
      'made smaller',
      'be smaller',
      'downsize',
      'downsized',
    ],
    subjects: ['ec2', 'autoscaling', 'lambda', 'ecs', 'rds', 'ebs'],
    services: ['compute-optimizer'],
    terms: 'recommendations',
    head: 'recommendations',
    why: 'whether instances, functions or volumes are larger than their load needs is what Compute Optimizer recommends on',
    example: ['are our lambda functions oversized', 'compute-optimizer:GetLambdaFunctionRecommendations'],
  },
  {
    phrases: [
      'outside our account',
      'outside the account',
      'outside our organization',
      'outside our org',
      'outside the organization',
    ],
    services: ['accessanalyzer'],
    terms: 'findings external access',
    head: 'findings',
    why: 'which resources someone outside the account or organization can reach is what IAM Access Analyzer finds',
    example: ['which kms keys can be used from outside our organization', 'accessanalyzer:ListFindings'],
  },
  {
    phrases: ['why did'],
    also: [
      ['launch', 'terminat', 'drop', 'grow', 'grew', 'shrink', 'shrank', 'scale', 'add', 'remov', 'kill'],
      ['server', 'instanc', 'fleet', 'group', 'machin', 'box', 'node'],
    ],
    services: ['autoscaling'],
    terms: 'scaling activities',
    head: 'scaling activities',
    why: 'instances that came or went by themselves were launched or terminated by an Auto Scaling group, whose scaling activities say why',
    example: [
      'why did the group terminate three instances this morning',
      'autoscaling:DescribeScalingActivities',
    ],
  },
  ...MANAGED_BY_MORE,
  ...MANAGED_BY_R17,
  ...MANAGED_BY_R18,
  ...MANAGED_BY_R20_NEWCOMER,
];

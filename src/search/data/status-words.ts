// Data: how a yes/no question asks about the state of one thing ("has the orders table finished
// restoring yet?", "is i-0abc... still running?", "is the snapshot ready?"). Such a question is
// answered by the Describe/Get/List of the thing it names (dynamodb:DescribeTable,
// ec2:DescribeInstances), never by an operation whose NAME holds the state word
// (DescribeTableRestoreStatus of Redshift, DescribeImportSnapshotTasks) nor by the action itself.
// The state words below say which state is asked about; in such a question they weigh less as
// search terms, never count as the thing asked about, and the read named for the thing gains
// (src/search/status.ts). Each entry says why and gives a query that must rank its operation first.

import type { Reasoned } from './reasoned.js';
import { WORKING_STATE_WORDS } from './status-words-r17-questions.js';

/**
 * Openers of a yes/no question about current state or whether something happened; only these
 * ask "is it in state X" (a "why" or "which" question asks for a cause or a set).
 */
export const STATUS_OPENERS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'has',
  'have',
  'did',
  'was',
  'were',
]);

/**
 * Words that open an indirect yes/no question inside a request that only reads ("check whether
 * the stack is done", "see if the snapshot is ready"): the words after them ask about state.
 * Never after a verb that changes something ("restart it if it is still running" is a condition).
 */
export const STATUS_CLAUSES: Readonly<Record<string, Reasoned>> = {
  whether: {
    why: 'opens an indirect yes/no question',
    example: ['tell me whether the glue job finished', 'glue:GetJobRun'],
  },
  if: {
    why: 'in a request that changes nothing (check, see, find out if) opens an indirect yes/no question',
    example: ['can you check if the rds snapshot is ready', 'rds:DescribeDBSnapshots'],
  },
};

/**
 * Words after which an -ing word is a state in progress, not a task: "still resharding",
 * "finished copying", "done restoring". They are state words themselves.
 */
export const PROGRESS_MARKERS: ReadonlySet<string> = new Set(['still', 'finished', 'done']);

export interface StateWord extends Reasoned {
  /** Index terms the state means in AWS's words ("turned on" -> enabled), added to the query. */
  readonly terms?: string;
  /**
   * An operation named with the word reads exactly that state (GetEnabledStandards): the word in
   * its name is not held against it, as "restoring" is against DescribeTableRestoreStatus.
   */
  readonly namesState?: true;
  /**
   * The name words that hold this state when they end a read of the thing (a check's pass or
   * fail is its Status; a job's progress is its Run or Execution): a name ending in one is not
   * missing a word the question asked for (status.ts stateTail).
   */
  readonly heldIn?: readonly string[];
}

/** State words (one word or two) of a yes/no question: what state of the thing is asked about. */
export const STATE_WORDS: Readonly<Record<string, StateWord>> = {
  ...WORKING_STATE_WORDS,
  ready: {
    why: 'whether a thing being made is usable now: its own describe shows its status',
    example: ['is the nightly snapshot of my aurora cluster ready', 'rds:DescribeDBClusterSnapshots'],
  },
  finished: {
    why: 'whether a long job reached its end: the job or resource status, not an operation named for the job type',
    example: ['has the dynamodb table finished restoring', 'dynamodb:DescribeTable'],
    heldIn: ['run', 'execution'],
  },
  done: {
    why: 'whether work on a thing is over: its status',
    example: ['is the cloudformation stack done updating', 'cloudformation:DescribeStacks'],
    heldIn: ['run', 'execution'],
  },
  complete: {
    why: 'whether a job or copy reached its end: its status',
    example: ['did the ebs snapshot snap-0123456789abcdef0 complete', 'ec2:DescribeSnapshots'],
    heldIn: ['run', 'execution'],
  },
  completed: {
    why: 'whether a job or copy reached its end: its status',
    example: ['has the glue job run completed', 'glue:GetJobRun'],
    heldIn: ['run', 'execution'],
  },
  running: {
    why: 'whether a thing is in the running state: its describe, not the operation that runs it',
    example: ['is my ec2 instance i-0123456789abcdef0 running', 'ec2:DescribeInstances'],
  },
  shipped: {
    why: 'whether a physical device or order left: the job that tracks it',
    example: ['has our snowball job shipped yet', 'snowball:DescribeJob'],
  },
  up: {
    why: '"up" as in working or provisioned: the status of the thing',
    example: ['is the opensearch domain up yet', 'opensearch:DescribeDomain'],
  },
  available: {
    why: 'the state most resources reach once created: their describe shows it',
    example: ['is the elasticache cluster available yet', 'elasticache:DescribeCacheClusters'],
  },
  active: {
    why: 'the state many resources reach once created: their describe shows it',
    example: ['is the eks cluster active yet', 'eks:DescribeCluster'],
  },
  enabled: {
    why: 'whether a setting or feature is on: the read of the thing or setting',
    example: ['is versioning enabled on the s3 bucket', 's3:GetBucketVersioning'],
    namesState: true,
  },
  'turned on': {
    why: 'whether a feature is on, in everyday words: AWS says enabled',
    example: ['is guardduty turned on in this region', 'guardduty:ListDetectors'],
    terms: 'enabled',
  },
  'switched on': {
    why: 'whether a feature is on, in everyday words: AWS says enabled',
    example: ['is default ebs encryption switched on', 'ec2:GetEbsEncryptionByDefault'],
    terms: 'enabled',
  },
  healthy: {
    why: 'whether a thing passes its checks: its status read',
    example: ['are the targets of my load balancer healthy', 'elbv2:DescribeTargetHealth'],
  },
  failing: {
    why: 'whether a check or job is in a failed state now: its status, not the reason of the last failure',
    example: ['are my route 53 health checks failing', 'route53:GetHealthCheckStatus'],
    heldIn: ['status'],
  },
  failed: {
    why: 'whether a run or change ended in failure: the state of the thing or its run, not an operation named for failures',
    example: ['has the codebuild build failed', 'codebuild:BatchGetBuilds'],
  },
  succeeded: {
    why: 'whether a run or change ended well: the state of the thing or its run',
    example: ['has the glue job run succeeded', 'glue:GetJobRun'],
    heldIn: ['run', 'execution'],
  },
  stuck: {
    why: 'whether a thing stays in one state: its status',
    example: ['is my ecs service stuck', 'ecs:DescribeServices'],
  },
  'gone through': {
    why: 'whether a request or change took effect: its status',
    example: ['has the acm certificate request gone through', 'acm:DescribeCertificate'],
  },
  passing: {
    why: 'whether a check passes now: the status of the check, not its configuration',
    example: ['is the route 53 health check for the checkout api passing', 'route53:GetHealthCheckStatus'],
    heldIn: ['status'],
  },
  online: {
    why: 'whether a server, gateway or agent is reachable now: its describe shows its state',
    example: ['is the sftp server s-1234567890abcdef0 online', 'transfer:DescribeServer'],
  },
  offline: {
    why: 'whether a server, gateway or agent lost contact: its describe shows its state',
    example: ['is the workspace ws-abc123 offline', 'workspaces:DescribeWorkspaces'],
  },
  stopped: {
    why: 'round 16: whether a server or cluster was stopped: its own read shows the state',
    example: ['is the staging rds instance stopped', 'rds:DescribeDBInstances'],
  },
  paused: {
    why: 'whether a resource was paused: its describe shows the state',
    example: ['is the analytics redshift cluster paused', 'redshift:DescribeClusters'],
  },
  confirmed: {
    why: 'whether a subscription or sign-up was confirmed: the read of that one thing',
    example: ['is the sns subscription confirmed yet', 'sns:GetSubscriptionAttributes'],
  },
  still: {
    why: 'asks whether a state lasts; the -ing word after it is the state, not a task',
    example: ['is my kinesis stream still resharding', 'kinesis:DescribeStream'],
    heldIn: ['run', 'execution'],
  },
  yet: {
    why: 'asks whether a state was reached; it names nothing',
    example: ['has the ecs task stopped yet', 'ecs:DescribeTasks'],
  },
  actually: {
    why: 'emphasis in a state question; it names nothing',
    example: ['is the rds instance actually available', 'rds:DescribeDBInstances'],
  },
};

export interface StateNameWord extends Reasoned {
  /** The name says the state outright (`Status`, a job's `Run`): its read is the most exact. */
  readonly named: boolean;
}

/**
 * Words that end an operation's name and only say "the state of" (or "the run of") the thing
 * before them: `GetHealthCheckStatus`, `GetJobRun` read the health check's, the job's state.
 */
export const STATE_NAME_WORDS: Readonly<Record<string, StateNameWord>> = {
  status: {
    why: 'the status of the thing named before it',
    example: ['are my route 53 health checks failing', 'route53:GetHealthCheckStatus'],
    named: true,
  },
  run: {
    why: 'a job is a definition; whether it finished or still runs is the state of its run',
    example: ['has the glue job finished', 'glue:GetJobRun'],
    named: true,
  },
  execution: {
    why: 'a query, pipeline or state machine runs as an execution, which holds its state',
    example: ['is the athena query still running', 'athena:GetQueryExecution'],
    named: true,
  },
  health: {
    why: 'one side of the state (passing checks): the thing read, but not its whole status',
    example: ['are the targets of my load balancer healthy', 'elbv2:DescribeTargetHealth'],
    named: false,
  },
};

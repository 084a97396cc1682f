// Data: words that describe the state of the thing a request acts on (issue 16, round 19, on-call
// wordings; src/search/state-of-thing.ts). "halt the RUNNING experiment", "disable the
// COMPROMISED key", "resolve the OPEN incident", "reboot the UNHEALTHY node": the word says which
// thing, and why it is acted on; the typed verb says what is done. Read as words, the state
// lends its own verb ("running" -> StartExperiment, "open" -> create) or a service that reports
// such states ("compromised" -> GuardDuty findings), and outranks the task. Each entry says why
// and gives a request that must rank its operation first
// (test/integration/search/state-of-thing-r19-oncall.test.ts).

import type { Reasoned } from './reasoned.js';

export const STATE_OF_THING: Readonly<Record<string, Reasoned>> = {
  running: {
    why: 'a thing that is running is the one to stop or halt, not one to start',
    example: ['abort the running fis experiment EXP2x7Qz', 'fis:StopExperiment'],
  },
  failing: {
    why: 'a failing thing is the one to stop, restart or replace; the failure is not the task',
    example: ['restart the failing dms replication task orders-cdc', 'dms:StartReplicationTask'],
  },
  stuck: {
    why: 'a stuck thing is the one to stop, cancel or force along',
    example: ['cancel the stuck cloudformation update of stack web', 'cloudformation:CancelUpdateStack'],
  },
  hung: {
    why: 'a hung thing is the one to stop or restart',
    example: ['stop the hung step functions execution of order-flow', 'stepfunctions:StopExecution'],
  },
  unhealthy: {
    why: 'an unhealthy node or target is the one to reboot, replace or take out',
    example: ['reboot the unhealthy node 0002 of redis cluster sessions', 'elasticache:RebootCacheCluster'],
  },
  unresponsive: {
    why: 'an unresponsive server is the one to reboot or stop',
    example: ['reboot the unresponsive instance i-0abc1234def567890', 'ec2:RebootInstances'],
  },
  compromised: {
    why: 'a compromised key or user is the one to disable or revoke; the finding that reported it is another task',
    example: ['schedule deletion of the compromised kms key 1234abcd', 'kms:ScheduleKeyDeletion'],
  },
  leaked: {
    why: 'a leaked key or secret is the one to rotate, deactivate or delete, as the verb says',
    example: ['rotate the leaked secret prod/api/token now', 'secretsmanager:RotateSecret'],
  },
  exposed: {
    why: 'an exposed key or secret is the one to rotate or deactivate, as the verb says',
    example: ['rotate the exposed secret prod/db/password', 'secretsmanager:RotateSecret'],
  },
  open: {
    why: 'an open incident, ticket or case is the one to resolve or update, not one to open',
    example: ['mark the open incident for checkout as resolved', 'ssm-incidents:UpdateIncidentRecord'],
  },
  stopped: {
    why: 'a stopped thing is the one to start or delete, never to stop again',
    example: ['start the stopped instance i-0abc1234def567890', 'ec2:StartInstances'],
  },
  paused: {
    why: 'a paused thing is the one to resume or delete',
    example: ['resume the paused redshift cluster analytics', 'redshift:ResumeCluster'],
  },
  crashed: {
    why: 'a crashed thing is the one to restart or replace',
    example: ['reboot the crashed broker b-1234 in amazon mq', 'mq:RebootBroker'],
  },
  degraded: {
    why: 'a degraded node or volume is the one to reboot or replace',
    example: ['reboot the degraded neptune instance graph-1', 'neptune:RebootDBInstance'],
  },
};

/**
 * Words between a determiner and the state that only hedge it ("the POSSIBLY compromised key",
 * "the STILL running job").
 */
export const STATE_HEDGES: ReadonlySet<string> = new Set([
  'possibly',
  'probably',
  'potentially',
  'apparently',
  'likely',
  'suspected',
  'seemingly',
  'still',
  'currently',
  'now',
  // "the job that is ALREADY running": the state held before the request, as "still"
  'already',
]);

/** Openers of a relative clause that gives the thing's state after it ("the job THAT'S stuck"). */
export const STATE_RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'thats']);

/** Copulas in such a clause ("that IS", "that'S", "which ARE", "that KEEPS"). */
export const STATE_COPULAS: ReadonlySet<string> = new Set([
  'is',
  's',
  'are',
  'keeps',
  'keep',
  'seems',
  'got',
]);

/**
 * States a query may open with, before the things it names, with no verb ("unhealthy targets of
 * tg-api", "running tasks in cluster prod"): as a past participle does (intent.ts
 * opensWithParticiple), the state picks which things to see; it gives no task, and read as a verb
 * ("running": RunTask, "pending": SubmitJob) it would make one. Each entry's example must rank
 * its operation first.
 */
export const OPENING_STATES: Readonly<Record<string, Reasoned>> = {
  unhealthy: {
    why: 'unhealthy targets or hosts named with no verb: their health read',
    example: ['unhealthy targets in target group tg-api', 'elbv2:DescribeTargetHealth'],
  },
  healthy: {
    why: 'healthy targets or hosts named with no verb: their health read',
    example: ['healthy targets in target group tg-api', 'elbv2:DescribeTargetHealth'],
  },
  running: {
    why: 'running tasks or instances named with no verb: the list of them, not a run',
    example: ['running tasks in ecs cluster prod', 'ecs:ListTasks'],
  },
  pending: {
    why: 'pending jobs named with no verb: the list of them in that state, not a submit',
    example: ['pending jobs in batch queue nightly', 'batch:ListJobs'],
  },
  idle: {
    why: 'idle clusters or machines named with no verb: the list of them in that state',
    example: ['idle emr clusters in this region', 'emr:ListClusters'],
  },
};

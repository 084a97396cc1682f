// Data: verbs people split around their object ("bring the database back", "put the cluster to
// sleep", "tear the stack down"). Read together, head and particle mean an operation verb that
// neither word means alone (`put` alone would pick Put*). Keys are "head particle...", in the
// words people type; the particle may follow the head after up to MAX_GAP words. The adjacent
// form ("bring back") means the same (vocabulary.ts VERBS) unless VERB_SYNONYMS (data/verbs.ts)
// gives it weights of its own. Each entry says
// why and gives an example query that must find its operation in the top five (tested).

import { R14_PHRASAL_VERBS } from './phrasal-verbs-r14.js';
import { R22_TAIL_PHRASAL_VERBS } from './phrasal-verbs-r22-tail.js';

export interface PhrasalVerb {
  /** Operation verb -> weight, as in VERB_SYNONYMS. */
  readonly weights: Readonly<Record<string, number>>;
  readonly why: string;
  readonly example: readonly [query: string, expected: string];
  /**
   * Words that, between head and particle, undo this reading ("add a new user to" creates);
   * NUMBER_WORD stands for any number ("add 50 machines to render" launches more).
   */
  readonly unlessBetween?: readonly string[];
}

/**
 * Most words allowed between the head and its particle ("bring [my efs file system] back"); a
 * hyphenated name is two words here ("turn [the actions of alarm high-cpu] off").
 */
export const MAX_GAP = 6;

/** In `unlessBetween`: any word made of digits. */
export const NUMBER_WORD = '<number>';

import { R14_IMPORT_PHRASAL_VERBS } from './phrasal-verbs-r14-imports.js';
import { R17_PARA_TAIL_PHRASAL_VERBS } from './phrasal-verbs-r17-para-tail.js';
import { R18_PARA_TOP_PHRASAL_VERBS } from './phrasal-verbs-r18-para-top.js';
import { R18_TAIL_B_PHRASAL_VERBS } from './phrasal-verbs-r18-tail-b.js';
import { R20_PARATOP_PHRASAL_VERBS } from './phrasal-verbs-r20-paratop.js';
import { R21_OPS_PHRASAL_VERBS } from './phrasal-verbs-r21-ops.js';
import { R21_SEC_PHRASAL_VERBS } from './phrasal-verbs-r21-sec.js';
import { R22_CHANGE_PHRASAL_VERBS } from './phrasal-verbs-r22-change.js';

/** Dropping something onto or into a queue or a bucket puts it there (alone, drop deletes). */
const PUT_SOMEWHERE = { send: 1, put: 1, upload: 0.8, publish: 0.6 };

export const PHRASAL_VERBS: Readonly<Record<string, PhrasalVerb>> = {
  // round 14 first: its longer particles ('take out of service') come before shorter ones ('take out')
  ...R14_PHRASAL_VERBS,
  // round 22: particles with a determiner ('take off the air') before the shorter 'take off'
  ...R22_TAIL_PHRASAL_VERBS,
  'bring back': {
    weights: { restore: 1, recover: 0.8, start: 0.4 },
    why: 'bringing something back that was deleted or changed is restoring it',
    example: ['bring the secret I deleted back', 'secretsmanager:RestoreSecret'],
  },
  'get back': {
    weights: { restore: 1, recover: 0.8, retrieve: 0.8, get: 0.3 },
    why: 'getting something back that was deleted, archived or changed is restoring or retrieving it; "get" alone reads',
    example: ['get the secret I deleted yesterday back', 'secretsmanager:RestoreSecret'],
  },
  'put to sleep': {
    weights: { pause: 1, stop: 0.9, suspend: 0.8 },
    why: 'putting a resource to sleep pauses it, keeping it for later (not Put*)',
    example: ['put my redshift cluster to sleep over the weekend', 'redshift:PauseCluster'],
  },
  'switch over': {
    weights: { failover: 1, switchover: 1, switch: 0.8, promote: 0.5 },
    why: 'switching a database over to its standby is a failover',
    example: ['switch my aurora cluster over to the standby instance', 'rds:FailoverDBCluster'],
  },
  'fail over': {
    weights: { failover: 1, switchover: 0.8, promote: 0.5 },
    why: 'failing a cluster over to another node is the Failover* operation',
    example: ['fail the aurora cluster over to another instance', 'rds:FailoverDBCluster'],
  },
  // "stop the key from being deleted": a change already under way is called off or guarded
  // against, as the adjacent "stop" means (cancel the deletion); listed before `stop from`
  'stop from being': {
    weights: { stop: 1, cancel: 1, update: 0.5, put: 0.5, disable: 0.3 },
    why: 'stopping something from being changed calls off the pending change or protects the thing',
    example: ['stop the kms key from being deleted next week', 'kms:CancelKeyDeletion'],
  },
  // "stop the bot from giving advice": the particle makes stopping a ban on what it does
  'stop from': {
    weights: {
      disable: 1,
      suspend: 1,
      revoke: 0.9,
      put: 0.8,
      create: 0.8,
      update: 0.7,
      stop: 0.6,
      deny: 0.5,
    },
    why: 'stopping something from doing a thing forbids it from now on (a rule, a filter, a policy) or suspends the behaviour, not Stop*',
    example: ['stop the bedrock chatbot from giving medical advice', 'bedrock:CreateGuardrail'],
    unlessBetween: ['instance', 'instances', 'job', 'jobs', 'task', 'tasks', 'cluster', 'pipeline'],
  },
  // "keep the database from being deleted": guarding a thing against a change is turning its
  // protection on, or calling off the change under way; never the change itself (Delete*)
  'keep from being': {
    weights: { update: 1, modify: 1, cancel: 1, enable: 0.8, put: 0.6, disable: 0.3 },
    why: 'keeping something from being changed protects it (a protection setting) or calls off the pending change',
    example: ['keep the orders table from being deleted by mistake', 'dynamodb:UpdateTable'],
  },
  'prevent from being': {
    weights: { update: 1, modify: 1, cancel: 1, enable: 0.8, put: 0.6, disable: 0.3 },
    why: 'preventing something from being changed protects it (a protection setting) or calls off the pending change',
    example: [
      'prevent my domain from being transferred to another registrar',
      'route53domains:EnableDomainTransferLock',
    ],
  },
  // "keep the cluster from running at night": as `stop from`, a ban on or a pause of what it does
  'keep from': {
    weights: { disable: 1, suspend: 1, pause: 0.9, put: 0.8, update: 0.7, stop: 0.6, cancel: 0.6 },
    why: 'keeping something from doing a thing suspends or forbids the behaviour, as `stop from` does',
    example: [
      'keep the auto scaling group from launching new instances while I debug',
      'autoscaling:SuspendProcesses',
    ],
    unlessBetween: ['instance', 'instances', 'job', 'jobs', 'task', 'tasks', 'pipeline'],
  },
  'prevent from': {
    weights: { disable: 1, suspend: 1, put: 0.8, create: 0.7, update: 0.7, stop: 0.6, deny: 0.5 },
    why: 'preventing something from doing a thing suspends or forbids the behaviour, as `stop from` does',
    example: ['prevent the alarm from sending notifications', 'cloudwatch:DisableAlarmActions'],
  },
  'turn off': {
    weights: { disable: 1, deactivate: 0.8, stop: 0.6, put: 0.3 },
    why: 'turning a feature off disables it, as the adjacent form does',
    example: ['turn the actions of alarm high-cpu off', 'cloudwatch:DisableAlarmActions'],
  },
  'turn on': {
    weights: { enable: 1, activate: 0.8, put: 0.6, update: 0.5, start: 0.5 },
    why: 'turning a feature on enables it, as the adjacent form does',
    example: ['turn ebs encryption by default on', 'ec2:EnableEbsEncryptionByDefault'],
  },
  'shut down': {
    weights: { stop: 1, terminate: 0.6, shutdown: 1 },
    why: 'shutting a machine down stops it, as the adjacent form does',
    example: ['shut the dev instances down tonight', 'ec2:StopInstances'],
  },
  'spin up': {
    weights: { run: 1, start: 0.9, create: 0.7, launch: 1 },
    why: 'spinning servers up launches them, as the adjacent form does',
    example: ['spin two more ec2 instances up', 'ec2:RunInstances'],
  },
  'tear down': {
    weights: { delete: 1, terminate: 0.9, remove: 0.7 },
    why: 'tearing something down deletes it, as the adjacent form does',
    example: ['tear the test cloudformation stack down', 'cloudformation:DeleteStack'],
  },
  'roll back': {
    weights: { rollback: 1, restore: 0.6, update: 0.4, cancel: 0.4 },
    why: 'rolling a change back is the Rollback* operation, as the adjacent form does',
    example: ['roll the cloudformation stack back', 'cloudformation:RollbackStack'],
  },
  'throw away': {
    weights: { purge: 1, delete: 1, remove: 0.8 },
    why: 'throwing things away deletes them, as the adjacent form does',
    example: ['throw the old ebs snapshots away', 'ec2:DeleteSnapshot'],
  },
  'clean up': {
    weights: { delete: 1, remove: 0.8, purge: 0.6 },
    why: 'cleaning old things up deletes them',
    example: ['clean the old ebs snapshots up', 'ec2:DeleteSnapshot'],
  },
  'kick off': {
    weights: { start: 1, run: 0.9, execute: 0.8, invoke: 0.6 },
    why: 'kicking a job off starts it, as the adjacent form does',
    example: ['kick the glue job nightly-etl off', 'glue:StartJobRun'],
  },
  'run query': {
    weights: { query: 1, execute: 0.9, start: 0.8, search: 0.5 },
    why: 'running a query is querying: the Query call of a data service (or starting a query execution), not the service resource the query reads',
    example: ['run a query on the dynamodb table orders', 'dynamodb:Query'],
  },
  'drop onto': {
    weights: PUT_SOMEWHERE,
    why: 'dropping something onto a queue or a bucket puts it there (alone, drop deletes)',
    example: ['drop this json onto the render-jobs queue', 'sqs:SendMessage'],
  },
  'drop into': {
    weights: PUT_SOMEWHERE,
    why: 'dropping something into a queue or a bucket puts it there (alone, drop deletes)',
    example: ['drop report.csv into the exports bucket', 's3:PutObject'],
  },
  'take out': {
    weights: { deregister: 1, remove: 1, detach: 0.9, disassociate: 0.8 },
    why: 'taking a member out of a group or a load balancer removes it (alone, take creates)',
    example: ['take i-0fedcba9876543210 out of the target group', 'elbv2:DeregisterTargets'],
  },
  'put behind': {
    weights: { register: 1, attach: 0.9, associate: 0.8 },
    why: 'putting servers behind a load balancer registers them as its targets (not Put*)',
    example: ['put these two instances behind the web target group', 'elbv2:RegisterTargets'],
  },
  'add to': {
    weights: { add: 1, associate: 1, attach: 1, register: 0.8, update: 0.8, put: 0.7, create: 0.6 },
    why: 'adding a thing that exists to another joins the two (Associate*, Attach*) or updates the list it joins, not Create*',
    example: ['add subnet-0abc1234 to network firewall egress-fw', 'network-firewall:AssociateSubnets'],
    unlessBetween: ['new', 'another', 'more', NUMBER_WORD],
  },
  // round 12 (refs): "give the ci user a new access key" makes the key for it, grants nothing
  'give new': {
    weights: { create: 1, generate: 0.8, issue: 0.7 },
    why: 'giving someone or something a NEW thing (a key, a password, an address) makes one for it',
    example: ['give the build user a new access key', 'iam:CreateAccessKey'],
  },
  // round 9 (media group): putting a person or a stream out of a room, a call or the air
  'kick out': {
    weights: { disconnect: 1, remove: 1, deregister: 0.7, revoke: 0.6, delete: 0.5 },
    why: 'kicking someone out of a room or a session disconnects or removes them (alone, kick off starts)',
    example: ['kick the spamming viewer out of chat room general', 'ivschat:DisconnectUser'],
  },
  'boot out': {
    weights: { disconnect: 1, remove: 1, deregister: 0.7, revoke: 0.6, delete: 0.5 },
    why: 'booting someone out expels them, as kicking them out does (alone, boot launches)',
    example: ['boot the troll out of the live chat room', 'ivschat:DisconnectUser'],
  },
  'cut off': {
    weights: { stop: 1, disconnect: 0.9, revoke: 0.6, disable: 0.6 },
    why: 'cutting a feed, a call or a stream off stops it while it is running',
    example: ['cut the live broadcast off on ivs channel main-stage', 'ivs:StopStream'],
  },
  // before 'take off': a broadcast taken off air is stopped, not deleted
  'take off air': {
    weights: { stop: 1, disable: 0.6, disconnect: 0.5 },
    why: 'taking a broadcast or a channel off air stops it; it stays and can go on air again',
    example: ['take medialive channel sports-1 off air', 'medialive:StopChannel'],
  },
  'take off': {
    weights: { remove: 1, delete: 1, untag: 1, disassociate: 0.9, deregister: 0.8 },
    why: 'taking an entry off a list (a block list, a roster) removes it, taking a tag off untags (alone, take creates)',
    example: ['take ann@example.com off the ses suppression list', 'sesv2:DeleteSuppressedDestination'],
  },
  'sign off': {
    weights: { approve: 1, put: 0.8, accept: 0.6 },
    why: 'signing off on a waiting step approves it (not a KMS Sign)',
    example: [
      'sign off on the manual approval step of the release pipeline',
      'codepipeline:PutApprovalResult',
    ],
  },
  ...R14_IMPORT_PHRASAL_VERBS,
  ...R17_PARA_TAIL_PHRASAL_VERBS,
  ...R18_PARA_TOP_PHRASAL_VERBS,
  ...R18_TAIL_B_PHRASAL_VERBS,
  ...R20_PARATOP_PHRASAL_VERBS,
  ...R21_OPS_PHRASAL_VERBS,
  ...R21_SEC_PHRASAL_VERBS,
  ...R22_CHANGE_PHRASAL_VERBS,
};

/**
 * Deleting "all" or "every" of something at once is emptying its container when the service
 * has a call for that (PurgeQueue): after a delete verb and one of the words, these weights
 * replace the verb's own (one-by-one deletes stay, a little lower).
 */
export const DELETE_ALL = {
  words: ['all', 'every', 'everything'],
  weights: { purge: 1, empty: 1, flush: 0.9, clear: 0.9, delete: 0.8, remove: 0.7 },
  why: 'removing every message of a queue one by one is what PurgeQueue does in one call',
  example: ['throw away every message sitting in the orders queue', 'sqs:PurgeQueue'],
} as const;

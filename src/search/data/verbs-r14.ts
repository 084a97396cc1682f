// Data: everyday change verbs (issue 16, round 14) that the synonym table lacked, so a read or
// the opposite operation came first: "nuke the cluster" deletes it, "park the cluster" stops it
// for a while, "unplug the function from the stream" removes the link. Merged into
// VERB_SYNONYMS (data/verbs.ts) like data/verbs-r13.ts; each entry's example must find its
// operation in the top five (test/integration/search/verbs-r14.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/** Getting rid of a thing for good, in slang: delete, or the word AWS uses for that kind. */
const DISCARD = { delete: 1, terminate: 0.9, remove: 0.8, release: 0.7, deregister: 0.6, purge: 0.4 };
/** Setting a thing aside for a while: it is kept, stopped or paused, and can start again. */
const SET_ASIDE = { stop: 1, pause: 1, suspend: 0.8, shutdown: 0.8, disable: 0.5 };
/** Undoing a link between two things that exist. */
const UNLINK = { detach: 1, disassociate: 1, disconnect: 1, remove: 0.9, delete: 0.8, deregister: 0.6 };
/** Letting a frozen thing go again. */
const UNFREEZE = { enable: 1, resume: 1, activate: 0.9, update: 0.5, start: 0.4 };

export const R14_VERBS: Readonly<Record<string, EverydayVerb>> = {
  nuke: {
    weights: DISCARD,
    why: 'nuking something destroys it: a delete (terminate for instances and clusters AWS says so of)',
    example: ['nuke the old test lambda function', 'lambda:DeleteFunction'],
  },
  ditch: {
    weights: DISCARD,
    why: 'ditching something unused gets rid of it; an address is released, a resource deleted',
    example: ['ditch the nat gateway nobody routes through', 'ec2:DeleteNatGateway'],
  },
  scrap: {
    weights: DISCARD,
    why: 'scrapping a draft or a half-built resource throws it away: a delete',
    example: ['scrap the half finished glue job', 'glue:DeleteJob'],
  },
  axe: {
    weights: DISCARD,
    why: 'axing a resource cuts it for good: a delete',
    example: ['axe the unused sns topic', 'sns:DeleteTopic'],
  },
  zap: {
    weights: DISCARD,
    why: 'zapping a resource wipes it out: a delete',
    example: ['zap the stale ebs snapshot', 'ec2:DeleteSnapshot'],
  },
  // "kick the broker", "kick the crawler again": a nudge that gets a stuck thing going, a
  // restart where one exists, else a start ("kick off" and "kick out" are phrasal verbs)
  kick: {
    weights: { reboot: 1, restart: 1, start: 0.8, run: 0.6, retry: 0.5 },
    why: 'kicking a stuck server or job gets it going again: a reboot, or a start of what only starts',
    example: ['kick the hung rds instance', 'rds:RebootDBInstance'],
  },
  park: {
    weights: SET_ASIDE,
    why: 'parking a cluster or a machine sets it aside while it is not needed: stopped or paused, kept',
    example: ['park the dev rds database overnight', 'rds:StopDBInstance'],
  },
  mothball: {
    weights: SET_ASIDE,
    why: 'mothballing something keeps it but takes it out of use: a stop, not a delete',
    example: ['mothball the ec2 build box for a few months', 'ec2:StopInstances'],
  },
  wake: {
    weights: { start: 1, resume: 1, reboot: 0.3 },
    why: 'waking a stopped or paused resource up starts or resumes it',
    example: ['wake the sleeping redshift cluster', 'redshift:ResumeCluster'],
  },
  // a grant, an image or a key is retired by the call AWS names so (RetireGrant, DeregisterImage,
  // ScheduleKeyDeletion); it is never kept running
  retire: {
    weights: { retire: 1, deregister: 1, delete: 0.9, disable: 0.8, deprecate: 0.8, schedule: 0.4 },
    why: 'retiring something takes it out of use for good: retired, deregistered or deleted',
    example: ['retire the old launch template', 'ec2:DeleteLaunchTemplate'],
  },
  unplug: {
    weights: UNLINK,
    why: 'unplugging one thing from another removes the link between them, both stay',
    example: ['unplug the waf web acl from the load balancer', 'wafv2:DisassociateWebACL'],
  },
  unhook: {
    weights: UNLINK,
    why: 'unhooking one thing from another removes the link between them, both stay',
    example: ['unhook the internet gateway from the vpc', 'ec2:DetachInternetGateway'],
  },
  unmute: {
    weights: { enable: 1, activate: 0.8, set: 0.4 },
    why: 'unmuting an alarm or a notification lets it act again: the opposite of mute (disable)',
    example: ['unmute the alarm actions for alarm disk-full', 'cloudwatch:EnableAlarmActions'],
  },
  unfreeze: {
    weights: UNFREEZE,
    why: 'unfreezing lets a frozen user or resource work again: enabled or resumed',
    example: ['unfreeze the disabled iam access key of the ci user', 'iam:UpdateAccessKey'],
  },
  thaw: {
    weights: { restore: 1, ...UNFREEZE },
    why: 'thawing an archived object restores a readable copy; a frozen resource is enabled again',
    example: ['thaw the deep archive object reports/2019.csv', 's3:RestoreObject'],
  },
  undelete: {
    weights: { restore: 1, recover: 0.9, undelete: 1, cancel: 0.8 },
    why: 'undeleting brings back what is deleted or scheduled for deletion (restore, or cancel the deletion)',
    example: ['undelete the secret db-password', 'secretsmanager:RestoreSecret'],
  },
  crank: {
    weights: { increase: 1, update: 0.9, modify: 0.9, set: 0.8, resize: 0.8 },
    why: 'cranking a number up raises it to a new value (capacity, nodes, a rate)',
    example: ['crank the kinesis stream shard count to 16', 'kinesis:UpdateShardCount'],
  },
  trim: {
    weights: { decrease: 1, update: 0.8, modify: 0.8, resize: 0.8, set: 0.7, delete: 0.4 },
    why: 'trimming a group of nodes or replicas makes it smaller: a decrease or an update of its size',
    example: ['trim the elasticache replication group to one replica', 'elasticache:DecreaseReplicaCount'],
  },
  // a cap is a limit set on something that exists, or the first thing that holds the limit
  // (a license configuration, a budget): never the run or the use it limits
  cap: {
    weights: { put: 1, set: 1, update: 0.9, limit: 1, create: 0.7 },
    why: 'capping a count or a spend sets a limit: put or set on what exists, or created as its own thing',
    example: ['cap the report lambda at 5 concurrent executions', 'lambda:PutFunctionConcurrency'],
  },
  pin: {
    weights: { update: 1, set: 0.9, modify: 0.8, put: 0.6 },
    why: 'pinning a thing to a version or revision sets that version on it: an update',
    example: ['pin the lambda alias prod to version 4', 'lambda:UpdateAlias'],
  },
  replay: {
    weights: { start: 1, replay: 1, redrive: 0.6 },
    why: 'replaying recorded events runs them again: a replay is started',
    example: ['replay the events archived on the payments bus', 'events:StartReplay'],
  },
  forget: {
    weights: { forget: 1, delete: 0.9, clear: 0.9, invalidate: 0.9, remove: 0.8, purge: 0.6 },
    why: 'forgetting what is remembered or cached clears it: a device forgotten, a cache invalidated',
    example: [
      'forget the remembered device of user ann in the cognito pool',
      'cognito-idp:AdminForgetDevice',
    ],
  },
  'fire off': {
    weights: { send: 1, put: 1, publish: 1, invoke: 0.6, start: 0.5 },
    why: 'firing off a message, an event or an email sends it at once',
    example: ['fire off a message to the alerts sns topic', 'sns:Publish'],
  },
  'wind down': {
    weights: { stop: 1, shutdown: 1, delete: 0.4, terminate: 0.4 },
    why: 'winding down an application or a cluster stops it gradually; it is kept',
    example: [
      'wind down the kinesis analytics flink app for the night',
      'kinesisanalyticsv2:StopApplication',
    ],
  },
  'pull the plug': {
    weights: { stop: 1, delete: 0.9, terminate: 0.9, shutdown: 0.8, disable: 0.7 },
    why: 'pulling the plug on something running ends it: a stop, or a delete of what only ends so',
    example: ['pull the plug on the sagemaker training job', 'sagemaker:StopTrainingJob'],
  },
};

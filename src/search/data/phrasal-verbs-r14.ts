// Data: phrasal verbs of change split around their object (issue 16, round 14): "wake the
// cluster up", "hand the portfolio over", "point the alias at version 7". Merged at the end of
// PHRASAL_VERBS (data/phrasal-verbs.ts), read the same way; each entry's example must find its
// operation in the top five (test/integration/search/verbs-r14.test.ts).

import type { PhrasalVerb } from './phrasal-verbs.js';

/** Raising or lowering a number on a resource: Increase* or Decrease* where AWS has them, else an update. */
const RAISE = { increase: 1, update: 0.9, modify: 0.9, set: 0.8, resize: 0.8 };
const LOWER = { decrease: 1, update: 0.9, modify: 0.9, set: 0.8, resize: 0.8 };
/** Aiming a name or a route at another target changes what it points to. */
const AIM = { update: 1, change: 1, modify: 0.9, set: 0.8, put: 0.6, associate: 0.5 };
/** "point a new alias at version 4": the name pointed is made, not changed. */
const NEW_THING = ['a', 'an', 'new', 'another'];

export const R14_PHRASAL_VERBS: Readonly<Record<string, PhrasalVerb>> = {
  'wake up': {
    weights: { start: 1, resume: 1, reboot: 0.3 },
    why: 'waking a stopped or paused resource up starts or resumes it',
    example: ['wake the stopped sagemaker notebook instance up', 'sagemaker:StartNotebookInstance'],
  },
  'point at': {
    weights: AIM,
    why: 'pointing a name, an alias or a stream at another target changes its target: an update',
    example: ['point the lambda alias live at version 9', 'lambda:UpdateAlias'],
    unlessBetween: NEW_THING,
  },
  'point to': {
    weights: AIM,
    why: 'pointing a record or an alias to another target changes its target: an update',
    example: [
      'point the api.example.com record to the new cloudfront distribution',
      'route53:ChangeResourceRecordSets',
    ],
    unlessBetween: NEW_THING,
  },
  'crank up': {
    weights: RAISE,
    why: 'cranking a count up raises it: Increase* where AWS has it, else an update',
    example: ['crank the dax cluster replication factor up to 5', 'dax:IncreaseReplicationFactor'],
  },
  'dial up': {
    weights: RAISE,
    why: 'dialling a count or a share up raises it: Increase* where AWS has it, else an update',
    example: ['dial the elasticache replica count up to 3', 'elasticache:IncreaseReplicaCount'],
  },
  'dial down': {
    weights: LOWER,
    why: 'dialling a count or a share down lowers it: Decrease* where AWS has it, else an update',
    example: ['dial the dax cluster nodes down to 2', 'dax:DecreaseReplicationFactor'],
  },
  'trim down': {
    weights: LOWER,
    why: 'trimming a group down makes it smaller: Decrease* where AWS has it, else an update',
    example: ['trim the elasticache replicas down to one', 'elasticache:DecreaseReplicaCount'],
  },
  'switch off': {
    weights: { disable: 1, deactivate: 0.8, stop: 0.8, put: 0.3 },
    why: 'switching a thing off disables or stops it, as the adjacent form does',
    example: ['switch the glue trigger nightly-load off', 'glue:StopTrigger'],
  },
  'switch on': {
    weights: { enable: 1, activate: 0.8, start: 0.8, put: 0.5, update: 0.5 },
    why: 'switching a thing on enables or starts it, as the adjacent form does',
    example: ['switch the glue trigger nightly-load on', 'glue:StartTrigger'],
  },
  // "swap the elastic ip over to the standby": a thing moved over to another holder is attached to it
  'swap over': {
    weights: { associate: 1, attach: 0.9, swap: 0.8, move: 0.8, update: 0.5 },
    why: 'swapping an address or a volume over to another instance moves it there: associated with the new holder',
    example: ['swap elastic ip 203.0.113.10 over to instance i-0abc1234def567890', 'ec2:AssociateAddress'],
  },
  // "make the build server forget its cache": what the thing is made to do is the verb
  'make forget': {
    weights: { forget: 1, invalidate: 1, clear: 1, delete: 0.8, purge: 0.7 },
    why: 'making a thing forget what it remembers clears it (a cache invalidated, a device forgotten); not Create*',
    example: ['make codebuild forget the cache of project web-app', 'codebuild:InvalidateProjectCache'],
  },
  // "give my function a public address": a thing given that is named with a/an is made for the
  // receiver, or joined to it when it exists (a policy); alone, give grants
  // before `give a`, which would read "a" and leave "new" a thing's word: said like `give new`
  'give a new': {
    weights: { create: 1, generate: 0.8, issue: 0.7 },
    why: 'giving someone a NEW thing (a key, a password) makes one for it, as `give new` reads',
    example: ['give the deploy user a new access key', 'iam:CreateAccessKey'],
  },
  'give a': {
    weights: { create: 1, add: 0.9, attach: 0.9, associate: 0.9, put: 0.8, grant: 0.6 },
    why: 'giving something a thing it lacks makes that thing for it (a url, a password) or attaches it, not a grant',
    example: ['give the iam user ann a console password', 'iam:CreateLoginProfile'],
    // "give me a temporary login": a thing got for oneself is obtained, not made for a receiver
    unlessBetween: ['me', 'us'],
  },
  // before `put back` and the older `take out`: "out of service" is a state of a member of a
  // group (standby, OutOfService), the member stays in the group
  'take out of service': {
    weights: { enter: 1, deregister: 0.8, detach: 0.7, stop: 0.5 },
    why: 'taking a member out of service sets it aside in its group (standby) or off the load balancer, kept for later',
    example: [
      'take i-0fedcba9876543210 out of service in auto scaling group web-asg',
      'autoscaling:EnterStandby',
    ],
  },
  'put back in service': {
    weights: { exit: 1, register: 0.8, attach: 0.7, start: 0.5 },
    why: 'putting a member back in service ends its standby or registers it again',
    example: [
      'put i-0fedcba9876543210 back in service in auto scaling group web-asg',
      'autoscaling:ExitStandby',
    ],
  },
  'put back': {
    weights: { register: 1, attach: 0.9, associate: 0.8, add: 0.8, restore: 0.6 },
    why: 'putting a member back into a group or a load balancer registers it again (not Put*)',
    example: ['put i-0fedcba9876543210 back into the web target group', 'elbv2:RegisterTargets'],
  },
};

// Data: everyday verbs of round 19 (on-call wordings), merged into VERB_SYNONYMS by
// verbs-everyday.ts (an entry here overrides one there). Each says why, with an example query
// that must find its operation in the top five (test/integration/search/verbs-r19-oncall.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/**
 * Rolling back: the Rollback* call, else a restore, else stopping what is rolling out; a thing
 * that runs a version (an ECS service, an alias) is rolled back by updating it to the old one
 * (round 21).
 */
const ROLL_BACK = { rollback: 1, stop: 0.8, restore: 0.6, update: 0.4, cancel: 0.4 };

/** Cutting a machine off the network keeps it for forensics: its security groups are replaced. */
const ISOLATE = { modify: 1, update: 0.7, revoke: 0.5 };

export const R19_ONCALL_VERBS: Readonly<Record<string, EverydayVerb>> = {
  quarantine: {
    weights: ISOLATE,
    why: 'quarantining an instance cuts it off while keeping it: its security groups are swapped (ModifyInstanceAttribute), it is not stopped or terminated',
    example: [
      'quarantine ec2 instance i-0abc1234def567890 with the forensics security group',
      'ec2:ModifyInstanceAttribute',
    ],
  },
  isolate: {
    weights: ISOLATE,
    why: 'isolating an instance, as quarantining it, replaces its security groups',
    example: [
      'isolate instance i-0abc1234def567890 into security group sg-0deadbeef',
      'ec2:ModifyInstanceAttribute',
    ],
  },
  cordon: {
    weights: ISOLATE,
    why: 'cordoning a machine off, as quarantining it, replaces its security groups',
    example: [
      'cordon off instance i-0abc1234def567890 with security group sg-0deadbeef',
      'ec2:ModifyInstanceAttribute',
    ],
  },
  // a service with no restart call (ECS) is bounced by updating it with a new deployment
  bounce: {
    weights: { reboot: 1, restart: 1, update: 0.6 },
    why: 'bouncing a server reboots it; a service with no restart call (ECS) is bounced by forcing a new deployment (UpdateService)',
    example: ['bounce ecs service api in cluster prod', 'ecs:UpdateService'],
  },
  // a deployment in progress (CodeDeploy, AppConfig) is rolled back by stopping it: StopDeployment
  // reverts it, and there is no Rollback* call for it
  'roll back': {
    weights: ROLL_BACK,
    why: 'rolling back a deployment in progress stops it (StopDeployment reverts it); where a Rollback* call exists it leads',
    example: ['roll back the in-progress deployment d-1A2B3C4D5 in codedeploy', 'codedeploy:StopDeployment'],
  },
  rollback: {
    weights: ROLL_BACK,
    why: 'a rollback is the same as rolling back',
    example: ['rollback codedeploy deployment d-ABCDEF123', 'codedeploy:StopDeployment'],
  },
};

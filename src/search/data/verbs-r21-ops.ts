// Data: everyday verbs of round 21 (on-call and routine operations wordings), merged into
// VERB_SYNONYMS by verbs-everyday.ts (an entry here overrides one there). Each says why, with an
// example query that must find its operation in the top five (test/integration/search/verbs-r21-ops.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/**
 * Switching a thing off: its Disable* call where one exists, else the Update* call that sets its
 * status (IAM access keys, SSH keys and signing certificates go Inactive, a Lambda event source
 * mapping goes Enabled=false). `enable` already reads update at 0.5 (data/verbs.ts); the off side
 * lacked it, so the Delete* call, which only shares the object, came first.
 */
const SWITCH_OFF = { disable: 1, deactivate: 0.8, update: 0.4, stop: 0.4, put: 0.3 };

/**
 * Going back to an older version: a Rollback* call where one exists, a restore for data, and for
 * a thing that runs a version (an ECS service, a Lambda alias) the update that points it back (as
 * `roll back` in verbs-r19-oncall.ts). `revert` adds stop.
 */
const GO_BACK = { rollback: 1, restore: 0.8, update: 0.7 };

export const R21_OPS_VERBS: Readonly<Record<string, EverydayVerb>> = {
  disable: {
    weights: SWITCH_OFF,
    why: 'disabling a thing with no Disable* call of its own sets its status through Update* (an access key goes Inactive), as enabling does',
    example: ['disable the access key of user ci-deployer', 'iam:UpdateAccessKey'],
  },
  'turn off': {
    weights: { ...SWITCH_OFF, stop: 0.6 },
    why: 'turning a thing off disables it, through Update* where no Disable* call exists',
    example: ['turn off the event source mapping of function worker', 'lambda:UpdateEventSourceMapping'],
  },
  'switch off': {
    weights: { disable: 1, deactivate: 0.8, stop: 0.6, update: 0.4 },
    why: 'switching a thing off disables it, through Update* where no Disable* call exists',
    example: ['switch off the ssh public key of user alice', 'iam:UpdateSSHPublicKey'],
  },
  deactivate: {
    weights: { deactivate: 1, disable: 0.9, update: 0.5 },
    why: 'deactivating a thing sets its status to inactive: an Update* call where no Deactivate* exists',
    example: ['deactivate the signing certificate of user bob', 'iam:UpdateSigningCertificate'],
  },
  activate: {
    weights: { activate: 1, enable: 0.9, update: 0.5 },
    why: 'activating a thing again sets its status to active: an Update* call where no Activate* exists',
    example: ['activate the access key of user bob again', 'iam:UpdateAccessKey'],
  },
  // "page the team" as the request's verb; "declare an incident and page the team" keeps its
  // first verb, and "page me when cpu ..." is an alarm (concepts-infrastructure.ts)
  page: {
    weights: { start: 1, send: 0.6 },
    why: 'paging a person or a team now starts an Incident Manager engagement of the contact',
    example: ['page the on-call person for the checkout service', 'ssm-contacts:StartEngagement'],
  },
  // going back to an older version (GO_BACK)
  revert: {
    weights: { ...GO_BACK, stop: 0.4 },
    why: 'reverting a thing to an older version rolls it back: its Rollback* call, a restore, or an update that points it at the old version',
    example: ['revert ecs service web to task definition web:12', 'ecs:UpdateService'],
  },
  'go back': {
    weights: GO_BACK,
    why: 'going back to a previous version or point in time rolls the thing back, restores it, or points it at the old version',
    example: ['go back to the previous task definition for service payments', 'ecs:UpdateService'],
  },
};

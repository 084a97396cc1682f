// Data: words that make an operation written out in the query (`s3:DeleteObject`) an IAM action
// the request is about, not the call wanted. "can alice do s3:DeleteObject", "which policies deny
// ec2:TerminateInstances", "grant s3:GetObject to the role": the person asks about or changes a
// permission. Ranking the named action first would answer a question with a change (here even a
// destructive one); the entry's terms name what answers it instead. An action that itself sets
// permissions (PutBucketPolicy, AddPermission) keeps its exact match.
// Each entry says why and gives an example (query, an operation it must rank in the top five).

import type { Reasoned } from './reasoned.js';
import { R18_KNOWN_PERMISSION_WORDS } from './action-mentions-r18-known.js';

export interface ActionMention extends Reasoned {
  /** Index terms of what answers the request, and the services it lives in. */
  readonly terms: string;
  readonly services: readonly string[];
}

const SIMULATE = { terms: 'simulate principal policy', services: ['iam'] } as const;

/** Lowercase words that, anywhere in the query, make a written-out action a permission's action. */
export const PERMISSION_WORDS: Readonly<Record<string, ActionMention>> = {
  allowed: {
    ...SIMULATE,
    why: 'asks whether an identity may perform the action: the policy simulator answers',
    example: ['is role deployer allowed to call s3:PutObject', 'iam:SimulatePrincipalPolicy'],
  },
  permission: {
    ...SIMULATE,
    why: 'asks about the permission that covers the action',
    example: ['does user bob have permission for sqs:SendMessage', 'iam:SimulatePrincipalPolicy'],
  },
  permissions: {
    ...SIMULATE,
    why: 'asks about the permissions that cover the action',
    example: ['which permissions let someone call kms:Decrypt', 'iam:SimulatePrincipalPolicy'],
  },
  permitted: {
    ...SIMULATE,
    why: 'asks whether an identity may perform the action',
    example: ['is user carol permitted to run ec2:StopInstances', 'iam:SimulatePrincipalPolicy'],
  },
  deny: {
    ...SIMULATE,
    why: 'a policy statement denies the action: the question is which policies decide it',
    example: ['which policies deny ec2:TerminateInstances for me', 'iam:SimulatePrincipalPolicy'],
  },
  denied: {
    ...SIMULATE,
    why: 'an access-denied error on the action: the question is what refused it',
    example: ['why is s3:GetObject denied for role reports-reader', 'iam:SimulatePrincipalPolicy'],
  },
  authorized: {
    ...SIMULATE,
    why: 'asks whether an identity may perform the action',
    example: ['is the ci role authorized for ecr:PutImage', 'iam:SimulatePrincipalPolicy'],
  },
  simulate: {
    ...SIMULATE,
    why: 'simulating an action evaluates the policies for it without calling it',
    example: ['simulate dynamodb:DeleteTable for user dave', 'iam:SimulatePrincipalPolicy'],
  },
  grant: {
    terms: 'put role policy',
    services: ['iam'],
    why: 'granting an action to a role is writing a policy on the role, not calling the action',
    example: ['grant sqs:SendMessage to the lambda role', 'iam:PutRolePolicy'],
  },
  ...R18_KNOWN_PERMISSION_WORDS,
};

/**
 * "can <someone> do <action>": a modal a few words before a verb of performing that stands right
 * before the written-out action asks whether it may be done ("can you run X" asks for the call).
 */
export const MAY_DO: Readonly<Record<string, ActionMention>> = {
  can: {
    ...SIMULATE,
    why: '"can alice do s3:DeleteObject" asks whether she may, not to delete',
    example: ['can alice do s3:DeleteObject on the finance bucket', 'iam:SimulatePrincipalPolicy'],
  },
  could: {
    ...SIMULATE,
    why: '"could the role call X" asks whether it may',
    example: ['could role builder call ecr:PutImage', 'iam:SimulatePrincipalPolicy'],
  },
  may: {
    ...SIMULATE,
    why: '"may the user perform X" asks whether it may',
    example: ['may user erin perform sns:Publish', 'iam:SimulatePrincipalPolicy'],
  },
};

/** Verbs of performing that follow the modal: "can X do / call / perform / run <action>". */
export const PERFORM_VERBS: ReadonlySet<string> = new Set(['do', 'call', 'perform', 'invoke', 'run', 'use']);

/** The one asked to act, not an identity asked about: "can you run X" is a request. */
export const ADDRESSEES: ReadonlySet<string> = new Set(['you', 'u']);

/** How many tokens before the verb the modal may stand ("can the ci role do"). */
export const MODAL_REACH = 4;

/** Words in an operation's name that mark it as itself setting permissions. */
export const PERMISSION_SETTING_NAME = /Polic(?:y|ies)|Permission|Grant|Acl|Access/;

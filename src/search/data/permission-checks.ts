// Data: questions that check a permission in plain words (src/search/elsewhere.ts). "can the
// deploy role read objects from the assets bucket", "is alice allowed to delete the table", "why am
// I getting access denied on the queue": the answer is IAM's policy simulator, not the action
// (s3:GetObject) nor the resource's policy read. data/action-mentions.ts does the same for an
// action written out (`s3:DeleteObject`); a request to grant ("let the role read") is a change and
// is left to data/concepts-r10-grants.ts. Each entry says why and gives an example.

import type { ElsewhereAnswer } from './asked-elsewhere.js';

export const PERMISSION_CHECK = {
  /** Modals that, said of an identity, ask whether it may: "can the ci role push to ecr". */
  modals: new Set(['can', 'could', 'may']),
  /** Words that name who acts: a modal said of one asks about its permissions. */
  identities: new Set([
    'role',
    'user',
    'group',
    'principal',
    'identity',
    'identities',
    'account',
    'users',
    'roles',
  ]),
  /**
   * "what can bob do (in this account)": whoever is named before `do`, a person or an identity,
   * is asked about as a whole: what its policies allow (within `reach` words of the modal).
   */
  whatCanDo: { opener: 'what', verb: 'do' },
  /** How many words may stand between the modal and the identity word ("can my app role"). */
  reach: 4,
  /** The one asked or asking to act: "can you list", "can I restore" ask how, not whether allowed. */
  speakers: new Set(['you', 'u', 'i', 'we']),
  /** Words before a may-word that are no identity asked about ("are we allowed": a quota; "which ports are allowed"). */
  notSubjects: new Set([
    'you',
    'u',
    'i',
    'we',
    'it',
    'this',
    'that',
    'they',
    'is',
    'are',
    'be',
    'been',
    'being',
    'not',
    'am',
    're',
    'account',
  ]),
  /** Words of a limit: "the max number of vpcs allowed" asks for a quota, not a permission. */
  limits: new Set(['max', 'maximum', 'number', 'many', 'much', 'limit', 'limits', 'quota', 'quotas']),
  /** Words that open a check: "does X have access", "check whether the group can". */
  checkOpeners: new Set([
    'does',
    'do',
    'did',
    'whether',
    'if',
    'can',
    'could',
    'would',
    'will',
    'check',
    'test',
    'verify',
  ]),
  /** Words that point at one policy document: "this policy allows". */
  pointers: new Set(['this', 'that', 'the', 'my', 'our', 'a', 'new']),
  /**
   * Words before "policies" that name documents or ask which ones, not someone's set of policies:
   * "would these policies allow" checks documents in hand, "which policies allow" looks for them;
   * "would alice's policies allow her" asks about alice.
   */
  documentPointers: new Set([
    'these',
    'those',
    'the',
    'new',
    'both',
    'draft',
    'two',
    'three',
    'which',
    'what',
    'any',
    'all',
    'some',
  ]),
  /** Words that ask whether someone may ("is bob allowed to terminate instances"). */
  mayWords: new Set(['allowed', 'permitted', 'authorized', 'authorised']),
  /** "does X have permission / access to": the question's noun after have/has. */
  haveWords: new Set(['permission', 'permissions', 'access', 'rights', 'privileges']),
  /** Words of a refusal: "why am I getting access denied". */
  refusals: new Set(['denied', 'accessdenied', 'unauthorized', 'unauthorised', 'forbidden']),
  /** Verbs a policy is said to do ("would this policy let someone delete tables"). */
  policyVerbs: new Set([
    'allow',
    'allows',
    'let',
    'lets',
    'permit',
    'permits',
    'deny',
    'denies',
    'grant',
    'grants',
  ]),
  principal: {
    terms: 'simulate principal policy',
    services: ['iam'],
    head: 'principal',
    why: 'whether a user, group or role may do an action is evaluated by simulating its policies for that action',
    example: ['can the build role write objects to the artifacts bucket', 'iam:SimulatePrincipalPolicy'],
  } satisfies ElsewhereAnswer,
  custom: {
    terms: 'simulate custom policy',
    services: ['iam'],
    head: 'custom',
    why: 'what a policy document (not yet attached) allows is evaluated by simulating the document itself',
    example: ['would this policy let someone stop ec2 instances', 'iam:SimulateCustomPolicy'],
  } satisfies ElsewhereAnswer,
  /** Words before "denied" that make it a refusal of a request ("access denied"), not a list ("denied topics"). */
  refusedOf: new Set([
    'access',
    'permission',
    'is',
    'was',
    'am',
    'are',
    'being',
    'getting',
    'get',
    'got',
    'keep',
  ]),
  /** "do we have production access": we is the account, whose access is a setting of the service. */
  accountSpeakers: new Set(['we', 'us']),
  /** "can bob sign in to the console": console sign-in is a login profile, not a policy's action. */
  signIn: new Set(['sign', 'login', 'log', 'signin']),
  /** Words about the refusal's message: "decode the encoded access denied message" reads it out. */
  messageWords: new Set([
    'encoded',
    'blob',
    'scrambled',
    'garbled',
    'decode',
    'message',
    'readable',
    'gibberish',
  ]),
  decode: {
    terms: 'decode authorization message',
    services: ['sts'],
    why: 'an access-denied error can carry an encoded message: STS decodes it into the request and the policies that decided it',
    example: ['decode the encoded message in an access denied error', 'sts:DecodeAuthorizationMessage'],
  } satisfies ElsewhereAnswer,
  /** Words that put the check in a Verified Permissions policy store (Cedar), not IAM. */
  storeWords: new Set(['cedar', 'store', 'avp']),
  store: {
    terms: 'is authorized',
    services: ['verifiedpermissions'],
    why: "an application's own permissions live in a Verified Permissions policy store: IsAuthorized decides a request",
    example: [
      'is user jane allowed to edit document 7 in our policy store',
      'verifiedpermissions:IsAuthorized',
    ],
  } satisfies ElsewhereAnswer,
};

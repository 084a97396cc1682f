// Data: a grant to a principal (src/search/grants.ts). "let the etl role read the raw bucket",
// "give alice read access to the reports bucket", "allow the reporting lambda to read the orders
// table": what the principal may do is a policy on the principal (an inline or attached IAM
// policy), not an ACL or a setting of the thing read. Another account is the exception: it gets
// a statement in the resource's own policy. Written from how IAM and resource policies work.

import type { Reasoned } from './reasoned.js';

/** What a grant becomes: the policy's words, its service, the verbs that set it, and its noun. */
export interface GrantAnswer extends Reasoned {
  readonly terms: string;
  readonly services: readonly string[];
  readonly verbs: readonly string[];
  readonly head: string;
}

const PRINCIPAL_POLICY = (
  kind: 'role' | 'user' | 'group',
): Pick<GrantAnswer, 'terms' | 'services' | 'verbs' | 'head'> => ({
  terms: `${kind} policy`,
  services: ['iam'],
  verbs: ['put', 'attach'],
  head: `${kind} policy`,
});

export const GRANT = {
  /** Words that open a grant ("let", "allow", "give", "grant"), at most `openerReach` words in. */
  verbs: new Set(['let', 'allow', 'give', 'grant', 'permit']),
  openerReach: 4,
  /** How many words after the grant verb may name the principal. */
  reach: 6,
  /** Words before the grant verb that keep it a request ("how do i let", "i need to give"). */
  lead: new Set([
    'how',
    'do',
    'i',
    'we',
    'to',
    'please',
    'need',
    'want',
    'should',
    'can',
    'you',
    'help',
    'me',
  ]),
  /** What the principal may do: these after the principal make the sentence a grant. */
  access: new Set([
    'read',
    'write',
    'access',
    'permission',
    'permissions',
    'consume',
    'publish',
    'push',
    'pull',
    'decrypt',
    'encrypt',
    'use',
    'list',
    'query',
    'send',
    'receive',
    'get',
    'put',
    'delete',
    'scan',
    'download',
    'upload',
    'fetch',
    'call',
    'invoke',
    'modify',
    'update',
  ]),
  /** Not a person: "let everyone read the bucket" makes it public (an ACL or the bucket policy). */
  everyone: new Set(['everyone', 'anyone', 'anybody', 'everybody', 'public', 'world', 'all']),
  /** After an access word, these make it a thing ("a new access KEY", "access point"): no grant. */
  accessCompounds: new Set([
    'key',
    'keys',
    'point',
    'points',
    'log',
    'logs',
    'token',
    'tokens',
    'entry',
    'entries',
  ]),
  /**
   * Grants kept somewhere else than IAM policies: Identity Center assigns permission sets, Lake
   * Formation grants on its catalog (concepts of their own rank those).
   */
  elsewhere: new Set([
    'identity',
    'sso',
    'permission set',
    'lake',
    'lakeformation',
    'formation',
    // a Service Catalog portfolio is shared by associating the principal with it
    'portfolio',
    // an app's own signed-in users act on their own things (Cognito), not through IAM
    'own',
    'signed',
    'logged',
  ]),
  /** Nouns naming who is granted, by the kind of policy that holds the grant. */
  principals: new Map<string, 'role' | 'user' | 'group' | 'account'>([
    ['role', 'role'],
    ['function', 'role'],
    ['lambda', 'role'],
    ['instance', 'role'],
    ['task', 'role'],
    ['job', 'role'],
    ['user', 'user'],
    ['group', 'group'],
    ['team', 'group'],
    ['account', 'account'],
  ]),
};

/** The policy on the principal, by the kind of principal. */
export const PRINCIPAL_GRANTS: Readonly<Record<'role' | 'user' | 'group' | 'person', GrantAnswer>> = {
  role: {
    ...PRINCIPAL_POLICY('role'),
    why: 'a role (and a function, an instance or a task acting with one) may do what the policies on the role allow',
    example: ['let the etl role read the raw-data s3 bucket', 'iam:AttachRolePolicy'],
  },
  user: {
    ...PRINCIPAL_POLICY('user'),
    why: "an IAM user's permissions are the policies on the user (inline or attached)",
    example: ['give the ci user permission to push images to ecr', 'iam:AttachUserPolicy'],
  },
  group: {
    ...PRINCIPAL_POLICY('group'),
    why: "a group's members get what the policies on the group allow",
    example: ['grant the analysts group read access to the exports bucket', 'iam:AttachGroupPolicy'],
  },
  person: {
    ...PRINCIPAL_POLICY('user'),
    why: 'a person named right after the grant verb ("give alice ...") is an IAM user: the grant is a policy on the user',
    example: ['give alice read access to the reports bucket', 'iam:AttachUserPolicy'],
  },
};

/** Another account is granted in the resource's own policy, by the kind of resource named. */
export const ACCOUNT_GRANTS: ReadonlyMap<string, GrantAnswer> = new Map([
  [
    'bucket',
    {
      terms: 'bucket policy',
      services: ['s3'],
      verbs: ['put'],
      head: 'bucket policy',
      why: 'another account reads a bucket when the bucket policy names it',
      example: ["let the partner account's role read objects in our bucket", 's3:PutBucketPolicy'],
    },
  ],
  [
    'queue',
    {
      terms: 'add permission queue',
      services: ['sqs'],
      verbs: ['add'],
      head: 'permission',
      why: "another account's access to a queue is a statement added to the queue policy",
      example: ['allow the other account to send to our jobs queue', 'sqs:AddPermission'],
    },
  ],
  [
    'topic',
    {
      terms: 'add permission topic',
      services: ['sns'],
      verbs: ['add'],
      head: 'permission',
      why: "another account's access to a topic is a statement added to the topic policy",
      example: ['allow the audit account to subscribe to our alerts topic', 'sns:AddPermission'],
    },
  ],
  [
    'key',
    {
      terms: 'key policy',
      services: ['kms'],
      verbs: ['put'],
      head: 'key policy',
      why: 'another account uses a KMS key only when the key policy allows it',
      example: ['let the backup account decrypt with our kms key', 'kms:PutKeyPolicy'],
    },
  ],
  [
    'repository',
    {
      terms: 'repository policy',
      services: ['ecr'],
      verbs: ['set'],
      head: 'repository policy',
      why: 'another account pulls images when the repository policy allows it',
      example: ['let the prod account pull from our ecr repository', 'ecr:SetRepositoryPolicy'],
    },
  ],
  [
    'function',
    {
      terms: 'add permission function',
      services: ['lambda'],
      verbs: ['add'],
      head: 'permission',
      why: 'another account invokes a function when a statement is added to the function policy',
      example: ['allow the partner account to invoke our billing function', 'lambda:AddPermission'],
    },
  ],
]);

// Data: words that make a written-out IAM action (`s3:GetObject`) the content of a policy being
// written, not the call wanted (issue 16, round 18; see action-mentions.ts). Agents paste the
// action they want a policy to let through: "attach a bucket policy to static-site-prod that
// lets everyone s3:GetObject" writes a bucket policy, it does not download an object. The words
// of the rest of the query (bucket policy, key policy, role) say which policy; these terms only
// say a policy is written. Spread into PERMISSION_WORDS; each example is tested in
// test/integration/search/action-mentions.test.ts.

import type { ActionMention } from './action-mentions.js';

const WRITE_POLICY = { terms: 'put policy', services: [] } as const;

export const R18_KNOWN_PERMISSION_WORDS: Readonly<Record<string, ActionMention>> = {
  policy: {
    ...WRITE_POLICY,
    why: 'a policy named with an action in it is the policy to write or read; the action is its statement',
    example: ['attach a bucket policy to media-public that lets anyone s3:GetObject', 's3:PutBucketPolicy'],
  },
  allow: {
    ...WRITE_POLICY,
    why: 'allowing an action is a statement in a policy, not a call of the action',
    example: ['on bucket audit-drop allow s3:PutObject from account 111122223333', 's3:PutBucketPolicy'],
  },
  allows: {
    ...WRITE_POLICY,
    why: 'a policy that allows an action holds it as a statement',
    example: ['a key policy for key alias/app that allows kms:Decrypt to the web role', 'kms:PutKeyPolicy'],
  },
  allowing: {
    ...WRITE_POLICY,
    why: 'a policy allowing an action holds it as a statement',
    example: ['inline policy on role etl-runner allowing dynamodb:PutItem', 'iam:PutRolePolicy'],
  },
};

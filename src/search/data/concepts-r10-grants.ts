// Data: a grant between two resources (see concepts.ts). "let the role read the bucket" is about
// the role's permissions, not the bucket: a role gets a policy (inline or attached); a service
// allowed to call a function, or another account allowed on a topic, is a permission added to
// the resource's own policy. Written from how IAM and resource policies work.

import type { Concept } from './concepts.js';

export const R10_GRANT_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'let the role',
      'let my role',
      'allow the role',
      'allow my role',
      'give the role',
      'give my role',
      'role access to',
      'role access',
      'role permission to',
      'role permissions to',
    ],
    terms: 'role policy',
    services: ['iam'],
    why: 'what an IAM role may do is set by the policies on the role: an inline policy or an attached managed one',
    example: ['let the role read the s3 bucket', 'iam:AttachRolePolicy'],
  },
  {
    phrases: [
      'allow the function to',
      'allow the lambda function to',
      'allow my lambda function to',
      'allow lambda to',
      'let the function',
      'let the lambda function',
      'let my lambda function',
      'let lambda',
      'give the lambda function access',
      'give lambda access',
    ],
    terms: 'role policy',
    services: ['iam'],
    why: 'a Lambda function acts with its execution role: letting it use another resource is a policy on that role',
    example: ['allow the lambda function to write to the dynamodb table', 'iam:PutRolePolicy'],
  },
  {
    phrases: [
      'to invoke my lambda',
      'to invoke my function',
      'to invoke the function',
      'to invoke the lambda',
      'permission to invoke',
      'sns invoke',
      's3 invoke',
      'eventbridge invoke',
    ],
    terms: 'add permission',
    services: ['lambda'],
    why: 'another service or account allowed to invoke a function is a statement added to the function policy',
    example: ['let sns invoke my lambda function', 'lambda:AddPermission'],
  },
];

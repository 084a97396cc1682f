// Data: concepts (see concepts.ts) for issue 16 round 20, paraphrases for the best-known
// twenty-five services: the everyday words an engineer types in chat for a thing AWS names
// otherwise (servers "behind the alb" and "in rotation" are a target group's targets, "passing
// checks" is their health, "long-lived creds" are access keys, a run that "blew up" failed).

import type { Concept } from './concepts.js';

export const R20_PARATOP_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'behind the alb',
      'behind the nlb',
      'behind the elb',
      'behind the lb',
      'behind the load balancer',
      'behind our alb',
      'behind our load balancer',
      'behind my load balancer',
    ],
    terms: 'target',
    services: ['elbv2'],
    why: 'the servers, tasks or IPs behind a load balancer are the registered targets of its target groups',
    example: ['are the servers behind the alb web-prod healthy', 'elbv2:DescribeTargetHealth'],
  },
  {
    phrases: [
      'out of rotation',
      'out of the rotation',
      'into rotation',
      'into the rotation',
      'back in rotation',
      'in rotation',
      'alb rotation',
      'lb rotation',
      'load balancer rotation',
    ],
    terms: 'target',
    services: ['elbv2'],
    why: 'a server in or out of rotation is a load balancer target registered or deregistered (not key rotation)',
    example: ['put i-0abc1234def567890 back in rotation on the alb', 'elbv2:RegisterTargets'],
  },
  {
    phrases: [
      'passing checks',
      'passing its checks',
      'passing their checks',
      'passing health checks',
      'pass health checks',
      'failing checks',
      'failing their checks',
      'failing health checks',
      'fail health checks',
    ],
    terms: 'health',
    why: 'checks a server or target passes or fails are its health checks: its health is what is asked',
    example: ['are the tasks behind the nlb failing their checks', 'elbv2:DescribeTargetHealth'],
  },
  {
    phrases: [
      'long-lived creds',
      'long-lived credentials',
      'long-lived keys',
      'long lived creds',
      'long lived credentials',
      'long term credentials',
      'long-term credentials',
      'static credentials',
      'static creds',
      'static keys',
      'static aws keys',
    ],
    terms: 'access key',
    services: ['iam'],
    why: 'long-lived (static) AWS credentials of a user are IAM access keys, as opposed to temporary STS credentials',
    example: ['find every static aws key older than 90 days for user deploy-bot', 'iam:ListAccessKeys'],
  },
  {
    phrases: [
      'blew up',
      'blow up',
      'blows up',
      'blown up',
      'fell over',
      'falls over',
      'fall over',
      'went sideways',
      'went belly up',
      'fell flat',
    ],
    terms: 'fail error',
    why: 'a run or job that blew up or fell over failed: its failure and error are asked about',
    example: [
      'the step functions run blew up at some state, show me its history',
      'stepfunctions:GetExecutionHistory',
    ],
  },
  {
    phrases: ['trust doc', 'trust docs', 'trust json', 'take on the role', 'take on a role', 'take on role'],
    terms: 'assume role trust policy',
    services: ['iam'],
    why: "who may take on a role is written in its trust policy (the assume role policy document); 'doc' is people's short word",
    example: ['show the trust doc of role deployer', 'iam:GetRole'],
  },
];

// Data: concepts (see concepts.ts) for EC2, Auto Scaling and load balancers in the words people
// use instead of the product's own (a point-in-time copy of a disk is a snapshot, sending http on
// to https is a listener redirect, keeping people from deleting something is a protection setting).
// Issue 16, round 11.

import type { Concept } from './concepts.js';

export const R11_EC2_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['point in time copy', 'point in time image', 'copy as it is now', 'frozen copy'],
    terms: 'create snapshot',
    why: 'a copy of a disk or database frozen at one moment is a snapshot (EBS, RDS, ElastiCache), not a point-in-time restore',
    example: ['point in time copy of vol-0123456789abcdef0 before the kernel patch', 'ec2:CreateSnapshot'],
  },
  {
    phrases: ['to https', 'force https', 'https only', 'https redirect', 'redirect to https'],
    terms: 'listener redirect',
    services: ['elbv2'],
    why: 'sending plain http on to https is a redirect action on the load balancer listener for port 80',
    example: ['make the alb push every plain http visitor to https', 'elbv2:ModifyListener'],
  },
  {
    phrases: [
      'stop people from',
      'stop anyone from',
      'stop someone from',
      'keep people from',
      'prevent anyone from',
      'prevent people from',
    ],
    terms: 'protection',
    why: 'keeping people from deleting or terminating a resource is its deletion or termination protection setting',
    example: ['stop anyone from terminating i-0123456789abcdef0', 'ec2:ModifyInstanceAttribute'],
  },
  {
    phrases: [
      'data drive',
      'hard drive',
      'gp3 drive',
      'gp2 drive',
      'root drive',
      'extra drive',
      'ebs drive',
      'new drive',
    ],
    terms: 'volume',
    services: ['ec2'],
    why: 'a drive of a server is its disk, an EBS volume, not a route to drive along',
    example: ['unplug the data drive from i-0123456789abcdef0', 'ec2:DetachVolume'],
  },
  {
    phrases: ['tls policy', 'tls policies', 'tls security policy', 'tls version policy'],
    terms: 'ssl policy',
    services: ['elbv2', 'elb'],
    why: 'load balancers name the TLS protocol and cipher set of a listener an SSL (security) policy',
    example: ['which tls policies does the alb offer', 'elbv2:DescribeSSLPolicies'],
  },
];

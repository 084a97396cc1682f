// Data: concepts (see concepts.ts) for the second-tier compute, network and storage services in
// the words people use instead of the product's own: a "web fleet" of servers is an Auto Scaling
// group (EC2 Fleet is a launch request few people mean), a "pool of servers" behind a load
// balancer is a target group, the pool that runs Batch jobs is a compute environment.
// Issue 16, round 14 (second tier, group a).

import type { Concept } from './concepts.js';

export const R14_TAIL_A_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'fleet of servers',
      'fleet of machines',
      'fleet of web servers',
      'servers in the fleet',
      'machines in the fleet',
      'servers in the web fleet',
      'machines in the web fleet',
      'size of the web fleet',
      'grow the web fleet',
      'shrink the web fleet',
      'scale the web fleet',
      'grow the app fleet',
      'shrink the app fleet',
      'scale the app fleet',
    ],
    terms: 'auto scaling group',
    why: 'the fleet of servers behind an app, grown or shrunk, is the Auto Scaling group that keeps its size; EC2 Fleet is a one-off launch request (sized phrases only: across the web fleet is where an SSM command runs)',
    example: ['grow the app fleet to 12 machines for the sale', 'autoscaling:SetDesiredCapacity'],
  },
  {
    phrases: [
      'pool of servers',
      'server pool',
      'backend pool',
      'pool of backends',
      'group of backends',
      'pool of instances',
    ],
    terms: 'target group',
    services: ['elbv2'],
    why: 'the set of servers a load balancer sends requests to is a target group',
    example: ['put i-0123456789abcdef0 in the backend pool of my alb', 'elbv2:RegisterTargets'],
  },
  {
    phrases: ['batch fleet', 'batch compute pool', 'compute pool for jobs', 'batch pool', 'batch cluster'],
    terms: 'compute environment',
    services: ['batch'],
    why: 'the instances AWS Batch runs jobs on are a compute environment (its maxvCpus caps their size)',
    example: ['cap the batch compute pool at 512 vcpus', 'batch:UpdateComputeEnvironment'],
  },
  {
    phrases: [
      'on-prem file share',
      'on premises file share',
      'onprem file share',
      'file share on prem',
      'share on the gateway',
      'nfs share backed by s3',
      'smb share backed by s3',
    ],
    terms: 'file share gateway cache',
    services: ['storagegateway'],
    why: 'an on-premises NFS or SMB share whose files live in an S3 bucket is a Storage Gateway file share (copying a NAS once is DataSync)',
    example: [
      'objects put in the bucket by a lambda are missing on the on-prem file share',
      'storagegateway:RefreshCache',
    ],
  },
  {
    phrases: ['re-read', 'reread', 'rescan', 're-scan', 're-list'],
    terms: 'refresh',
    why: 'reading a listing again so new files show is a refresh (Storage Gateway RefreshCache), not a read of the files',
    example: ['rescan the bucket so the nfs share lists the new files', 'storagegateway:RefreshCache'],
  },
];

// Data: concepts (see concepts.ts) for issue 16 round 19 (choosing among one service's
// operations): everyday words that pick the sibling without its name: old copies of every
// object kept (versioning, not replication), a repository of container images (ECR, not ECS),
// what a shopper is likely to want (the runtime's recommendations, not the trainer's campaign).

import type { Concept } from './concepts.js';

export const R19_SIBLING_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'old copies of objects',
      'old copies of files',
      'old copies of every object',
      'old copies of every file',
      'old copies of each object',
      'keep old copies',
      'keeping old copies',
      'earlier copies of objects',
      'earlier copies of files',
      'every copy of an object',
    ],
    terms: 'bucket versioning',
    services: ['s3'],
    why: 'old copies of each object kept in the bucket as it is overwritten are S3 versioning; a replica in another bucket is replication',
    example: ['keep old copies of files in bucket media when they get overwritten', 's3:PutBucketVersioning'],
  },
  {
    phrases: [
      'container repository',
      'container repositories',
      'container repo',
      'container repos',
      'image repository',
      'image repositories',
      'image repo',
      'docker repository',
      'docker repo',
    ],
    terms: 'repository image',
    services: ['ecr'],
    why: 'a repository of container images is an ECR repository; ECS runs the containers, it keeps no images',
    example: ['list the images in container repository web', 'ecr:ListImages'],
  },
  {
    phrases: [
      'likely to want',
      'likely to buy',
      'likely to like',
      'might like',
      'might want',
      'might buy',
      'suggested items',
      'items to suggest',
      'what to suggest',
    ],
    terms: 'get recommendations',
    services: ['personalize-runtime'],
    why: 'the items a user is likely to want are the recommendations a deployed campaign returns (personalize-runtime), not the campaign itself',
    example: [
      'products user 42 might like from our personalize campaign',
      'personalize-runtime:GetRecommendations',
    ],
  },
];

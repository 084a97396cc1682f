// Data: concepts (see concepts.ts) for compute words that the stemmer and the vocabulary miss.

import type { Concept } from './concepts.js';

export const R7_COMPUTE_CONCEPTS: readonly Concept[] = [
  {
    // the stemmer keeps `amis` whole (an -is ending, as in `analysis`), so the vocabulary's `ami`
    // never sees the plural people write when they mean several images
    phrases: ['amis'],
    terms: 'image',
    services: ['ec2'],
    why: 'AMIs are EC2 machine images; the plural must reach ec2 images like the singular does',
    example: ['list the amis our account owns', 'ec2:DescribeImages'],
  },
  {
    // "more memory" alone asks to resize (concepts-applications.ts); too much of it, or more than
    // a workload needs, asks whether it is oversized, which Compute Optimizer answers
    phrases: [
      'too much memory',
      'too much ram',
      'too much cpu',
      'more memory than needed',
      'more cpu than needed',
    ],
    terms: 'recommendations',
    services: ['compute-optimizer'],
    why: 'capacity beyond what a workload uses is the over-provisioning Compute Optimizer reports',
    example: [
      'which lambdas are given too much memory',
      'compute-optimizer:GetLambdaFunctionRecommendations',
    ],
  },
];

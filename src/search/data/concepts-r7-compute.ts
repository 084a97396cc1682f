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
];

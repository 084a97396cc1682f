// Data: everyday phrases of delivery and resilience work (see concepts.ts), round 8 of the
// devops group: injecting a fault on purpose, an application's resiliency score against its
// recovery targets.

import type { Concept } from './concepts.js';

export const R8_DEVOPS_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'inject a fault',
      'inject faults',
      'injecting faults',
      'simulate an outage',
      'simulate an az outage',
      'losing an az',
      'lose an az',
      'losing an availability zone',
    ],
    terms: 'start experiment',
    services: ['fis'],
    why: 'injecting a fault or simulating an outage on purpose is a Fault Injection Service experiment',
    example: ['inject faults into the checkout service to watch how it copes', 'fis:StartExperiment'],
  },
  {
    phrases: [
      'resiliency score',
      'resilience score',
      'rto and rpo',
      'rpo and rto',
      'recovery time objective',
      'recovery point objective',
    ],
    terms: 'app assessment',
    services: ['resiliencehub'],
    why: 'scoring an application against its recovery time and point objectives is a Resilience Hub assessment',
    example: ['does the orders app meet its rpo and rto targets', 'resiliencehub:DescribeAppAssessment'],
  },
];

// Data: concepts (see concepts.ts) for issue 16, round 16 (a sibling in the right service): the
// values a thing had before are its history or versions, a sibling of the read of its current
// value (GetParameterHistory beside GetParameter, ListSecretVersionIds beside GetSecretValue),
// and an alarm's past changes of state are its history, not its definition or its metric.

import type { Concept } from './concepts.js';

export const R16_SIBLING_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'past values',
      'previous values',
      'earlier values',
      'older values',
      'old values',
      'value history',
      'values it had',
      'values it used to have',
      'used to be set to',
    ],
    terms: 'history versions',
    why: 'the values a setting or secret held before are kept as its history or versions, read by a sibling of the read of its current value',
    example: ['what earlier values did ssm parameter /db/host hold', 'ssm:GetParameterHistory'],
  },
  {
    phrases: [
      'flip into alarm',
      'flipped into alarm',
      'flipped to alarm',
      'went into alarm',
      'go into alarm',
      'gone into alarm',
      'last alarmed',
      'last fired',
      'last triggered',
    ],
    terms: 'alarm history',
    services: ['cloudwatch'],
    why: 'when an alarm changed state is in its history of state changes (DescribeAlarmHistory), not in the alarm definition or its metric',
    example: [
      'when did the disk-full cloudwatch alarm last go into alarm',
      'cloudwatch:DescribeAlarmHistory',
    ],
  },
];

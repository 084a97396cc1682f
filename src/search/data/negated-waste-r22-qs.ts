// Data: waste said as a state denied ("volumes that aren't attached to any instance", "elastic
// ips not associated with anything", "load balancers with no targets"), read by
// src/search/elsewhere.ts spendAsked as its saving words ("unattached", "idle", "unused") are: a
// question about paying for such things asks which things are wasted, the things' own list,
// not the bill (Cost Explorer). Tested in test/integration/search/negated-waste-r22-qs.test.ts.

import type { Reasoned } from './reasoned.js';

export const NEGATED_WASTE: Reasoned & {
  /** Words that deny the state after them (the halves of "aren't" are split by text.ts). */
  readonly negations: ReadonlySet<string>;
  /** States whose denial is waste: nothing uses, holds or serves through the thing. */
  readonly states: ReadonlySet<string>;
  /** At most this many words between the negation and the state ("not even attached"). */
  readonly gap: number;
} = {
  negations: new Set(['not', 't', 'no', 'never', 'nothing']),
  states: new Set([
    'attached',
    'associated',
    'used',
    'mounted',
    'connected',
    'referenced',
    'running',
    'targets',
    'traffic',
  ]),
  gap: 2,
  why: 'paying for things that are not attached, used or associated asks which things are wasted: their own list, as "unattached" does, not the bill',
  example: ['are we paying for volumes that are not attached to any instance', 'ec2:DescribeVolumes'],
};

/** Whether the words deny one of the waste states ("aren't attached", "not associated"). */
export function deniesUse(ws: readonly string[]): boolean {
  return ws.some(
    (w, i) =>
      NEGATED_WASTE.negations.has(w) &&
      ws.slice(i + 1, i + 2 + NEGATED_WASTE.gap).some((n) => NEGATED_WASTE.states.has(n)),
  );
}

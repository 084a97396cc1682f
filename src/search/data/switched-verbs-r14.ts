// Data: operation verbs that come in an on/off pair (MonitorInstances / UnmonitorInstances),
// named by a noun people switch on or off ("turn on detailed monitoring"). A switch verb (turn
// on, enable; turn off, disable) does not name either verb, and the noun matches both names
// alike, so the opposite operation could come first; read by switched-verbs.ts, tested in
// test/integration/search/verbs-r14.test.ts.

import type { Reasoned } from './reasoned.js';

export interface SwitchedVerb extends Reasoned {
  /** Words as typed that name the thing switched. */
  readonly nouns: readonly string[];
  /** The operation verb that switches it on, and the one that switches it off. */
  readonly on: string;
  readonly off: string;
}

/** The operation verbs a switch verb is read as, and the least weight that makes it one. */
export const SWITCH_READING = { on: 'enable', off: 'disable', minWeight: 0.8, weight: 1 } as const;

export const SWITCHED_VERBS: readonly SwitchedVerb[] = [
  {
    nouns: ['monitoring'],
    on: 'monitor',
    off: 'unmonitor',
    why: 'detailed monitoring of an instance is switched on by MonitorInstances and off by UnmonitorInstances',
    example: ['turn on detailed monitoring for i-0abc1234def567890', 'ec2:MonitorInstances'],
  },
  {
    nouns: ['peering'],
    on: 'peer',
    off: 'unpeer',
    why: 'lightsail vpc peering is switched on by PeerVpc and off by UnpeerVpc',
    example: ['turn off vpc peering for lightsail', 'lightsail:UnpeerVpc'],
  },
];

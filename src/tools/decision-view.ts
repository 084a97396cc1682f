// What clients see of a policy decision: `{ effect, rule?, reason }` (design/TOOLS.md).

import type { Decision } from '../policy/types.js';

export interface DecisionView {
  readonly effect: Decision['effect'];
  readonly rule?: string;
  readonly reason: string;
}

export function decisionView(d: Decision): DecisionView {
  return { effect: d.effect, ...('rule' in d ? { rule: d.rule } : {}), reason: d.reason };
}

// Small lookup tables the query planner and ranking need besides the postings: each
// operation's risk, waiter names -> operations, ARN namespaces -> services, and required input
// members -> operations.

import type { OperationEntry, Risk, ServiceEntry } from '../catalog/types.js';
import { idTable, type SortedTable } from './sorted-table.js';
import { compactName } from '../catalog/names.js';

/** Risk tiers as numbers, so a typed array can hold one per operation. */
export const RISK_CODE: Readonly<Record<Risk, number>> = {
  read: 0,
  'sensitive-read': 1,
  write: 2,
  destructive: 3,
};
/** Codes from this one up change something. */
export const MUTATING_RISK = RISK_CODE.write;

export interface Lookups {
  readonly opRisk: Uint8Array;
  /** compactName(waiter name) -> operations declaring it (`instancerunning` -> DescribeInstances). */
  readonly waiterOps: SortedTable<number>;
  /** ARN namespace (`states`) -> service indexes (`stepfunctions`). */
  readonly arnServices: SortedTable<number>;
  /**
   * Required input member (`FunctionName`) -> operations that require it, so a pasted payload's
   * keys find the calls they fit without a pass over every operation (payload.ts).
   */
  readonly requiredOps: SortedTable<number>;
}

export function buildLookups(ops: readonly OperationEntry[], services: readonly ServiceEntry[]): Lookups {
  const opRisk = new Uint8Array(ops.length);
  const waiterOps = new Map<string, number[]>();
  const requiredOps = new Map<string, number[]>();
  ops.forEach((op, i) => {
    opRisk[i] = RISK_CODE[op.risk];
    for (const w of op.waiters ?? []) push(waiterOps, compactName(w), i);
    for (const m of new Set(op.requiredMembers)) push(requiredOps, m, i);
  });
  const arnServices = new Map<string, number[]>();
  services.forEach((s, i) => {
    if (s.arnNamespace !== undefined) push(arnServices, s.arnNamespace, i);
  });
  return {
    opRisk,
    waiterOps: idTable(waiterOps),
    arnServices: idTable(arnServices),
    requiredOps: idTable(requiredOps),
  };
}

/** Appends v to the list under key. */
export function push(map: Map<string, number[]>, key: string, v: number): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

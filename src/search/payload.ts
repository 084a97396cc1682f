// A request payload pasted into a task (`{"FunctionName":"resize","ReservedConcurrentExecutions":50}`):
// its top-level keys are the input members of the call it is for, so the operations whose
// required members are all among them fit it, the more so the more of its keys they require
// (a lambda payload with FunctionName alone fits every function call; with the concurrency too,
// PutFunctionConcurrency). Record literals in user data keys (`{"pk": ...}`) are not members.

import type { SearchIndexData } from './index-build.js';

/** Exact-match strength of an operation that requires every key of the payload (0..1). */
const PAYLOAD_FIT = 0.6;
/** An API member name: PascalCase (`TableName`, `QueueUrl`). */
const MEMBER_KEY = /^[A-Z][a-z]+[A-Za-z0-9]*$/;

/** Operation -> strength, for the JSON objects in the query whose keys look like members. */
export function payloadOperations(ix: SearchIndexData, query: string): Map<number, number> {
  const out = new Map<number, number>();
  const keys = new Set(
    payloadObjects(query).flatMap((o) => Object.keys(o).filter((k) => MEMBER_KEY.test(k))),
  );
  if (keys.size === 0) return out;
  // only operations that require one of the keys can fit: found through the member table
  const requiring = new Set<number>();
  for (const k of keys) for (const op of ix.requiredOps.get(k) ?? []) requiring.add(op);
  for (const op of [...requiring].sort((a, b) => a - b)) {
    const members = ix.opRequired.at(op)!.split(',');
    if (!members.every((m) => keys.has(m))) continue;
    out.set(op, (PAYLOAD_FIT * members.length) / keys.size);
  }
  return out;
}

/** The JSON objects of the query's outermost `{...}` spans that parse. */
function payloadObjects(query: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '{' && depth++ === 0) start = i;
    if (c !== '}' || depth === 0 || --depth > 0) continue;
    try {
      const v: unknown = JSON.parse(query.slice(start, i + 1));
      if (v && typeof v === 'object' && !Array.isArray(v)) out.push(v as Record<string, unknown>);
    } catch {
      // not JSON (a record literal in another notation): its keys are the user's data
    }
  }
  return out;
}

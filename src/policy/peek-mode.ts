// The policy's mode, read before the models load: `tools/list` is answered at once, and the
// execute tool's annotations follow the mode. The full policy (checked against the catalog) still
// decides every call; this only chooses a hint, so anything unclear is reported as not read-only.

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { PolicyMode } from './types.js';

export function peekPolicyMode(path: string | undefined): PolicyMode {
  if (path === undefined) return 'read-only'; // no policy file: the built-in read-only policy
  try {
    const doc: unknown = parse(readFileSync(path, 'utf8'));
    if (doc === null || doc === undefined) return 'read-only';
    if (typeof doc !== 'object' || Array.isArray(doc)) return 'standard';
    const mode = (doc as Record<string, unknown>).mode;
    // An omitted mode is read-only, as loadPolicy reads it.
    return mode === undefined || mode === 'read-only' ? 'read-only' : 'standard';
  } catch {
    return 'standard';
  }
}

// What three more kinds of pasted text say about a task: a console URL (the page's service and
// kind, data/console-urls.ts), a CloudFormation resource type (data/cfn-types.ts) and an error
// code with the call that failed (data/error-codes.ts). identifiers.ts turns each into a hint.

import { compactName } from '../catalog/names.js';
import { CFN_NAMESPACES, CFN_STACK_SENSE, CFN_TYPE } from './data/cfn-types.js';
import { CONSOLE_KINDS, CONSOLE_SERVICES } from './data/console-urls.js';
import { ERROR_CODES, ERROR_LINE, FAILED_CALL_NAME } from './data/error-codes.js';
import type { SearchIndexData } from './index-build.js';
import { unwrapToken, words } from './text.js';

interface PastedHint {
  readonly services: readonly number[];
  readonly terms: string;
}

const CONSOLE_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*console\.aws\.amazon\.com\/([^?#]*)(.*)$/;

/** A console page: the service of its first path segment, the kind of its last kind segment. */
export function consoleHint(ix: SearchIndexData, token: string): PastedHint | undefined {
  const m = CONSOLE_URL.exec(token);
  if (!m) return undefined;
  const segments = `${m[1]!}${m[2]!}`.split(/[/#?&=:]+/).filter(Boolean);
  let at = 0;
  let service = CONSOLE_SERVICES[segments[0] ?? '']?.service ?? segments[0] ?? '';
  if (service === 'next') service = segments[++at] ?? '';
  const kinds = segments.slice(at + 1).flatMap((s) => CONSOLE_KINDS[s.toLowerCase()] ?? []);
  const kind = kinds[kinds.length - 1];
  return { services: serviceOf(ix, kind?.service ?? service), terms: kind?.terms ?? '' };
}

/** `AWS::Events::Rule`: the namespace's service and the type's words, or the stack's resource. */
export function cfnTypeHint(
  ix: SearchIndexData,
  token: string,
  near: readonly string[],
): PastedHint | undefined {
  const m = CFN_TYPE.exec(token);
  if (!m) return undefined;
  const typed = new Set(near.map((t) => t.toLowerCase()));
  if (CFN_STACK_SENSE.words.some((w) => typed.has(w)))
    return { services: serviceOf(ix, CFN_STACK_SENSE.service), terms: CFN_STACK_SENSE.terms };
  const service = CFN_NAMESPACES[m[1]!]?.service ?? m[1]!;
  return { services: serviceOf(ix, service), terms: words(m[2]!).join(' ') };
}

/** What a pasted error carries: whether a code is among the tokens, and the error line's tokens. */
export interface ErrorContext {
  readonly carried: boolean;
  readonly frame: ReadonlySet<number>;
}

export function errorContext(tokens: readonly string[]): ErrorContext {
  const frame = new Set<number>();
  const lower = tokens.map((t) => t.toLowerCase());
  for (let i = 0; i + ERROR_LINE.opens.length <= lower.length; i++) {
    if (!ERROR_LINE.opens.every((w, k) => lower[i + k] === w)) continue;
    const end = lower.findIndex((t, j) => j > i && j <= i + ERROR_LINE.reach && ERROR_LINE.closes.test(t));
    for (let j = i; j <= (end < 0 ? i + ERROR_LINE.opens.length - 1 : end); j++) frame.add(j);
  }
  return { carried: tokens.some((t) => isErrorCode(unwrapToken(t))), frame };
}

/** An error code, the error line's frame, or beside a code an operation's name (the call that failed). */
export function failedCallHint(
  ix: SearchIndexData,
  token: string,
  at: number,
  errors: ErrorContext,
): PastedHint | undefined {
  if (errors.frame.has(at)) return { services: [], terms: '' };
  if (!errors.carried) return undefined;
  const code = ERROR_CODES.find((e) => e.pattern.test(token));
  if (code?.means) return { services: serviceOf(ix, code.means.service), terms: code.means.terms };
  const failedOps = FAILED_CALL_NAME.test(token) ? ix.exactNames.get(compactName(token)) : undefined;
  if (failedOps) return { services: servicesOfCall(ix, failedOps), terms: '' };
  return code ? { services: [], terms: '' } : undefined;
}

/** How many services may share a failed call's name (rds, neptune, docdb and timestream-influxdb share CreateDBInstance) for it to say where the problem is. */
const FAILED_CALL_SERVICES = 4;

/**
 * The call that failed is not the one wanted, but it says which service the problem is in
 * ("InvalidParameterCombination on CreateDBInstance, which engine versions exist" is RDS's);
 * a name many services share (CreateCluster) says nothing.
 */
function servicesOfCall(ix: SearchIndexData, ops: readonly number[]): number[] {
  const services = [...new Set(ops.map((op) => ix.opService[op]!))];
  return services.length <= FAILED_CALL_SERVICES ? services : [];
}

function isErrorCode(token: string): boolean {
  return ERROR_CODES.some((e) => e.pattern.test(token));
}

/** Services of a console segment or namespace: a service id, an ARN namespace or a compact id. */
function serviceOf(ix: SearchIndexData, name: string): number[] {
  const key = compactName(name);
  const byArn = ix.arnServices.get(name.toLowerCase());
  if (byArn) return [...byArn];
  return (ix.serviceKeys.get(key) ?? [])
    .filter(([s]) => compactName(ix.services[s]!.id) === key)
    .map(([s]) => s);
}

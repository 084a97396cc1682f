// How a waiter's acceptors read one poll (smithy.io/2.0/additional-specs/waiters.html#acceptors):
// the matchers on the output, on input and output, on success or on an error type; the AWS error
// code of a failed poll; and the failure acceptor's message. waiters.ts runs the polling loop.

import { isToolError } from '../../errors/tool-error.js';
import type { JsonObject } from '../../model/plain-object.js';
import { searchJmespath, toJmespathData } from '../shaping/query.js';

export type AcceptorState = 'success' | 'failure' | 'retry';
export type PathComparator = 'stringEquals' | 'booleanEquals' | 'allStringEquals' | 'anyStringEquals';
export interface PathMatcher {
  readonly path: string;
  readonly expected: string;
  readonly comparator: PathComparator;
}
export type Matcher =
  | { readonly output: PathMatcher }
  | { readonly inputOutput: PathMatcher }
  | { readonly success: boolean }
  | { readonly errorType: string };
export interface Acceptor {
  readonly state: AcceptorState;
  readonly matcher: Matcher;
  /** JMESPath extracting a human-readable reason (failure acceptors only). */
  readonly message?: string;
}

const DETAIL_CODE_KEYS = ['awsErrorCode', 'errorCode', 'errorType', 'code', 'name'] as const;

/**
 * The default reading of a failed call: the engine's AwsServiceError thrown as is (`code` is the
 * modeled shape name or the wire code), a ToolError('AwsError') with the code in its details, or
 * an SDK-style error whose name is the code. Any other ToolError (credentials, network,
 * cancellation) is not an operation result and is rethrown by waitFor.
 */
export function awsErrorCodeOf(error: unknown): string | undefined {
  if (isToolError(error)) {
    const details = error.details ?? {};
    for (const key of DETAIL_CODE_KEYS) {
      if (typeof details[key] === 'string' && details[key] !== '') return details[key];
    }
    return undefined;
  }
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { name?: unknown; Code?: unknown; code?: unknown };
  for (const v of [e.Code, e.code, e.name]) {
    if (typeof v === 'string' && v !== '' && v !== 'Error') return v;
  }
  return undefined;
}

/** `com.amazonaws.s3#NotFound`, `aws.protocoltests#NotFound:http://...` and `NotFound` are one type. */
function errorLocalName(code: string): string {
  const afterHash = code.slice(code.lastIndexOf('#') + 1);
  const colon = afterHash.indexOf(':');
  return colon >= 0 ? afterHash.slice(0, colon) : afterHash;
}

function compare(result: unknown, m: PathMatcher): boolean {
  switch (m.comparator) {
    case 'stringEquals':
      return typeof result === 'string' && result === m.expected;
    case 'booleanEquals':
      return typeof result === 'boolean' && String(result) === m.expected;
    case 'allStringEquals':
      return Array.isArray(result) && result.length > 0 && result.every((r) => r === m.expected);
    case 'anyStringEquals':
      return Array.isArray(result) && result.some((r) => r === m.expected);
    default:
      return false;
  }
}

export function evalPath(data: unknown, path: string): unknown {
  try {
    return searchJmespath(data, path);
  } catch {
    return undefined; // a path that cannot evaluate on this output simply does not match
  }
}

export interface Attempt {
  readonly input: JsonObject;
  readonly output?: JsonObject;
  /** The output as the waiter spec's JMESPath data model has it (timestamps as epoch seconds). */
  readonly data?: unknown;
  readonly failed: boolean;
  readonly code?: string;
}

export function matches(matcher: Matcher, a: Attempt): boolean {
  if ('success' in matcher) return matcher.success === !a.failed;
  if ('errorType' in matcher) {
    return a.failed && a.code !== undefined && errorLocalName(a.code) === errorLocalName(matcher.errorType);
  }
  if (a.failed) return false;
  if ('output' in matcher) return compare(evalPath(a.data, matcher.output.path), matcher.output);
  if ('inputOutput' in matcher) {
    const data = { input: toJmespathData(a.input, 'epochSeconds'), output: a.data };
    return compare(evalPath(data, matcher.inputOutput.path), matcher.inputOutput);
  }
  return false;
}

export function failureMessage(acceptor: Acceptor, a: Attempt): string | undefined {
  if (!acceptor.message || a.failed) return undefined;
  const r = evalPath(a.data, acceptor.message);
  if (typeof r === 'string') return r;
  if (Array.isArray(r) && r.every((x) => typeof x === 'string')) return r.join('; ');
  return undefined;
}

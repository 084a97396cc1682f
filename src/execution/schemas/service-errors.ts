// What a protocol class throws for an error response -> the plain AwsServiceError we report,
// with the retry classification the model (smithy.api#retryable) and the SDK tables give.

import type { ServiceModel } from '../../model/service-model.js';
import { retryableTrait } from '../../model/views/member.js';
import { classifyServiceError } from '../retry.js';
import type { AwsServiceError } from '../types.js';
import { MODELED_ERROR } from './errors.js';
import { toJsonSafe } from './output-values.js';

/** Keys the protocols add to every error; everything else on a modeled error is a member. */
const PROTOCOL_KEYS = new Set([
  'name',
  'message',
  'Message',
  'stack',
  '__type',
  'Error',
  'Code',
  'Type',
  'RequestId',
]);

interface ThrownServiceError {
  name?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  [MODELED_ERROR]?: string;
  [key: string]: unknown;
}

/** True when the protocol recognised an error response (it attaches `$metadata`). */
export function isProtocolError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && '$metadata' in e;
}

export function toServiceError(model: ServiceModel, thrown: unknown): AwsServiceError {
  const e = thrown as ThrownServiceError;
  const modeledName = e[MODELED_ERROR];
  const code = modeledName ?? (e.name && e.name !== 'Error' ? e.name : 'UnknownError');
  const httpStatus = e.$metadata?.httpStatusCode;
  const retryable = modeledName
    ? retryableTrait(model.traits(`${model.namespace}#${modeledName}`))
    : undefined;
  const kind = classifyServiceError({
    code,
    httpStatus,
    modeledRetryable: retryable !== undefined,
    modeledThrottling: retryable?.throttling === true,
  });
  // Modeled members, or for unmodeled errors the fields the body carried: both help the caller.
  let details: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(e)) {
    if (k.startsWith('$') || PROTOCOL_KEYS.has(k) || v === undefined) continue;
    (details ??= {})[k] = toJsonSafe(v);
  }
  const queryCode = (e.Error as { Code?: string } | undefined)?.Code;
  if (queryCode && queryCode !== code) (details ??= {}).queryErrorCode = queryCode;
  return {
    code,
    message: e.message || 'The service returned an error without a message.',
    httpStatus,
    requestId: e.$metadata?.requestId,
    retryable: kind !== 'none',
    fault: e.$fault === 'server' || (httpStatus !== undefined && httpStatus >= 500) ? 'server' : 'client',
    modeled: modeledName !== undefined,
    ...(details ? { details } : {}),
  };
}

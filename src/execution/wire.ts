// The two protocol steps of a call as functions of plain values: input + endpoint -> the HTTP
// request the official protocol class builds, and HTTP response -> output or service error.

import { toEndpointV1 } from '@smithy/core/transport';
import { SMITHY_CONTEXT_KEY, type HttpRequest, type HttpResponse } from '@smithy/types';
import { ToolError } from '../errors/tool-error.js';
import type { OperationView, ServiceModel } from '../model/service-model.js';
import type { ResolvedEndpoint } from './endpoints.js';
import { addBodyChecksum, withChecksumAlgorithm } from './body-checksums.js';
import { finalizeRequest } from './http.js';
import { serdeContextFor } from './protocols.js';
import {
  customizeError,
  customizeInput,
  customizeRequest,
  customizeResponse,
} from './customizations/registry.js';
import { headerValue } from './headers.js';
import { compressRequest } from './request-compression.js';
import { assertNoInputEventStream, collectEvents, eventStreamMember } from './schemas/event-streams.js';
import { prepareInput } from './schemas/input-values.js';
import { readStreamingBody, payloadOutputMember, toJsonSafe } from './schemas/output-values.js';
import { runtimeFor } from './schemas/runtime.js';
import { isProtocolError, toServiceError } from './schemas/service-errors.js';
import { classifyServiceError, isRetryableNetworkError } from './retry.js';
import type { AwsServiceError, DecodedResponse } from './types.js';

export const DEFAULT_MAX_STREAM_BYTES = 1024 * 1024;

/** Step: the HTTP request the official protocol class builds for this input and endpoint. */
export async function serializeOperation(
  model: ServiceModel,
  op: OperationView,
  input: Record<string, unknown>,
  endpoint: Pick<ResolvedEndpoint, 'url'> & Partial<Pick<ResolvedEndpoint, 'headers'>>,
): Promise<HttpRequest> {
  const { schemas, protocol } = runtimeFor(model);
  const v1 = toEndpointV1({ url: endpoint.url, headers: endpoint.headers ?? {} } as never);
  try {
    return await protocol.serializeRequest(schemas.operation(op) as never, input, {
      ...serdeContextFor(model),
      endpoint: async () => v1,
      // rpcv2Cbor builds its path from these, as the generated clients' context carries them.
      [SMITHY_CONTEXT_KEY]: { service: model.serviceShapeId.split('#')[1], operation: op.id.split('#')[1] },
    });
  } catch (e) {
    throw new ToolError(
      'InvalidInput',
      `The input could not be encoded for ${op.name}: ${(e as Error).message}`,
      {
        hint: 'Check required members and value types against the operation schema.',
      },
    );
  }
}

/**
 * Step: JSON-shaped input -> serializer-ready values: coerced, idempotency tokens filled, service
 * customizations applied (Route 53 ids, S3 LocationConstraint...), checksum algorithm chosen.
 */
export function prepareCall(
  model: ServiceModel,
  op: OperationView,
  input: Record<string, unknown>,
  opts: { region: string; newToken?: () => string },
): Record<string, unknown> {
  assertNoInputEventStream(model, op);
  const coerced = prepareInput(model, op, input, opts.newToken);
  return withChecksumAlgorithm(op, customizeInput(coerced, { model, op, region: opts.region }));
}

/**
 * Step: the request as it will be signed — serialized by the protocol class, then the
 * middleware-level parts the official clients add (gzip, body checksums, host, length).
 */
export async function buildRequest(
  model: ServiceModel,
  op: OperationView,
  input: Record<string, unknown>,
  endpoint: Pick<ResolvedEndpoint, 'url'> & Partial<Pick<ResolvedEndpoint, 'headers'>>,
  region: string,
): Promise<HttpRequest> {
  const serialized = await serializeOperation(model, op, input, endpoint);
  const customized = customizeRequest(compressRequest(serialized, op), { model, op, region });
  return finalizeRequest(addBodyChecksum(customized, op, input));
}

/** Step: the output (streaming payload read up to a limit) or the service error of a response. */
export async function deserializeOperation(
  model: ServiceModel,
  op: OperationView,
  received: HttpResponse,
  opts: { maxStreamBytes?: number; region?: string } = {},
): Promise<DecodedResponse> {
  const { schemas, protocol } = runtimeFor(model);
  const maxStreamBytes = opts.maxStreamBytes ?? DEFAULT_MAX_STREAM_BYTES;
  const ctx = { model, op, region: opts.region ?? '' };
  const response = await customizeResponse(received, ctx);
  const contentLength = Number(headerValue(response.headers, 'content-length'));
  let raw: Record<string, unknown>;
  try {
    raw = (await protocol.deserializeResponse(
      schemas.operation(op) as never,
      serdeContextFor(model),
      response,
    )) as never;
  } catch (e) {
    // The connection dropped while the body was read: a network failure the executor retries.
    if (isRetryableNetworkError((e as { code?: string }).code)) throw e;
    if (!isProtocolError(e) && response.statusCode >= 300) {
      // An error page the protocol cannot read (a proxy's 502 HTML...): still an HTTP failure,
      // reported and retried by its status as the SDKs do.
      return {
        kind: 'error',
        error: unparsableError(response.statusCode, headerValue(response.headers, 'x-amzn-requestid')),
      };
    }
    if (!isProtocolError(e)) {
      throw new ToolError(
        'AwsError',
        `The response of ${op.name} could not be parsed: ${(e as Error).message}`,
        {
          details: { httpStatus: response.statusCode },
        },
      );
    }
    return { kind: 'error', error: customizeError(toServiceError(model, e), response, ctx) };
  }
  const meta = raw.$metadata as { httpStatusCode?: number; requestId?: string } | undefined;
  return {
    kind: 'output',
    output: await outputMembers(model, op, raw, {
      maxStreamBytes,
      contentLength: Number.isFinite(contentLength) ? contentLength : undefined,
    }),
    httpStatus: meta?.httpStatusCode ?? response.statusCode,
    requestId: meta?.requestId,
  };
}

/**
 * The JSON-safe output of a deserialized response: streams read (bounded by `maxStreamBytes`)
 * here rather than in the caller, so no open stream escapes the executor.
 */
async function outputMembers(
  model: ServiceModel,
  op: OperationView,
  raw: Record<string, unknown>,
  opts: { maxStreamBytes: number; contentLength: number | undefined },
): Promise<Record<string, unknown>> {
  const streamMember = payloadOutputMember(model, op);
  const eventsMember = eventStreamMember(model, model.outputOf(op));
  const output: Record<string, unknown> = {};
  // No output shape: whatever the body held is not part of the contract.
  const fields = model.outputOf(op) ? Object.entries(raw) : [];
  for (const [k, v] of fields) {
    if (k === '$metadata' || v === undefined || v === null) continue;
    output[k] =
      k === eventsMember
        ? await collectEvents(v, { maxBytes: opts.maxStreamBytes })
        : k === streamMember
          ? await readStreamingBody(v, opts.maxStreamBytes, opts.contentLength)
          : toJsonSafe(v);
  }
  return output;
}

function unparsableError(status: number, requestId: string | undefined): AwsServiceError {
  const kind = classifyServiceError({ httpStatus: status });
  return {
    code: `Http${status}`,
    message: `HTTP ${status} with a body that is not a service error document.`,
    httpStatus: status,
    ...(requestId ? { requestId } : {}),
    retryable: kind !== 'none',
    fault: status >= 500 ? 'server' : 'client',
    modeled: false,
  };
}

// Deserialized output -> JSON-safe values for the tool layer: Dates as ISO-8601 strings, blobs
// as { base64 }, big numbers as strings, and a streaming payload read (up to a limit) into
// { text } or { base64 } with its size and whether it was cut.

import type { Readable } from 'node:stream';
import { NumericValue } from '@smithy/core/serde';
import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { isHttpPayload, isStreaming } from '../../model/views/member.js';

export interface StreamedBody {
  readonly text?: string;
  readonly base64?: string;
  /** Bytes in the payload: counted when read fully, else the Content-Length when known. */
  readonly size: number;
  readonly truncated: boolean;
}

export function toJsonSafe(v: unknown): unknown {
  if (v === null || v === undefined) return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (v instanceof Uint8Array) return { base64: Buffer.from(v).toString('base64') };
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof NumericValue) return v.string;
  // LazyJsonString (mediaType JSON headers) is a String object: report its text.
  if (v instanceof String) return v.toString();
  if (Array.isArray(v)) return v.map(toJsonSafe);
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) {
      if (k === '$metadata') continue;
      out[k] = toJsonSafe(item);
    }
    return out;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}

/**
 * The output member holding a raw payload: a streaming blob (S3 GetObject Body) or a blob bound
 * with httpPayload (Lambda Invoke Payload). Both are reported as text or base64 with a size.
 */
export function payloadOutputMember(model: ServiceModel, op: OperationView): string | undefined {
  const out = model.outputOf(op);
  if (!out) return undefined;
  for (const m of model.members(out)) {
    const target = model.shape(m.target);
    if (target?.type !== 'blob') continue;
    if (isStreaming(target.traits) || isHttpPayload(m.traits)) return m.name;
  }
  return undefined;
}

function decodeText(bytes: Buffer, truncated: boolean): string | undefined {
  if (bytes.includes(0)) return undefined;
  // A cut payload may end inside a multi-byte character: drop up to 3 trailing bytes.
  for (let cut = 0; cut <= (truncated ? 3 : 0) && cut <= bytes.length; cut++) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
    } catch {
      // try a shorter tail
    }
  }
  return undefined;
}

/** Reads a streaming payload up to `limit` bytes, then stops the download. */
export async function readStreamingBody(
  body: unknown,
  limit: number,
  contentLength?: number,
): Promise<StreamedBody> {
  const chunks: Buffer[] = [];
  let read = 0;
  let truncated = false;
  if (body instanceof Uint8Array || typeof body === 'string') {
    const all = Buffer.from(body as Uint8Array);
    truncated = all.length > limit;
    chunks.push(all.subarray(0, limit));
    read = all.length;
  } else if (body && typeof (body as Readable)[Symbol.asyncIterator] === 'function') {
    const stream = body as Readable;
    for await (const chunk of stream) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      if (read + buf.length > limit) {
        chunks.push(buf.subarray(0, limit - read));
        read += buf.length;
        truncated = true;
        stream.destroy();
        break;
      }
      chunks.push(buf);
      read += buf.length;
    }
  }
  const bytes = Buffer.concat(chunks);
  const size = truncated ? (contentLength ?? read) : read;
  const text = decodeText(bytes, truncated);
  return text !== undefined
    ? { text, size, truncated }
    : { base64: bytes.toString('base64'), size, truncated };
}

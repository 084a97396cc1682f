// Event streams in a one-shot tool call: an output stream (S3 SelectObjectContent, Lambda
// InvokeWithResponseStream, Bedrock ConverseStream...) is read into a bounded list of events;
// an input stream (Transcribe streaming, bidirectional Bedrock) cannot be fed and is refused.

import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { isStreaming } from '../../model/views/member.js';
import { unsupportedError } from '../unsupported.js';
import { toJsonSafe } from './output-values.js';

export const DEFAULT_MAX_EVENTS = 1000;

export interface CollectedEvents {
  /** Each event as `{ <EventName>: { ...members } }`, JSON-safe. */
  readonly events: unknown[];
  readonly truncated: boolean;
}

/** The member of a structure that targets a streaming union, if any. */
export function eventStreamMember(model: ServiceModel, structureId: string | undefined): string | undefined {
  if (!structureId) return undefined;
  for (const m of model.members(structureId)) {
    const target = model.shape(m.target);
    if (target?.type === 'union' && isStreaming(target.traits)) return m.name;
  }
  return undefined;
}

export function assertNoInputEventStream(model: ServiceModel, op: OperationView): void {
  const member = eventStreamMember(model, model.inputOf(op));
  if (member) {
    throw unsupportedError('inputEventStream', { operation: op.name, member });
  }
}

/** Reads events until the stream ends or a limit is hit (then stops reading). */
export async function collectEvents(
  stream: unknown,
  limits: { maxEvents?: number; maxBytes: number },
): Promise<CollectedEvents> {
  const events: unknown[] = [];
  const maxEvents = limits.maxEvents ?? DEFAULT_MAX_EVENTS;
  let bytes = 0;
  if (!stream || typeof (stream as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') {
    return { events, truncated: false };
  }
  const iterator = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { events, truncated: false };
    const event = toJsonSafe(next.value);
    bytes += JSON.stringify(event)?.length ?? 0;
    if (events.length >= maxEvents || bytes > limits.maxBytes) {
      await iterator.return?.();
      return { events, truncated: true };
    }
    events.push(event);
  }
}

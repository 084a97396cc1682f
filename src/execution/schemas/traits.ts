// The Smithy traits the protocol classes read, and how each is encoded in a runtime schema's
// trait object. Data only: the encodings mirror what smithy-typescript's code generator writes
// (annotation -> 1, string -> the string, data traits -> fixed-order arrays).

import type { Traits } from '../../model/ast.js';
import { forEachWireTrait, type WireTraitName } from '../../model/views/wire-traits.js';

type Encoder = (value: unknown) => unknown;

const annotation: Encoder = () => 1;
const str: Encoder = (v) => String(v);

/** Wire trait -> its encoder; the schema trait key is the trait's name (model/views/wire-traits.ts). */
const ENCODERS: Readonly<Record<WireTraitName, Encoder>> = {
  jsonName: str,
  xmlName: str,
  xmlAttribute: annotation,
  xmlFlattened: annotation,
  xmlNamespace: (v) => {
    const ns = v as { prefix?: string; uri: string };
    return [ns.prefix ?? '', ns.uri];
  },
  httpLabel: annotation,
  httpQuery: str,
  httpQueryParams: annotation,
  httpHeader: str,
  httpPrefixHeaders: str,
  httpPayload: annotation,
  httpResponseCode: annotation,
  hostLabel: annotation,
  idempotencyToken: annotation,
  idempotent: annotation,
  sensitive: annotation,
  streaming: annotation,
  requiresLength: annotation,
  eventHeader: annotation,
  eventPayload: annotation,
  mediaType: str,
  sparse: annotation,
  error: str,
  httpError: (v) => Number(v),
  httpChecksumRequired: annotation,
  http: (v) => {
    const h = v as { method: string; uri: string; code?: number };
    return [h.method, h.uri, h.code ?? 200];
  },
  endpoint: (v) => [(v as { hostPrefix: string }).hostPrefix],
  awsQueryError: (v) => {
    const e = v as { code: string; httpResponseCode: number };
    return [e.code, e.httpResponseCode];
  },
  ec2QueryName: str,
  // The value is read by checksum middleware we own, not by the protocols; keep it visible.
  httpChecksum: (v) => v,
};

/** Timestamp format trait values -> the numeric timestamp schema sentinels. */
export const TIMESTAMP_SENTINELS: Readonly<Record<string, number>> = {
  'date-time': 5,
  'http-date': 6,
  'epoch-seconds': 7,
};

/** Translate the wire-relevant traits of a shape or member; undefined when there are none. */
export function encodeTraits(traits: Traits | undefined): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  forEachWireTrait(traits, (name, value) => {
    (out ??= {})[name] = ENCODERS[name](value);
  });
  return out;
}

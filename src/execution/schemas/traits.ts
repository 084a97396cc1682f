// The Smithy traits the protocol classes read, and how each is encoded in a runtime schema's
// trait object. Data only: the encodings mirror what smithy-typescript's code generator writes
// (annotation -> 1, string -> the string, data traits -> fixed-order arrays).

import type { Traits } from '../../model/ast.js';

type Encoder = (value: unknown) => unknown;

const annotation: Encoder = () => 1;
const str: Encoder = (v) => String(v);

/** Smithy trait id -> [schema trait key, encoder]. Anything absent is irrelevant to the wire. */
export const SCHEMA_TRAITS: Readonly<Record<string, readonly [string, Encoder]>> = {
  'smithy.api#jsonName': ['jsonName', str],
  'smithy.api#xmlName': ['xmlName', str],
  'smithy.api#xmlAttribute': ['xmlAttribute', annotation],
  'smithy.api#xmlFlattened': ['xmlFlattened', annotation],
  'smithy.api#xmlNamespace': [
    'xmlNamespace',
    (v) => {
      const ns = v as { prefix?: string; uri: string };
      return [ns.prefix ?? '', ns.uri];
    },
  ],
  'smithy.api#httpLabel': ['httpLabel', annotation],
  'smithy.api#httpQuery': ['httpQuery', str],
  'smithy.api#httpQueryParams': ['httpQueryParams', annotation],
  'smithy.api#httpHeader': ['httpHeader', str],
  'smithy.api#httpPrefixHeaders': ['httpPrefixHeaders', str],
  'smithy.api#httpPayload': ['httpPayload', annotation],
  'smithy.api#httpResponseCode': ['httpResponseCode', annotation],
  'smithy.api#hostLabel': ['hostLabel', annotation],
  'smithy.api#idempotencyToken': ['idempotencyToken', annotation],
  'smithy.api#idempotent': ['idempotent', annotation],
  'smithy.api#sensitive': ['sensitive', annotation],
  'smithy.api#streaming': ['streaming', annotation],
  'smithy.api#requiresLength': ['requiresLength', annotation],
  'smithy.api#eventHeader': ['eventHeader', annotation],
  'smithy.api#eventPayload': ['eventPayload', annotation],
  'smithy.api#mediaType': ['mediaType', str],
  'smithy.api#sparse': ['sparse', annotation],
  'smithy.api#error': ['error', str],
  'smithy.api#httpError': ['httpError', (v) => Number(v)],
  'smithy.api#httpChecksumRequired': ['httpChecksumRequired', annotation],
  'smithy.api#http': [
    'http',
    (v) => {
      const h = v as { method: string; uri: string; code?: number };
      return [h.method, h.uri, h.code ?? 200];
    },
  ],
  'smithy.api#endpoint': ['endpoint', (v) => [(v as { hostPrefix: string }).hostPrefix]],
  'aws.protocols#awsQueryError': [
    'awsQueryError',
    (v) => {
      const e = v as { code: string; httpResponseCode: number };
      return [e.code, e.httpResponseCode];
    },
  ],
  'aws.protocols#ec2QueryName': ['ec2QueryName', str],
  // The value is read by checksum middleware we own, not by the protocols; keep it visible.
  'aws.protocols#httpChecksum': ['httpChecksum', (v) => v],
};

/** Timestamp format trait values -> the numeric timestamp schema sentinels. */
export const TIMESTAMP_SENTINELS: Readonly<Record<string, number>> = {
  'date-time': 5,
  'http-date': 6,
  'epoch-seconds': 7,
};

/** Translate the wire-relevant traits of a shape or member; undefined when there are none. */
export function encodeTraits(traits: Traits | undefined): Record<string, unknown> | undefined {
  if (!traits) return undefined;
  let out: Record<string, unknown> | undefined;
  for (const [id, value] of Object.entries(traits)) {
    const entry = SCHEMA_TRAITS[id];
    if (!entry) continue;
    (out ??= {})[entry[0]] = entry[1](value);
  }
  return out;
}

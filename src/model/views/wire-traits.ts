// The traits that change what goes on the wire (names, bindings, payload forms, errors), named
// by their local trait name, which is also the key smithy-typescript's runtime schemas use.
// Execution encodes their values; everything else about a shape is irrelevant to the protocols.

import type { Traits } from '../ast.js';
import { TRAIT } from './trait-ids.js';

export const WIRE_TRAIT_NAMES = [
  'jsonName',
  'xmlName',
  'xmlAttribute',
  'xmlFlattened',
  'xmlNamespace',
  'httpLabel',
  'httpQuery',
  'httpQueryParams',
  'httpHeader',
  'httpPrefixHeaders',
  'httpPayload',
  'httpResponseCode',
  'hostLabel',
  'idempotencyToken',
  'idempotent',
  'sensitive',
  'streaming',
  'requiresLength',
  'eventHeader',
  'eventPayload',
  'mediaType',
  'sparse',
  'error',
  'httpError',
  'httpChecksumRequired',
  'http',
  'endpoint',
  'awsQueryError',
  'ec2QueryName',
  'httpChecksum',
] as const satisfies readonly (keyof typeof TRAIT)[];

export type WireTraitName = (typeof WIRE_TRAIT_NAMES)[number];

const BY_ID: ReadonlyMap<string, WireTraitName> = new Map(WIRE_TRAIT_NAMES.map((n) => [TRAIT[n], n]));

/** Calls `visit` for each wire-relevant trait in `traits`, in the model's order. */
export function forEachWireTrait(
  traits: Traits | undefined,
  visit: (name: WireTraitName, value: unknown) => void,
): void {
  if (!traits) return;
  for (const id in traits) {
    const name = BY_ID.get(id);
    if (name !== undefined) visit(name, traits[id]);
  }
}

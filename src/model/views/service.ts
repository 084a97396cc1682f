// Typed questions about a service's traits (pass `model.serviceTraits()`): its protocols, its
// SDK identity, how it signs and authenticates, and its endpoint rules.

import type { Traits } from '../ast.js';
import { TRAIT } from './trait-ids.js';
import { record, nonEmpty } from './trait-values.js';

/** Wire protocols by the local name of their trait. */
export type ProtocolName =
  'awsJson1_0' | 'awsJson1_1' | 'restJson1' | 'restXml' | 'awsQuery' | 'ec2Query' | 'rpcv2Cbor';

const PROTOCOL_TRAITS: ReadonlyMap<string, ProtocolName> = new Map<string, ProtocolName>([
  [TRAIT.awsJson1_0, 'awsJson1_0'],
  [TRAIT.awsJson1_1, 'awsJson1_1'],
  [TRAIT.restJson1, 'restJson1'],
  [TRAIT.restXml, 'restXml'],
  [TRAIT.awsQuery, 'awsQuery'],
  [TRAIT.ec2Query, 'ec2Query'],
  [TRAIT.rpcv2Cbor, 'rpcv2Cbor'],
]);

/** The protocols the service declares, in the model's order (callers apply their preference). */
export function serviceProtocols(t: Traits): ProtocolName[] {
  const out: ProtocolName[] = [];
  for (const id of Object.keys(t)) {
    const p = PROTOCOL_TRAITS.get(id);
    if (p) out.push(p);
  }
  return out;
}

export interface AwsServiceTrait {
  readonly sdkId?: string;
  readonly endpointPrefix?: string;
  readonly arnNamespace?: string;
}
/** `aws.api#service`, with empty strings read as absent. */
export function awsServiceTrait(t: Traits): AwsServiceTrait {
  const api = record(t[TRAIT.awsService]) ?? {};
  const out: { sdkId?: string; endpointPrefix?: string; arnNamespace?: string } = {};
  for (const k of ['sdkId', 'endpointPrefix', 'arnNamespace'] as const) {
    const v = nonEmpty(api[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export const serviceTitle = (t: Traits): string | undefined => nonEmpty(t[TRAIT.title]);
export const isAwsQueryCompatible = (t: Traits): boolean => t[TRAIT.awsQueryCompatible] !== undefined;
/** The namespace URI of `@xmlNamespace` (restXml and query protocols). */
export const xmlNamespaceUri = (t: Traits): string | undefined =>
  nonEmpty(record(t[TRAIT.xmlNamespace])?.uri);
/** The SigV4 signing name (`aws.auth#sigv4` name), when the service signs with SigV4. */
export const sigv4SigningName = (t: Traits): string | undefined => nonEmpty(record(t[TRAIT.sigv4])?.name);

/** `smithy.rules#endpointRuleSet` as the model carries it (the rules engine reads it). */
export const endpointRuleSet = (t: Traits): Readonly<Record<string, unknown>> | undefined =>
  record(t[TRAIT.endpointRuleSet]);

/** The operation id named by `aws.api#clientEndpointDiscovery` (Timestream's DescribeEndpoints). */
export const endpointDiscoveryOperationId = (t: Traits): string | undefined =>
  nonEmpty(record(t[TRAIT.clientEndpointDiscovery])?.operation);

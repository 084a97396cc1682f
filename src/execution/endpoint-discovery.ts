// Endpoint discovery (Timestream): operations marked `aws.api#clientDiscoveredEndpoint` with
// `required` must go to the account-specific address the service's discovery operation
// (DescribeEndpoints) returns, cached for the period it states, as the official clients do.

import type { AwsCredentialIdentity } from '@smithy/types';
import { ToolError } from '../errors/tool-error.js';
import type { OperationView, ServiceModel } from '../model/service-model.js';
import { clientDiscoveredEndpoint } from '../model/views/operation.js';
import { endpointDiscoveryOperationId } from '../model/views/service.js';
import type { InvokeArgs, InvokeOutcome } from './types.js';

const DEFAULT_CACHE_MINUTES = 1;
const CACHE_LIMIT = 100;

/** True when the operation cannot be called without a discovered endpoint. */
export function requiresDiscovery(model: ServiceModel, op: OperationView): boolean {
  const trait = clientDiscoveredEndpoint(op.shape.traits);
  return trait?.required === true && discoveryOperation(model) !== undefined;
}

/** The service's endpoint discovery operation (Timestream's DescribeEndpoints), if it has one. */
export function discoveryOperation(model: ServiceModel): OperationView | undefined {
  const id = endpointDiscoveryOperationId(model.serviceTraits());
  return id ? model.operations().find((o) => o.id === id) : undefined;
}

async function accessKeyOf(credentials: InvokeArgs['credentials']): Promise<string> {
  try {
    const c: AwsCredentialIdentity = typeof credentials === 'function' ? await credentials() : credentials;
    return c.accessKeyId;
  } catch {
    return ''; // the discovery call itself will report the credential problem
  }
}

/**
 * The https URL to send the operation to. `invoke` runs the discovery operation (the executor
 * passes itself); `args.endpointUrl`, when set, is where the discovery call goes.
 */
export async function discoverEndpoint(
  args: InvokeArgs,
  invoke: (a: InvokeArgs) => Promise<InvokeOutcome>,
  now: () => number = args.env.now,
): Promise<string> {
  const cache = args.env.discoveredEndpoints;
  const discovery = discoveryOperation(args.model)!;
  const key = `${args.model.serviceShapeId}|${args.region}|${await accessKeyOf(args.credentials)}|${args.endpointUrl ?? ''}`;
  const hit = cache.get(key);
  if (hit && hit.expiresAt > now()) return hit.url;
  const outcome = await invoke({ ...args, op: discovery, input: {} });
  args.onSideRequest?.({ operation: discovery.name, outcome });
  const endpoints = outcome.ok
    ? (outcome.output.Endpoints as Array<Record<string, unknown>> | undefined)
    : undefined;
  const first = endpoints?.[0];
  if (!outcome.ok || typeof first?.Address !== 'string') {
    throw new ToolError(
      'AwsError',
      `${args.model.localName(args.model.serviceShapeId)} did not return an endpoint for ${args.op.name}.`,
      {
        hint: 'The service needs endpoint discovery (DescribeEndpoints); check access to it and the region.',
        details: outcome.ok ? {} : { awsErrorCode: outcome.error.code },
      },
    );
  }
  const minutes =
    typeof first.CachePeriodInMinutes === 'number' ? first.CachePeriodInMinutes : DEFAULT_CACHE_MINUTES;
  const url = /^https?:\/\//.test(first.Address) ? first.Address : `https://${first.Address}`;
  cache.set(key, { url, expiresAt: now() + minutes * 60_000 });
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return url;
}

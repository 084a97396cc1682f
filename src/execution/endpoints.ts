// Where a request goes and how it is signed: evaluates the model's endpoint rule set for one
// operation call and returns the URL, extra headers and auth schemes. Hosts always come from the
// rules (never from `endpointPrefix`), and the region is validated before it reaches a host name.

import type { OperationView, ServiceModel } from '../model/service-model.js';
import { defineServiceSlot } from '../model/service-state.js';
import { authSchemesFor, type AuthScheme } from './endpoints/auth-schemes.js';
import { buildEndpointParams, type EndpointParamSet } from './endpoints/params.js';
import { evaluateEndpointRules, type RawEndpoint } from './endpoints/rule-set.js';
import { ToolError } from '../errors/tool-error.js';
import { validateRegion } from './regions.js';

export type { AuthScheme } from './endpoints/auth-schemes.js';

export interface ResolvedEndpoint {
  url: URL;
  headers: Record<string, string[]>;
  authSchemes: AuthScheme[];
}

export interface ResolveEndpointArgs {
  model: ServiceModel;
  op: OperationView;
  input: Record<string, unknown>;
  region: string;
  useFips?: boolean;
  useDualStack?: boolean;
  endpointUrl?: string;
  accountId?: string;
}

/** Resolutions kept per service model; parameter sets repeat (same bucket, same region). */
const CACHE_LIMIT = 256;
const RESOLVED = defineServiceSlot('execution/endpoints', () => new Map<string, RawEndpoint>());

export function resolveEndpoint(args: ResolveEndpointArgs): ResolvedEndpoint {
  const region = validateRegion(args.region);
  const params = buildEndpointParams({
    model: args.model,
    op: args.op,
    input: args.input,
    builtIns: {
      'AWS::Region': region,
      'AWS::UseFIPS': args.useFips ?? false,
      'AWS::UseDualStack': args.useDualStack ?? false,
      'SDK::Endpoint': args.endpointUrl === undefined ? undefined : validateEndpointUrl(args.endpointUrl),
      'AWS::Auth::AccountId': args.accountId,
    },
  });
  const raw = cachedEvaluate(args.model, params);
  return {
    url: new URL(raw.url.href), // URL objects are mutable: never hand out the cached one
    headers: Object.fromEntries(Object.entries(raw.headers ?? {}).map(([k, v]) => [k, [...v]])),
    authSchemes: authSchemesFor({
      model: args.model,
      op: args.op,
      endpointProperties: raw.properties as Record<string, unknown> | undefined,
      region,
    }),
  };
}

/** The rules only accept absolute http(s) URLs; anything else would throw deep in the engine. */
function validateEndpointUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    !url ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  ) {
    throw new ToolError('InvalidInput', 'The custom endpoint URL is not a plain http(s) URL.', {
      hint: 'Use a URL like https://vpce-123.sqs.us-east-1.vpce.amazonaws.com or http://127.0.0.1:4566, without credentials, query or fragment.',
    });
  }
  return value;
}

function cachedEvaluate(model: ServiceModel, params: EndpointParamSet): RawEndpoint {
  const cache = model.state(RESOLVED);
  const key = cacheKey(params);
  const hit = cache.get(key);
  if (hit) {
    // Re-insert so the Map's insertion order tracks recency (least recently used goes first).
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const resolved = evaluateEndpointRules(model, params);
  cache.set(key, resolved);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return resolved;
}

function cacheKey(params: EndpointParamSet): string {
  return JSON.stringify(
    Object.keys(params)
      .sort()
      .map((k) => [k, params[k]]),
  );
}

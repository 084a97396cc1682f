// Who we are on the wire, in the AWS SDKs' user-agent format (ua/2.1), so CloudTrail can tell our
// calls from anyone else's and join each one to our audit trail: CloudTrail keeps the User-Agent
// header in the event's `userAgent` field. The standard sections (ua, os, lang, runtime, api,
// exec-env) come from the official Node provider; the first token names this program, and
// metadata names the MCP client that asked and the audit transaction (`md/tx_id#<tx_id>`).

import { createDefaultUserAgentProvider } from '@aws-sdk/core/client';
import type { HttpRequest } from '@smithy/types';
import type { ServiceModel } from '../model/service-model.js';
import { awsServiceTrait } from '../model/views/service.js';

export interface UserAgentInfo {
  /** This program: `aws-tool-mcp` and its version, the first token. */
  readonly product: { readonly name: string; readonly version: string };
  /** The MCP client that asked for the call (its initialize `clientInfo`), when known. */
  readonly client?: { readonly name: string; readonly version?: string };
  /**
   * The person, as a digest of their principal key (`md/principal#<16 hex>`): CloudTrail keeps
   * the User-Agent for anyone with read access to the trail, and a subject may be an e-mail, so
   * only a digest goes there; the audit row (joined by tx_id) names the person.
   */
  readonly principal?: string;
  /** The OAuth client the person's token was issued to (`azp`/`client_id`): not personal data. */
  readonly clientId?: string;
  /** The audit transaction of the call: search CloudTrail's userAgent for `md/tx_id#<tx_id>`. */
  readonly txId?: string;
  /** `AWS_SDK_UA_APP_ID`: the application id the AWS SDKs send as `app/<id>`. */
  readonly appId?: string;
}

export interface UserAgentHeaders {
  /** Every section: what CloudTrail records. */
  readonly 'user-agent': string;
  /** The product token alone, as the official Node clients send `aws-sdk-js/<version>` there. */
  readonly 'x-amz-user-agent': string;
}

/** For callers that name nobody (tests, tools): the program alone. */
export const UNNAMED_CALLER: UserAgentInfo = { product: { name: 'aws-tool-mcp', version: 'unknown' } };

type Pair = readonly [string, string?];

// The SDK's escaping (middleware-user-agent): names and values keep RFC 7230 token characters,
// values also `#`; anything else becomes `-`, so no caller-chosen text can split a token.
const NAME_ESCAPE = /[^!$%&'*+\-.^_`|~\w]/g;
const VALUE_ESCAPE = /[^!$%&'*+\-.^_`|~\w#]/g;

/**
 * One token, as the SDK's escapeUserAgent formats a pair: `name/value` for a bare name
 * (`aws-sdk-js/3.0`, `ua/2.1`), `prefix/name#value` for a prefixed one (`os/linux#6.1`,
 * `md/nodejs#20.19.0`); `api/` names are lower-cased.
 */
export function formatUserAgentPair([name, value]: Pair): string {
  const escaped = name
    .split('/')
    .map((part) => part.replace(NAME_ESCAPE, '-'))
    .join('/');
  const slash = escaped.indexOf('/');
  const prefix = slash < 0 ? '' : escaped.slice(0, slash);
  const rest = escaped.slice(slash + 1);
  const parts = [prefix, prefix === 'api' ? rest.toLowerCase() : rest, value?.replace(VALUE_ESCAPE, '-')];
  return parts
    .filter((p): p is string => p !== undefined && p.length > 0)
    .reduce((acc, part, i) => (i === 0 ? part : i === 1 ? `${acc}/${part}` : `${acc}#${part}`), '');
}

/** The SDK's own sections for a service: ua/2.1, os, lang/js, the runtime, api, exec-env. */
async function standardPairs(model: ServiceModel): Promise<Pair[]> {
  const serviceId = (
    awsServiceTrait(model.serviceTraits()).sdkId ??
    model.namespace.split('.').at(-1) ??
    ''
  ).toLowerCase();
  // The official clients send their package version beside api/; ours is the model's API version.
  const provider = createDefaultUserAgentProvider({ serviceId, clientVersion: model.service.version ?? '' });
  // The first pair names the SDK (`aws-sdk-js`): ours replaces it. app/ is added below, once.
  const [, ...rest] = await provider({ userAgentAppId: async () => undefined });
  return rest.map(([name, value]) => [name, value] as const);
}

/** Both user-agent headers of one call. */
export async function userAgentHeaders(info: UserAgentInfo, model: ServiceModel): Promise<UserAgentHeaders> {
  const product: Pair = [info.product.name, info.product.version];
  const pairs: Pair[] = [product, ...(await standardPairs(model))];
  if (info.client) {
    const { name, version } = info.client;
    // One token for name and version, as the SDK's browser token does (md/browser#Chrome_120).
    pairs.push(['md/mcp-client', version ? `${name}_${version}` : name]);
  }
  if (info.clientId) pairs.push(['md/mcp-client-id', info.clientId]);
  if (info.principal) pairs.push(['md/principal', info.principal]);
  if (info.txId) pairs.push(['md/tx_id', info.txId]);
  if (info.appId) pairs.push([`app/${info.appId}`]);
  return {
    'user-agent': pairs.map(formatUserAgentPair).join(' '),
    'x-amz-user-agent': formatUserAgentPair(product),
  };
}

/** The request with both headers set, before signing: x-amz-user-agent is signed, as the SDKs sign it. */
export function withUserAgent(request: HttpRequest, headers: UserAgentHeaders): HttpRequest {
  return Object.assign(Object.create(Object.getPrototypeOf(request) as object) as HttpRequest, request, {
    headers: { ...request.headers, ...headers },
  });
}

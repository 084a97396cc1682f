// The HTTP transport as an OAuth 2.1 resource server, as the MCP authorization spec has it: the
// protected resource metadata (RFC 9728) tells clients where to get a token, and every MCP request
// needs a bearer token the TokenVerifier accepts. The SDK's web-standard helpers parse the header,
// check scopes and build the RFC 6750 challenges (`verifyBearerToken`,
// `bearerAuthChallengeResponse`); its Express router and middleware do not fit a node:http server.
// The verified person travels to the tool handlers in the SDK's `authInfo` (ctx.http.authInfo);
// the token itself goes no further than this file.

import {
  bearerAuthChallengeResponse,
  getOAuthProtectedResourceMetadataUrl,
  OAuthError,
  OAuthErrorCode,
  verifyBearerToken,
  type AuthInfo,
  type OAuthTokenVerifier,
} from '@modelcontextprotocol/server';
import type { Logger } from '../logging/logger.js';
import type { FetchLike } from './discovery.js';
import { withPrincipal } from './principal-of.js';
import { TokenVerifier } from './token-verifier.js';
import { IssuerUnavailable, TokenRejected, type AuthSettings } from './types.js';

const METADATA_ROOT = '/.well-known/oauth-protected-resource';

export interface HttpAuthOptions {
  readonly settings: AuthSettings;
  /** The canonical URL of the MCP endpoint (AWS_MCP_PUBLIC_URL, else the bound address). */
  readonly resourceUrl: string;
  readonly logger: Logger;
  readonly fetch?: FetchLike;
}

export class HttpAuth {
  /** Where clients read the protected resource metadata (named in every 401). */
  readonly metadataUrl: string;
  private readonly metadataPaths: ReadonlySet<string>;
  private readonly verifier: OAuthTokenVerifier;
  private readonly requiredScopes: string[];

  constructor(private readonly options: HttpAuthOptions) {
    const resource = new URL(options.resourceUrl);
    this.metadataUrl = getOAuthProtectedResourceMetadataUrl(resource);
    this.metadataPaths = new Set([METADATA_ROOT, new URL(this.metadataUrl).pathname, `${METADATA_ROOT}/mcp`]);
    this.requiredScopes = [...options.settings.requiredScopes];
    const tokens = new TokenVerifier({
      settings: options.settings,
      audience: options.settings.audience ?? options.resourceUrl,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    this.verifier = { verifyAccessToken: (token) => verifiedAuthInfo(tokens, token) };
  }

  isMetadataPath(pathname: string): boolean {
    return this.metadataPaths.has(pathname);
  }

  /** The RFC 9728 document, or undefined when the request is for anything else. */
  metadataResponse(request: Request): Response | undefined {
    if (!this.isMetadataPath(new URL(request.url).pathname)) return undefined;
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, OPTIONS' };
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: cors });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...cors, allow: 'GET, OPTIONS' } });
    }
    const { settings, resourceUrl } = this.options;
    return Response.json(
      {
        resource: resourceUrl,
        authorization_servers: settings.issuers,
        ...(settings.requiredScopes.length ? { scopes_supported: settings.requiredScopes } : {}),
        bearer_methods_supported: ['header'],
        resource_name: 'aws-tool-mcp',
      },
      { headers: { ...cors, 'cache-control': 'max-age=3600' } },
    );
  }

  /** The verified AuthInfo (the person in `extra.principal`), or the 401/403/503 to answer. */
  async authenticate(request: Request): Promise<AuthInfo | Response> {
    const header = request.headers.get('authorization');
    // RFC 6750 §3.1: a request that sent no credentials is told where to get them, with no error code.
    if (!header) return this.challenge();
    const options = { requiredScopes: this.requiredScopes, resourceMetadataUrl: this.metadataUrl };
    try {
      return await verifyBearerToken(header, { ...options, verifier: this.verifier });
    } catch (e) {
      if (e instanceof IssuerUnavailable) {
        this.options.logger.warn('cannot verify bearer tokens', { error: e.message });
        return Response.json(
          {
            error: 'temporarily_unavailable',
            error_description: 'The authorization server cannot be reached.',
          },
          { status: 503, headers: { 'retry-after': '30' } },
        );
      }
      return bearerAuthChallengeResponse(e, options);
    }
  }

  private challenge(): Response {
    const scope = this.requiredScopes.length ? `, scope="${this.requiredScopes.join(' ')}"` : '';
    return Response.json(
      { error: 'unauthorized', error_description: 'This server needs an OAuth bearer token.' },
      {
        status: 401,
        headers: { 'www-authenticate': `Bearer resource_metadata="${this.metadataUrl}"${scope}` },
      },
    );
  }
}

async function verifiedAuthInfo(tokens: TokenVerifier, token: string): Promise<AuthInfo> {
  try {
    const verified = await tokens.verify(token);
    return {
      // Kept out of everything downstream: nothing after this point may use or show the token.
      token: '',
      clientId: verified.principal.clientId ?? '',
      scopes: [...verified.scopes],
      expiresAt: verified.expiresAt,
      extra: withPrincipal(verified.principal),
    };
  } catch (e) {
    if (e instanceof TokenRejected) throw new OAuthError(OAuthErrorCode.InvalidToken, e.message);
    throw e;
  }
}

// Verifies a bearer JWT access token with `jose` (no crypto of our own): signed with an asymmetric
// key the issuer publishes (`none` and HMAC are refused: an HMAC "signed" with the public key is
// the classic forgery), `iss` one of the configured issuers, `aud` containing ours, inside its
// validity window give or take a small clock skew. The issuer's key set is cached by jose and
// fetched again when a token names a key it does not know (rotation), at most once per cooldown.

import {
  createRemoteJWKSet,
  customFetch,
  decodeJwt,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import type { Principal } from '../identity/principal.js';
import { principalFromClaims, scopesOf } from './claims.js';
import { discoverIssuer, type FetchLike } from './discovery.js';
import { IssuerUnavailable, TokenRejected, type AuthSettings } from './types.js';

/** Asymmetric signatures only (RFC 8725 §3.1: never let the token pick a symmetric or no alg). */
export const ACCEPTED_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];

/** Seconds of clock difference tolerated on `exp` and `nbf`. */
export const CLOCK_SKEW_SECONDS = 60;

export interface VerifiedToken {
  readonly principal: Principal;
  readonly scopes: readonly string[];
  /** `exp`, seconds since the epoch. */
  readonly expiresAt: number;
}

export interface TokenVerifierOptions {
  readonly settings: AuthSettings;
  /** The `aud` to require (AWS_MCP_AUTH_AUDIENCE, else the public URL). */
  readonly audience: string;
  readonly fetch?: FetchLike;
  /** Minimum time between two fetches of a key set; jose's default (30 s) unless set. */
  readonly jwksCooldownMs?: number;
}

export class TokenVerifier {
  private readonly keySets = new Map<string, Promise<JWTVerifyGetKey>>();

  constructor(private readonly options: TokenVerifierOptions) {}

  async verify(token: string): Promise<VerifiedToken> {
    const issuer = this.acceptedIssuer(token);
    const keys = await this.keysOf(issuer);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer,
        audience: this.options.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        clockTolerance: CLOCK_SKEW_SECONDS,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (e) {
      throw rejection(e, issuer);
    }
    return {
      principal: principalFromClaims(payload, this.options.settings.groupsClaim),
      scopes: scopesOf(payload),
      expiresAt: payload.exp!,
    };
  }

  /** The `iss` the token claims, if it is one we accept (checked again once the signature is). */
  private acceptedIssuer(token: string): string {
    let iss: unknown;
    try {
      iss = decodeJwt(token).iss;
    } catch {
      throw new TokenRejected('the token is not a well-formed JWT');
    }
    if (typeof iss !== 'string' || !this.options.settings.issuers.includes(iss)) {
      throw new TokenRejected('the token was not issued by an accepted issuer (iss)');
    }
    return iss;
  }

  /** One key set per issuer, discovered once; a failed discovery is retried by the next request. */
  private keysOf(issuer: string): Promise<JWTVerifyGetKey> {
    let keys = this.keySets.get(issuer);
    if (!keys) {
      keys = discoverIssuer(issuer, this.options.fetch).then((metadata) =>
        createRemoteJWKSet(new URL(metadata.jwks_uri), {
          ...(this.options.jwksCooldownMs !== undefined
            ? { cooldownDuration: this.options.jwksCooldownMs }
            : {}),
          ...(this.options.fetch ? { [customFetch]: this.options.fetch } : {}),
        }),
      );
      keys.catch(() => this.keySets.delete(issuer));
      this.keySets.set(issuer, keys);
    }
    return keys;
  }
}

/** jose says so with a plain JOSEError when the key set answers other than 200 JSON. */
function keySetUnreadable(e: unknown): e is errors.JOSEError {
  return e instanceof errors.JOSEError && /JSON Web Key Set HTTP response/.test(e.message);
}

/** jose's reasons name the failed check, never the token; a key set out of reach is not the token's fault. */
function rejection(e: unknown, issuer: string): Error {
  if (e instanceof TokenRejected) return e;
  if (e instanceof errors.JWKSTimeout || e instanceof errors.JWKSInvalid || keySetUnreadable(e)) {
    return new IssuerUnavailable(issuer, e.message);
  }
  if (e instanceof errors.JWKSNoMatchingKey) {
    return new TokenRejected('no key published by the issuer matches the token (kid/alg)');
  }
  if (e instanceof errors.JOSEError) return new TokenRejected(e.message);
  // fetch() failing to reach the key set throws a TypeError.
  if (e instanceof TypeError) return new IssuerUnavailable(issuer, e.message);
  return new TokenRejected('the token could not be verified');
}

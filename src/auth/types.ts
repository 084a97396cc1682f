// What the HTTP transport is told about authentication (taken from Config by the caller: this
// folder never reads the environment), and the two ways a token is refused.

export interface AuthSettings {
  /** Issuer identifiers accepted in `iss`, exactly as configured. */
  readonly issuers: readonly string[];
  /** The `aud` a token must contain; the public URL when unset. */
  readonly audience?: string;
  /** Scopes every token must carry. */
  readonly requiredScopes: readonly string[];
  /** Claim (or dotted path to a nested claim) holding the groups. */
  readonly groupsClaim: string;
}

/** The token is not acceptable: 401 `invalid_token`. The reason never quotes the token. */
export class TokenRejected extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'TokenRejected';
  }
}

/** The issuer's metadata or keys cannot be fetched: the token cannot be judged now (503). */
export class IssuerUnavailable extends Error {
  constructor(issuer: string, reason: string) {
    super(`authorization server ${issuer} is unavailable: ${reason}`);
    this.name = 'IssuerUnavailable';
  }
}

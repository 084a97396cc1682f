// What the tools keep across calls, built once by the composition root (app.ts) and carried on
// ToolServices: the call environment (HTTP transport, clock, clock skew, discovered endpoints),
// one credential resolver per profile/role, and the account learned for each access key.

import type { CredentialResolver } from '../execution/credentials.js';
import { createCallEnvironment, type CallEnvironment } from '../execution/environment.js';

export interface ToolRuntime {
  readonly env: CallEnvironment;
  /** Resolvers by profile, role, external id and session name (bounded, oldest out). */
  readonly credentialResolvers: Map<string, CredentialResolver>;
  /** The account of each access key, once STS GetCallerIdentity has told it. */
  readonly accountsByAccessKey: Map<string, string>;
}

export function createToolRuntime(env: CallEnvironment = createCallEnvironment()): ToolRuntime {
  return { env, credentialResolvers: new Map(), accountsByAccessKey: new Map() };
}

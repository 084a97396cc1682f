// The auth traits of an operation and its service, read as Smithy defines them: `@auth` lists the
// schemes in priority order (an empty list: no auth), else the service's `@auth`, else every auth
// trait the service carries, in model order.

import type { Traits } from '../ast.js';
import { TRAIT } from './trait-ids.js';

export type ModelAuthScheme = 'sigv4' | 'sigv4a' | 'bearer';

const SCHEME_TRAITS: ReadonlyMap<string, ModelAuthScheme> = new Map<string, ModelAuthScheme>([
  [TRAIT.sigv4, 'sigv4'],
  [TRAIT.sigv4a, 'sigv4a'],
  [TRAIT.httpBearerAuth, 'bearer'],
]);

export interface ModelAuthOption {
  readonly scheme: ModelAuthScheme;
  /** The trait's own signing name (`aws.auth#sigv4` / `sigv4a` name), when it has one. */
  readonly signingName?: string;
}

/** `@auth([])` or `@optionalAuth`: the operation may be called without credentials. */
export function isAnonymousOperation(opTraits: Traits | undefined): boolean {
  const opAuth = opTraits?.[TRAIT.auth];
  return (Array.isArray(opAuth) && opAuth.length === 0) || opTraits?.[TRAIT.optionalAuth] !== undefined;
}

/** The auth schemes the service supports for this operation, highest priority first. */
export function authOptions(opTraits: Traits | undefined, serviceTraits: Traits): ModelAuthOption[] {
  const opAuth = opTraits?.[TRAIT.auth];
  const serviceAuth = serviceTraits[TRAIT.auth];
  const order = Array.isArray(opAuth)
    ? (opAuth as string[])
    : Array.isArray(serviceAuth)
      ? (serviceAuth as string[])
      : Object.keys(serviceTraits);
  const out: ModelAuthOption[] = [];
  for (const traitId of order) {
    const scheme = SCHEME_TRAITS.get(traitId);
    const value = serviceTraits[traitId];
    if (!scheme || value === undefined) continue;
    const name = (value as { name?: unknown }).name;
    out.push(typeof name === 'string' ? { scheme, signingName: name } : { scheme });
  }
  return out;
}

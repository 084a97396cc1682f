// The IAM session policy passed with a person's AssumeRole, so AWS enforces the coarse part of
// their policy even if our engine had a bug: only the allowed services (by IAM action prefix, the
// model's `aws.api#service` arnNamespace), never the denied ones, and in read-only mode the AWS
// managed ReadOnlyAccess policy as a session policy ARN.
//
// STS limits: the inline policy's plain text (packed, no whitespace) is at most 2,048 characters
// and at most 10 policy ARNs. A policy whose session policy would be larger is refused when it is
// loaded (the identity's line is named) and by sessionPolicy() at run time: we never fall back to a
// wider policy, and never send one STS would reject.

import type { Catalog } from '../catalog/types.js';
import { ToolError } from '../errors/tool-error.js';
import { narrow } from './identities.js';
import type { Policy } from './types.js';
import type { YamlReader } from './yaml-reader.js';

export const STS_INLINE_POLICY_MAX_CHARS = 2048;
export const STS_POLICY_ARNS_MAX = 10;

export interface SessionPolicy {
  /** The inline session policy, packed JSON; absent when the managed policy says it all. */
  readonly policy?: string;
  readonly policyArns: readonly { readonly arn: string }[];
}

type Statement = Record<string, unknown>;

/** The session policy for a person's effective policy (see identities.ts effectivePolicy). */
export function sessionPolicy(policy: Policy, catalog: Pick<Catalog, 'findService'>): SessionPolicy {
  const partition = /^arn:([a-z-]+):/.exec(policy.role?.arn ?? '')?.[1] ?? 'aws';
  const prefixOf = (id: string): string => {
    const s = catalog.findService(id);
    return s?.arnNamespace ?? s?.signingName ?? s?.endpointPrefix ?? id;
  };
  const denied = new Set([...policy.services.deny].map(prefixOf));
  const allowed = policy.services.allow
    ? new Set([...policy.services.allow].filter((id) => !policy.services.deny.has(id)).map(prefixOf))
    : undefined;
  const actions = (prefixes: Iterable<string>) => [...prefixes].sort().map((p) => `${p}:*`);
  const statements: Statement[] = [];
  if (policy.mode === 'read-only') {
    // ReadOnlyAccess grants the reads; this policy only takes services away from it.
    if (allowed) statements.push(deny({ NotAction: actions(allowed) }));
  } else if (allowed === undefined) statements.push(allow({ Action: '*' }));
  else if (allowed.size > 0) statements.push(allow({ Action: actions(allowed) }));
  if (!allowed && denied.size > 0) statements.push(deny({ Action: actions(denied) }));
  if (policy.mode === 'standard' && statements.length === 0) statements.push(deny({ Action: '*' }));
  const text =
    statements.length > 0 ? JSON.stringify({ Version: '2012-10-17', Statement: statements }) : undefined;
  const policyArns =
    policy.mode === 'read-only' ? [{ arn: `arn:${partition}:iam::aws:policy/ReadOnlyAccess` }] : [];
  if (text !== undefined && text.length > STS_INLINE_POLICY_MAX_CHARS) {
    throw new ToolError(
      'PolicyDenied',
      `The session policy for this person would be ${text.length} characters, over STS's limit of ${STS_INLINE_POLICY_MAX_CHARS}; nothing was sent.`,
      { hint: 'Shorten services.allowlist or services.denylist for this identity in policy.yaml.' },
    );
  }
  return { ...(text !== undefined ? { policy: text } : {}), policyArns };
}

/** Load-time check: each identity that assumes a role gets a session policy STS accepts. */
export function checkSessionPolicies(
  policy: Policy,
  catalog: Pick<Catalog, 'findService'>,
  r: YamlReader,
): void {
  for (const rule of policy.identities?.rules ?? []) {
    if (!rule.role) continue;
    try {
      sessionPolicy(narrow(policy, rule), catalog);
    } catch (e) {
      r.problems.push({ line: rule.line, col: 1, message: `${rule.id}: ${(e as Error).message}` });
    }
  }
}

function allow(action: Statement): Statement {
  return { Effect: 'Allow', ...action, Resource: '*' };
}

function deny(action: Statement): Statement {
  return { Effect: 'Deny', ...action, Resource: '*' };
}

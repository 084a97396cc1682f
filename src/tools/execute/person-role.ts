// Each person's calls run as that person in AWS: when their effective policy (identity rule) names
// a `role:`, the server assumes it with its own credentials for them, with their SourceIdentity,
// a RoleSessionName naming them, session tags for their subject and groups, and the session policy
// generated from their policy (policy/session-policy.ts), so AWS enforces the coarse part too.
//
// How it combines with `options.roleArn`: the identity's role wins. A call may repeat that role
// (it changes nothing); naming another role, or its own RoleSessionName, is refused: a person
// cannot widen their identity or hide who acted.

import { createHash } from 'node:crypto';
import { ToolError } from '../../errors/tool-error.js';
import type { AssumeRoleSession } from '../../execution/credentials.js';
import { sessionIdentity } from '../../policy/session-identity.js';
import { sessionPolicy } from '../../policy/session-policy.js';
import type { ExecuteOptions } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import type { CallContext } from './call-context.js';

export interface PersonRole {
  /** The call's options with `roleArn` set to the person's role (planned and decided as today's). */
  readonly options: ExecuteOptions;
  /** The person's AssumeRole parameters; absent when their policy names no role. */
  readonly session?: AssumeRoleSession;
  /** What the person's credentials are cached by: person, role and session-policy digest. */
  readonly cacheKey?: string;
}

/**
 * The role a call runs as. Throws PolicyDenied, before anything is sent, for another role than
 * the identity's or a session policy STS would refuse; InvalidInput for a RoleSessionName.
 */
export function personRole(services: ToolServices, ctx: CallContext, options: ExecuteOptions): PersonRole {
  const role = services.policy.role?.arn;
  if (!role) return { options };
  if (options.roleArn !== undefined && options.roleArn !== role) {
    throw new ToolError(
      'PolicyDenied',
      `Denied by policy: your calls run as ${role}; options.roleArn '${options.roleArn}' is refused.`,
      { hint: 'Leave out options.roleArn: the policy chooses the role for you.', details: { rule: 'role' } },
    );
  }
  if (options.roleSessionName !== undefined) {
    throw new ToolError('InvalidInput', 'options.roleSessionName cannot be set: the session names you.', {
      hint: 'Leave out options.roleSessionName.',
    });
  }
  const identity = sessionIdentity(ctx.principal);
  const policy = sessionPolicy(services.policy, services.catalog);
  const session: AssumeRoleSession = {
    sourceIdentity: identity.sourceIdentity,
    tags: identity.tags,
    // A role this session assumes in turn keeps naming the person in its tags too.
    transitiveTagKeys: identity.tags.map((t) => t.Key),
    ...(policy.policy !== undefined ? { policy: policy.policy } : {}),
    policyArns: policy.policyArns,
  };
  const digest = createHash('sha256')
    .update(JSON.stringify([session, identity.roleSessionName]))
    .digest('hex');
  return {
    options: { ...options, roleArn: role, roleSessionName: identity.roleSessionName },
    session,
    cacheKey: JSON.stringify([ctx.principalKey, role, digest]),
  };
}

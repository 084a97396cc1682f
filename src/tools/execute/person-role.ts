// Each person's calls run as that person in AWS: when their effective policy (identity rule) names
// a `role:`, the server assumes it with its own credentials for them, with their SourceIdentity,
// a RoleSessionName naming them, session tags for their subject and groups, and the session policy
// generated from their policy (policy/session-policy.ts), so AWS enforces the coarse part too.
//
// How it combines with `options.roleArn`: the identity's role wins. A call may repeat that role
// (it changes nothing); naming another role, or its own RoleSessionName, is refused: a person
// cannot widen their identity or hide who acted. validate reports the same refusal.
//
// Who decides the server's sts:AssumeRole for that role: the operator's base policy, not the
// person's narrowed one (request-plan.ts). Obtaining the role the operator's rule assigns is
// infrastructure the operator authorised; what the person then calls stays decided by their policy.

import { createHash } from 'node:crypto';
import { ToolError } from '../../errors/tool-error.js';
import type { AssumeRoleSession } from '../../execution/credentials.js';
import { sessionIdentity } from '../../policy/session-identity.js';
import { sessionPolicy } from '../../policy/session-policy.js';
import type { Policy } from '../../policy/types.js';
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
 * The call's options with the role the person's identity rule assigns (validate, batch checks and
 * invoke all decide with them). Throws PolicyDenied, naming both roles, for an options.roleArn
 * other than the assigned one; InvalidInput for a RoleSessionName (the session names the person).
 */
export function assignedRoleOptions(policy: Policy, options: ExecuteOptions): ExecuteOptions {
  const role = policy.role?.arn;
  if (!role) return options;
  if (options.roleArn !== undefined && options.roleArn !== role) throw roleConflict(policy, options.roleArn);
  if (options.roleSessionName !== undefined) {
    throw new ToolError('InvalidInput', 'options.roleSessionName cannot be set: the session names you.', {
      hint: 'Leave out options.roleSessionName.',
      details: { field: 'options.roleSessionName' },
    });
  }
  return { ...options, roleArn: role };
}

/** The refusal of a role the identity rule does not assign (the same for validate and invoke). */
function roleConflict(policy: Policy, requested: string): ToolError {
  const assigned = policy.role!.arn;
  const rule = `${policy.identity?.id ?? 'identities'}.role`;
  return new ToolError(
    'PolicyDenied',
    `Denied by policy: your calls run as ${assigned} (${rule}, line ${policy.role!.line}); options.roleArn '${requested}' is refused.`,
    {
      hint: 'Leave out options.roleArn: the policy chooses the role for you.',
      details: { rule, assignedRole: assigned, requestedRole: requested },
    },
  );
}

/**
 * The role a call runs as. Throws as `assignedRoleOptions` does, and PolicyDenied, before anything
 * is sent, for a session policy STS would refuse.
 */
export function personRole(services: ToolServices, ctx: CallContext, requested: ExecuteOptions): PersonRole {
  const role = services.policy.role?.arn;
  const options = assignedRoleOptions(services.policy, requested);
  if (!role) return { options };
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
    options: { ...options, roleSessionName: identity.roleSessionName },
    session,
    cacheKey: JSON.stringify([ctx.principalKey, role, digest]),
  };
}

// `policy explain --as`: the person a decision is explained for, and what their policy adds beyond
// the decision: the payload conditions and required tags the call must meet, the rate limits, and
// the AWS role with the session policy the server would pass when assuming it.

import type { Catalog, OperationEntry, ServiceEntry } from '../catalog/types.js';
import type { Principal } from '../identity/principal.js';
import { decide } from '../policy/decide.js';
import { conditionsFor, describeCondition, describeTag } from '../policy/payload-conditions.js';
import { sessionPolicy } from '../policy/session-policy.js';
import type { Policy } from '../policy/types.js';
import { CliError } from './args.js';

/** `{"sub":"u1","iss":"https://idp","groups":["developers"],"email":"a@b"}` or `{"local":true}`. */
export function principalFromJson(text: string): Principal {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new CliError(`--as must be a JSON object of claims, e.g. '{"sub":"u1","groups":["developers"]}'`);
  }
  const o = (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}) as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const groups = Array.isArray(o.groups) ? o.groups.filter((g): g is string => typeof g === 'string') : [];
  if (o.local === true) return { source: 'local', subject: str('sub') ?? 'local', groups };
  const subject = str('sub');
  if (!subject) throw new CliError('--as needs "sub" (or "local": true)');
  const email = str('email');
  const name = str('name');
  return {
    source: 'oauth',
    subject,
    issuer: str('iss') ?? 'cli',
    groups,
    ...(email ? { email } : {}),
    ...(name ? { name } : {}),
  };
}

/** The lines after the steps: what the call must carry, limits, and the AWS identity. */
export function personLines(
  policy: Policy,
  catalog: Catalog,
  service: ServiceEntry,
  operation: OperationEntry,
  forPerson: boolean,
): string[] {
  const out: string[] = [];
  for (const c of conditionsFor(policy, { service, operation })) {
    out.push(`  payload ${c.id.padEnd(22)} only where ${describeCondition(c)} (line ${c.line})`);
  }
  for (const t of policy.requiredTags ?? []) {
    out.push(`  tags    ${t.id.padEnd(22)} a create or tag call must carry a tag ${describeTag(t)}`);
  }
  const limits = policy.rateLimits;
  if (limits) {
    const parts = [
      limits.callsPerMinute !== undefined ? `${limits.callsPerMinute} calls/min` : '',
      limits.writesPerMinute !== undefined ? `${limits.writesPerMinute} writes/min` : '',
      limits.concurrentCalls !== undefined ? `${limits.concurrentCalls} at once` : '',
    ].filter(Boolean);
    out.push(`rate limits: ${parts.join(', ')}`);
  }
  if (policy.role) {
    const session = sessionPolicy(policy, catalog);
    out.push(`aws role: ${policy.role.arn} (line ${policy.role.line})`);
    out.push(`obtained by the server: ${roleAssumption(policy, catalog)}`);
    out.push(`session policy: ${session.policy ?? '(none: the managed policies below say it all)'}`);
    for (const a of session.policyArns) out.push(`session policy arn: ${a.arn}`);
  } else if (forPerson) out.push('aws role: none (calls use the server credentials)');
  return out;
}

/**
 * The server's sts:AssumeRole for the person's role, as the operator's base policy decides it
 * (not the person's narrowed one: see tools/execute/request-plan.ts).
 */
function roleAssumption(policy: Policy, catalog: Catalog): string {
  const role = policy.role!;
  const { service, operation } = catalog.resolveOperation('sts', 'AssumeRole');
  const d = decide(role.operatorPolicy ?? policy, { service, operation, roleArn: role.arn, preview: true });
  return `sts:AssumeRole ${d.effect} by the base policy (${d.reason})`;
}

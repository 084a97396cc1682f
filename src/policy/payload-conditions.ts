// The checks that need the validated payload, run after decide(): `required_tags` on create and
// tag calls, and `conditions:` on payload members. Both only ever refuse, never allow.
// The pipeline calls checkPayloadConditions() in its decide step, before any approval or request.

import type { OperationEntry, ServiceEntry } from '../catalog/types.js';
import { ToolError } from '../errors/tool-error.js';
import type { Principal } from '../identity/principal.js';
import type { OperationView, ServiceModel } from '../model/service-model.js';
import { denyCandidates } from './decide.js';
import { effectivePolicy } from './identities.js';
import { tagLocations, tagsIn, valuesAt } from './tag-locations.js';
import type { Decision, PayloadCondition, Policy, RequiredTag } from './types.js';

/** What the checks need of a resolved call. */
export interface PayloadCall {
  readonly service: ServiceEntry;
  readonly operation: Pick<OperationEntry, 'name' | 'risk'>;
  readonly model: ServiceModel;
  readonly op: OperationView;
}

export interface PayloadDenial {
  /** `required_tags[0]`, `identities[1].conditions[0]`... */
  readonly rule: string;
  readonly reason: string;
}

/** Operations that create or tag something: where `required_tags` applies (if they can carry tags). */
const CREATES_OR_TAGS =
  /^(Create|Tag|Run|Add|Put|Register|Allocate|Import|Copy|Request|Restore|Clone|Launch)/;

/** Throws `PolicyDenied` naming the missing tag or the failed condition; returns when the payload passes. */
export function checkPayloadConditions(
  policy: Policy,
  principal: Principal | undefined,
  call: PayloadCall,
  payload: unknown,
): void {
  const denial = payloadDenial(effectivePolicy(policy, principal), call, payload);
  if (!denial) return;
  throw new ToolError('PolicyDenied', `Denied by policy: ${denial.reason}`, {
    hint: 'Change the payload to meet the policy (see aws-tool-mcp policy explain), or ask the operator.',
    details: { rule: denial.rule },
  });
}

/** `decision`, or a deny when the payload fails a required tag or condition (what validate reports). */
export function withPayloadDenial(
  policy: Policy,
  call: PayloadCall,
  payload: unknown,
  decision: Decision,
): Decision {
  if (decision.effect === 'deny') return decision;
  const denial = payloadDenial(policy, call, payload);
  return denial ? { effect: 'deny', risk: decision.risk, ...denial } : decision;
}

/** The first required tag or condition the payload fails, or undefined. */
export function payloadDenial(
  policy: Policy,
  call: PayloadCall,
  payload: unknown,
): PayloadDenial | undefined {
  const name = `${call.service.id}:${call.operation.name}`;
  for (const c of conditionsFor(policy, call)) {
    const failed = failedClause(c, payload);
    if (failed)
      return { rule: c.id, reason: `${name} is allowed only where ${failed} (${c.id}, line ${c.line})` };
  }
  const tags = requiredTagsFor(policy, call);
  if (tags.length === 0) return undefined;
  const carried = tagsIn(payload, tagLocations(call.model, call.op));
  const missing = tags.find(
    (t) => !carried.some((c) => t.key.regex.test(c.key) && (t.value?.regex.test(c.value) ?? true)),
  );
  if (!missing) return undefined;
  return {
    rule: missing.id,
    reason: `${name} must carry a tag ${describeTag(missing)} (${missing.id}, line ${missing.line})`,
  };
}

/** The conditions whose operation pattern matches the call (any spelling, like deny rules). */
export function conditionsFor(
  policy: Policy,
  call: Pick<PayloadCall, 'service' | 'operation'>,
): PayloadCondition[] {
  const names = denyCandidates(call);
  return (policy.conditions ?? []).filter((c) => names.some((n) => c.operation.regex.test(n)));
}

/** The required tags a call must carry: none unless it creates or tags and its input can hold tags. */
export function requiredTagsFor(policy: Policy, call: PayloadCall): readonly RequiredTag[] {
  const tags = policy.requiredTags ?? [];
  if (tags.length === 0 || !CREATES_OR_TAGS.test(call.operation.name)) return [];
  return tagLocations(call.model, call.op).length > 0 ? tags : [];
}

export function describeTag(t: RequiredTag): string {
  return `whose key matches '${t.key.pattern}'${t.value ? ` and value matches '${t.value.pattern}'` : ''}`;
}

export function describeCondition(c: PayloadCondition): string {
  return c.where.map((w) => `${w.path} matches '${w.pattern.pattern}'`).join(' and ');
}

/** The first clause the payload fails, described; a missing member fails (fail closed). */
function failedClause(c: PayloadCondition, payload: unknown): string | undefined {
  for (const w of c.where) {
    const values = valuesAt(payload, w.path.split('.'));
    const ok =
      values.length > 0 &&
      values.every(
        (v) =>
          (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') &&
          w.pattern.regex.test(String(v)),
      );
    if (!ok)
      return `${w.path} matches '${w.pattern.pattern}'${values.length === 0 ? ` (${w.path} is missing)` : ''}`;
  }
  return undefined;
}

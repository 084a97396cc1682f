// One human yes for a script or a batch: the calls needing approval are listed in one prompt (or
// one confirmation token bound to exactly that set and the script or batch), and approving covers
// exactly those. Declared operations the policy denies are refused before anything runs.

import { obtainApproval } from '../../approval/obtain-approval.js';
import type { ApprovalEvidence } from '../../approval/types.js';
import { ToolError } from '../../errors/tool-error.js';
import { decide } from '../../policy/decide.js';
import { redact } from '../../redaction/redact.js';
import type { Decision } from '../../policy/types.js';
import type { ToolServices } from '../services.js';
import type { ToolCallContext } from '../tool-definition.js';

/** How an approved operation is named (canonical `service:Operation`). */
export const approvalKey = (service: string, operation: string): string => `${service}:${operation}`;

export interface NeedsYes {
  readonly service: string;
  readonly operation: string;
  readonly region?: string;
  readonly risk: string;
  /** What identifies the call's target (a bucket, an instance id), shown so the person knows which. */
  readonly keyParameters?: Readonly<Record<string, unknown>>;
}

export interface Together {
  readonly action: 'script' | 'batch';
  readonly region: string;
  readonly items: readonly NeedsYes[];
  /** What the yes is bound to besides the list (the script text, the batch's payloads). */
  readonly binding: unknown;
  readonly confirmationToken?: string;
}

/** Asks once for every item; undefined when nothing needs a yes. Throws the refusal otherwise. */
export async function approveTogether(
  services: ToolServices,
  toolCtx: ToolCallContext,
  t: Together,
): Promise<ApprovalEvidence | undefined> {
  if (t.items.length === 0) return undefined;
  const names = t.items.map((i) => {
    const where = i.region ? ` (${i.region})` : '';
    const which =
      i.keyParameters && Object.keys(i.keyParameters).length
        ? ` ${JSON.stringify(redact(i.keyParameters))}`
        : '';
    return `${approvalKey(i.service, i.operation)}${where}${which}`;
  });
  const { policy } = services;
  const riskiest = t.items.some((i) => i.risk === 'destructive') ? 'destructive' : t.items[0]!.risk;
  return obtainApproval({
    decision: { effect: 'confirm', reason: `it runs ${names.join(', ')}`, risk: riskiest },
    request: {
      service: t.action,
      operation: t.action === 'script' ? 'Script' : 'Batch',
      region: t.region,
      keyParameters: { calls: names },
    },
    payloadHash: services.approvals.payloadHash({ binding: t.binding, calls: names }),
    ...(toolCtx.sessionId ? { sessionId: toolCtx.sessionId } : {}),
    ...(t.confirmationToken ? { confirmationToken: t.confirmationToken } : {}),
    ...(toolCtx.approval.ask ? { prompter: { ask: toolCtx.approval.ask } } : {}),
    mode: policy.approval.mode,
    ttlSeconds: policy.approval.ttlSeconds,
    autoApprove: services.settings.autoApproveDestructive,
    store: services.approvals,
  }).catch((e: unknown) => {
    throw sameSetHint(e, t.action);
  });
}

/** The token redeems only for the same set: the hint says so in the set's terms, not a payload's. */
function sameSetHint(e: unknown, action: Together['action']): unknown {
  if (!(e instanceof ToolError) || e.code !== 'ConfirmationRequired' || e.hint === undefined) return e;
  const same =
    action === 'batch' ? 'exactly the same calls, in the same order,' : 'the same script and approve list';
  return new ToolError(e.code, e.message, {
    hint: e.hint.replace('the same payload', same),
    ...(e.details ? { details: e.details } : {}),
  });
}

/** The policy's preview decision for one named operation (canonical names), refusing a deny. */
export function previewDecision(
  services: ToolServices,
  service: string,
  operation: string,
  region: string,
): { readonly key: string; readonly decision: Decision } {
  const resolved = services.catalog.resolveOperation(service, operation);
  const decision = decide(services.policy, {
    service: resolved.service,
    operation: resolved.operation,
    region,
    profile: services.settings.profile,
    preview: true,
  });
  return { key: approvalKey(resolved.service.id, resolved.operation.name), decision };
}

/** `approve: [{service, operation}]` of a script: checked, decided, and asked for in one prompt. */
export async function approveDeclared(
  services: ToolServices,
  toolCtx: ToolCallContext,
  a: {
    approve: readonly { service: string; operation: string }[];
    region: string;
    script: string;
    token?: string;
  },
): Promise<{ approved: Map<string, ApprovalEvidence>; evidence?: ApprovalEvidence }> {
  const decided = a.approve.map((d) => previewDecision(services, d.service, d.operation, a.region));
  const denied = decided.find((d) => d.decision.effect === 'deny');
  if (denied) {
    throw new ToolError('PolicyDenied', `The script declares ${denied.key}, which the policy denies.`, {
      hint: 'Remove it from approve: the script could not run it anyway.',
      details: { operation: denied.key },
    });
  }
  const needing = [
    ...new Map(decided.filter((d) => d.decision.effect === 'confirm').map((d) => [d.key, d])).values(),
  ];
  const items = needing.map((d) => {
    const [service, operation] = d.key.split(':') as [string, string];
    return { service, operation, risk: d.decision.risk };
  });
  const evidence = await approveTogether(services, toolCtx, {
    action: 'script',
    region: a.region,
    items,
    binding: { script: a.script },
    ...(a.token ? { confirmationToken: a.token } : {}),
  });
  const approved = new Map<string, ApprovalEvidence>();
  if (evidence) for (const d of needing) approved.set(d.key, evidence);
  return { approved, ...(evidence ? { evidence } : {}) };
}

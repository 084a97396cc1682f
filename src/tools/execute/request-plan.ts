// Every request an invoke can send, decided by the policy before the first one leaves: the call
// itself (or its pages, or its dry run), the waiter's polls (often another operation), endpoint
// discovery, and the server's own STS calls (sts:AssumeRole for options.roleArn,
// sts:GetCallerIdentity to learn the account). The sts:AssumeRole for the role a person's identity
// rule assigns is decided by the operator's base policy, not the person's: obtaining the role the
// operator assigned is infrastructure the operator authorised (a `developers` allowlist without
// `sts` can still use its role), and only that exact role is; a role the caller names is decided
// by the caller's own policy. A deny on any of them refuses the call up front;
// an approval any of them needs is asked for the call. The executor then asks `gate` before each
// request, so nothing outside the plan, or in a region the policy refuses, is ever sent.

import type { OperationEntry, ServiceEntry } from '../../catalog/types.js';
import { ToolError } from '../../errors/tool-error.js';
import { discoveryOperation, requiresDiscovery } from '../../execution/endpoint-discovery.js';
import { findServiceWaiter, listWaiters } from '../../execution/workflows/waiters.js';
import type { OperationView } from '../../model/service-model.js';
import { decide, type DecisionRequest } from '../../policy/decide.js';
import type { Decision } from '../../policy/types.js';
import type { ExecuteOptions } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import type { ResolvedCall } from './steps/resolve.js';

/** What an audit op row says a request was for. */
export type RequestKind =
  'call' | 'page' | 'dry-run' | 'waiter-poll' | 'endpoint-discovery' | 'credential' | 'account';

export interface PlannedRequest {
  readonly kind: RequestKind;
  readonly service: ServiceEntry;
  readonly operation: OperationEntry;
  readonly decision: Decision;
  /** Decided by the operator's base policy: the server obtaining the role an identity rule assigns. */
  readonly byOperator?: true;
}

export interface PlanContext {
  readonly account?: string;
  /** The account is unknown yet and the server will ask STS for it (policy `accounts`). */
  readonly accountLookup: boolean;
  readonly preview: boolean;
  /** An endpoint override is configured for the service: no discovery call is made. */
  readonly endpointOverride: boolean;
}

/** `service:Operation` as audit rows and errors name it. */
export function requestName(r: Pick<PlannedRequest, 'service' | 'operation'>): string {
  return `${r.service.id}:${r.operation.name}`;
}

/** The waiter `options.waitFor` names, with the operation it polls; InvalidInput when there is none. */
export function waiterOperation(call: ResolvedCall, name: string): OperationView {
  const found = findServiceWaiter(call.model, name);
  if (found) return found.op;
  const model = call.model;
  const names = model.operations().flatMap((op) => listWaiters(model, op).map((w) => w.name));
  throw new ToolError('InvalidInput', `${call.service.id} has no waiter named "${name}".`, {
    hint: names.length ? `Valid waiters: ${names.join(', ')}.` : 'This service defines no waiters.',
    details: { waiters: names },
  });
}

/** Decides every request the call may send, in the order they would be sent. */
export function planRequests(
  services: ToolServices,
  call: ResolvedCall,
  options: ExecuteOptions,
  ctx: PlanContext,
): PlannedRequest[] {
  const base: Omit<DecisionRequest, 'service' | 'operation'> = {
    region: call.region,
    profile: options.profile ?? services.settings.profile,
    roleArn: options.roleArn,
    account: ctx.account,
    preview: ctx.preview,
  };
  const plan: PlannedRequest[] = [];
  const add = (
    kind: RequestKind,
    serviceId: string,
    opName: string,
    extra: Partial<DecisionRequest> = {},
  ) => {
    const { service, operation } = services.catalog.resolveOperation(serviceId, opName);
    const operator = kind === 'credential' ? assignedRolePolicy(services, options) : undefined;
    const decision = decide(operator ?? services.policy, { ...base, ...extra, service, operation });
    plan.push({ kind, service, operation, decision, ...(operator ? { byOperator: true as const } : {}) });
  };
  // The account is what this call learns: decided as a preview, as the account is not known yet.
  if (ctx.accountLookup) add('account', 'sts', 'GetCallerIdentity', { preview: true });
  if (options.roleArn) add('credential', 'sts', 'AssumeRole');
  const ops: Array<[RequestKind, OperationView]> = [];
  const mainKind: RequestKind = options.dryRun ? 'dry-run' : options.paginate ? 'page' : 'call';
  const waiterOp = options.waitFor ? waiterOperation(call, options.waitFor) : undefined;
  // A waiter defined on the operation itself polls it instead of calling it first.
  if (!waiterOp || waiterOp.id !== call.op.id || options.dryRun) ops.push([mainKind, call.op]);
  if (waiterOp && !options.dryRun) ops.push(['waiter-poll', waiterOp]);
  for (const [kind, op] of ops) {
    const discovery = ctx.endpointOverride ? undefined : discoveryOperation(call.model);
    if (discovery && requiresDiscovery(call.model, op)) {
      add('endpoint-discovery', call.service.id, discovery.name);
    }
    add(kind, call.service.id, op.name);
  }
  return plan;
}

/** The operator's base policy when the call assumes exactly the role the person's identity rule assigns. */
function assignedRolePolicy(services: ToolServices, options: ExecuteOptions) {
  const role = services.policy.role;
  return role?.operatorPolicy && role.arn === options.roleArn ? role.operatorPolicy : undefined;
}

/**
 * The call's decision: the first deny in the plan (naming the request it refuses), else a
 * confirmation when any request needs one, else the call's own decision.
 */
export function callDecision(
  call: Pick<ResolvedCall, 'service' | 'operation'>,
  own: Decision,
  plan: readonly PlannedRequest[],
): Decision {
  const named = (r: PlannedRequest, d: Decision): Decision =>
    r.service.id === call.service.id && r.operation.name === call.operation.name
      ? d
      : { ...d, reason: `${d.reason} (${describe(r)})` };
  const denied = plan.find((r) => r.decision.effect === 'deny');
  if (denied) return named(denied, denied.decision);
  if (own.effect !== 'allow') return own;
  const confirm = plan.find((r) => r.decision.effect === 'confirm');
  return confirm ? named(confirm, confirm.decision) : own;
}

function describe(r: PlannedRequest): string {
  const why: Record<RequestKind, string> = {
    call: 'the call',
    page: 'its pages',
    'dry-run': 'its dry run',
    'waiter-poll': 'sent by the waiter of options.waitFor',
    'endpoint-discovery': 'the endpoint discovery the service requires',
    credential: r.byOperator
      ? "sent by the server to assume the role your identity rule assigns, decided by the operator's base policy"
      : 'sent by the server to assume options.roleArn',
    account: "sent by the server to learn the credentials' account for the policy's accounts",
  };
  return `${requestName(r)}: ${why[r.kind]}`;
}

/**
 * The executor's check before each request: the operation must be one the plan decided, and the
 * policy must not deny it in the region it actually goes to (an S3 redirect moves it).
 */
export function requestGate(
  services: ToolServices,
  plan: readonly PlannedRequest[],
  options: ExecuteOptions,
  account: string | undefined,
): (request: { operation: string; region: string }) => void {
  return ({ operation, region }) => {
    // sts:AssumeRole for credentials is sent by the credential resolver, never through this gate:
    // a call of that operation is the call's own request, decided as such.
    const planned = plan.find((r) => r.kind !== 'credential' && r.operation.name === operation);
    const decision: Decision | undefined = planned
      ? decide(services.policy, {
          service: planned.service,
          operation: planned.operation,
          region,
          profile: options.profile ?? services.settings.profile,
          roleArn: options.roleArn,
          account,
          // The account lookup is what learns the account: decided without one, like in the plan.
          preview: planned.kind === 'account',
        })
      : undefined;
    if (!planned || !decision || decision.effect === 'deny') {
      const name = planned ? requestName(planned) : operation;
      throw new ToolError(
        'PolicyDenied',
        `Denied by policy: ${decision?.reason ?? `${name} was not part of the decided call`} (a request to ${name} in ${region} was stopped before it was sent).`,
        {
          hint: 'Choose a request the policy allows, or ask the operator to change policy.yaml.',
          details: {
            operation: name,
            region,
            ...(decision && 'rule' in decision ? { rule: decision.rule } : {}),
          },
        },
      );
    }
  };
}

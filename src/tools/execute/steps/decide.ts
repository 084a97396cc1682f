// Step 3, decide: the policy's answer for the call and for every request it may send (see
// request-plan.ts), and the refusal of a call the policy denies. Only this step enforces the
// policy before AWS; approval (step 4) merely obtains a yes for a call decided `confirm`.

import { ToolError } from '../../../errors/tool-error.js';
import { decide } from '../../../policy/decide.js';
import type { Decision } from '../../../policy/types.js';
import type { ExecuteOptions } from '../../execute-input.js';
import type { ToolServices } from '../../services.js';
import { endpointOverrideFor } from '../plumbing.js';
import { callDecision, planRequests, type PlanContext, type PlannedRequest } from '../request-plan.js';
import type { ResolvedCall } from './resolve.js';

/** What the policy knows about the caller when it decides. */
export interface DecisionFacts {
  readonly account?: string | undefined;
  /** The account is unknown yet and the server will ask STS for it (policy `accounts`). */
  readonly accountLookup: boolean;
  /** Decided before the account is known: account rules cannot refuse yet. */
  readonly preview: boolean;
}

export interface DecidedCall {
  /** The decision for the call's own operation (its risk is the call's risk). */
  readonly own: Decision;
  /** Every request the call may send, each decided. */
  readonly plan: PlannedRequest[];
  /** The call's decision: the first deny of the plan, else a confirmation any request needs. */
  readonly decision: Decision;
}

/** The decision for the call's own operation. */
export function decideOwn(
  services: ToolServices,
  call: ResolvedCall,
  options: ExecuteOptions,
  facts: DecisionFacts,
): Decision {
  return decide(services.policy, {
    service: call.service,
    operation: call.operation,
    region: call.region,
    profile: options.profile ?? services.settings.profile,
    roleArn: options.roleArn,
    account: facts.account,
    preview: facts.preview,
  });
}

/** Plans and decides every request; throws InvalidInput for a waiter the service lacks. */
export function decidePlan(
  services: ToolServices,
  call: ResolvedCall,
  own: Decision,
  options: ExecuteOptions,
  facts: DecisionFacts,
): DecidedCall {
  const plan = planRequests(services, call, options, planContext(services, call, facts));
  return { own, plan, decision: callDecision(call, own, plan) };
}

export function decideCall(
  services: ToolServices,
  call: ResolvedCall,
  options: ExecuteOptions,
  facts: DecisionFacts,
): DecidedCall {
  return decidePlan(services, call, decideOwn(services, call, options, facts), options, facts);
}

function planContext(services: ToolServices, call: ResolvedCall, facts: DecisionFacts): PlanContext {
  return {
    accountLookup: facts.accountLookup,
    preview: facts.preview,
    endpointOverride: endpointOverrideFor(services.settings, call.service) !== undefined,
    ...(facts.account ? { account: facts.account } : {}),
  };
}

export type AllowedDecision = Exclude<Decision, { effect: 'deny' }>;

/** A denied call stops here, before approval is asked and before any request is sent. */
export function requireAllowed(decision: Decision): asserts decision is AllowedDecision {
  if (decision.effect !== 'deny') return;
  throw new ToolError('PolicyDenied', `Denied by policy: ${decision.reason}`, {
    hint: 'Choose an operation the policy allows, or ask the operator to change policy.yaml.',
    ...(decision.rule ? { details: { rule: decision.rule } } : {}),
  });
}

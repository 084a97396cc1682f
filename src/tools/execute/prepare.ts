// The steps validate and invoke share: resolve the operation from any spelling, check the region,
// validate the payload against the model, and ask the policy. Pure with respect to AWS: nothing
// here touches the network.

import type { OperationEntry, ServiceEntry } from '../../catalog/types.js';
import { ToolError } from '../../errors/tool-error.js';
import { validateRegion } from '../../execution/regions.js';
import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { decide } from '../../policy/decide.js';
import type { Decision } from '../../policy/types.js';
import { validatePayload, type ValidationOutcome } from '../../schema/validate.js';
import type { ExecuteInput } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import { ROLE_ARN } from './account.js';

export interface PreparedCall {
  readonly service: ServiceEntry;
  readonly operation: OperationEntry;
  readonly model: ServiceModel;
  readonly op: OperationView;
  readonly region: string;
  readonly validation: ValidationOutcome;
  readonly decision: Decision;
}

export async function prepareCall(
  services: ToolServices,
  args: ExecuteInput,
  decisionContext: { preview: boolean; account?: string },
): Promise<PreparedCall> {
  const { service, operation } = services.catalog.resolveOperation(args.service, args.operation);
  requireRoleArn(args.options?.roleArn);
  const region = validateRegion(args.region ?? services.settings.defaultRegion);
  const model = await services.catalog.loadModel(service.id);
  const op = model.operation(operation.name);
  if (!op) throw new Error(`catalog lists ${service.id}:${operation.name} but its model lacks it`);
  const validation = validatePayload(model, op, args.payload ?? {});
  const decision = decide(services.policy, {
    service,
    operation,
    region,
    profile: args.options?.profile ?? services.settings.profile,
    roleArn: args.options?.roleArn,
    account: decisionContext.account,
    preview: decisionContext.preview,
  });
  return { service, operation, model, op, region, validation, decision };
}

/** `options.roleArn` must be exactly a role ARN: no trailing new line, no other resource type. */
function requireRoleArn(roleArn: string | undefined): void {
  if (roleArn === undefined || ROLE_ARN.test(roleArn)) return;
  throw new ToolError('InvalidInput', 'options.roleArn is not a well-formed IAM role ARN.', {
    hint: 'Use arn:<partition>:iam::<12-digit account>:role/<optional path/><name>, with nothing around it.',
    details: { field: 'options.roleArn' },
  });
}

/** Invoke refuses an invalid payload outright, listing every problem with its fix. */
export function requireValid(call: PreparedCall): void {
  const { errors } = call.validation;
  if (call.validation.valid) return;
  // The issues' own fixes first (a blob written as plain text: use {"text": ...}), then the way on.
  const fixes = [...new Set(errors.slice(0, 5).flatMap((e) => (e.hint ? [e.hint] : [])))];
  throw new ToolError(
    'ValidationError',
    `The payload does not match ${call.service.id}:${call.operation.name}'s input: ${errors
      .slice(0, 5)
      .map((e) => `${e.path}: ${e.message}`)
      .join('; ')}${errors.length > 5 ? ` (and ${errors.length - 5} more)` : ''}`,
    {
      hint: [
        ...fixes,
        'Fix every listed error (aws_get_operation_schema has the exact schema), or run action "validate" first.',
      ].join(' '),
      details: { errors },
    },
  );
}

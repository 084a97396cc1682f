// Step 1, resolve: which operation of which service, in which region, with which model. The
// region is checked here, once, before anything uses it (it ends up in host names and credential
// scopes). Nothing here touches the network.

import type { OperationEntry, ServiceEntry } from '../../../catalog/types.js';
import { ToolError } from '../../../errors/tool-error.js';
import { validateRegion } from '../../../execution/regions.js';
import type { OperationView, ServiceModel } from '../../../model/service-model.js';
import type { ExecuteInput } from '../../execute-input.js';
import type { ToolServices } from '../../services.js';
import { ROLE_ARN } from '../account.js';

export interface ResolvedCall {
  readonly service: ServiceEntry;
  readonly operation: OperationEntry;
  readonly model: ServiceModel;
  readonly op: OperationView;
  readonly region: string;
}

export async function resolveCall(services: ToolServices, args: ExecuteInput): Promise<ResolvedCall> {
  const region = validateRegion(args.region ?? services.settings.defaultRegion);
  const { service, operation } = services.catalog.resolveOperation(args.service, args.operation);
  requireRoleArn(args.options?.roleArn);
  const model = await services.catalog.loadModel(service.id);
  const op = model.operation(operation.name);
  if (!op) throw new Error(`catalog lists ${service.id}:${operation.name} but its model lacks it`);
  return { service, operation, model, op, region };
}

/** `options.roleArn` must be exactly a role ARN: no trailing new line, no other resource type. */
function requireRoleArn(roleArn: string | undefined): void {
  if (roleArn === undefined || ROLE_ARN.test(roleArn)) return;
  throw new ToolError('InvalidInput', 'options.roleArn is not a well-formed IAM role ARN.', {
    hint: 'Use arn:<partition>:iam::<12-digit account>:role/<optional path/><name>, with nothing around it.',
    details: { field: 'options.roleArn' },
  });
}

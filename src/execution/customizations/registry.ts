// The table of service customizations and the three points where the executor applies them.
// Adding one: a file with the Customization and its reason, a row here, a capture test row.

import type { HttpRequest, HttpResponse } from '@smithy/types';
import { apiGatewayAccept } from './apigateway-accept.js';
import { glacier } from './glacier.js';
import { route53Ids } from './route53-ids.js';
import { s3Errors200 } from './s3-200-errors.js';
import { s3LocationConstraint } from './s3-location-constraint.js';
import { s3Ssec } from './s3-ssec.js';
import type { CallContext, Customization } from './types.js';

export const CUSTOMIZATIONS: readonly Customization[] = [
  route53Ids,
  s3LocationConstraint,
  s3Errors200,
  s3Ssec,
  glacier,
  apiGatewayAccept,
];

function applicable(ctx: CallContext): Customization[] {
  return CUSTOMIZATIONS.filter(
    (c) =>
      c.namespaces.includes(ctx.model.namespace) && (!c.operations || c.operations.includes(ctx.op.name)),
  );
}

export function customizeInput(input: Record<string, unknown>, ctx: CallContext): Record<string, unknown> {
  return applicable(ctx).reduce((acc, c) => (c.prepareInput ? c.prepareInput(acc, ctx) : acc), input);
}

export function customizeRequest(request: HttpRequest, ctx: CallContext): HttpRequest {
  return applicable(ctx).reduce((acc, c) => (c.finishRequest ? c.finishRequest(acc, ctx) : acc), request);
}

export async function customizeResponse(response: HttpResponse, ctx: CallContext): Promise<HttpResponse> {
  let out = response;
  for (const c of applicable(ctx)) if (c.inspectResponse) out = await c.inspectResponse(out, ctx);
  return out;
}

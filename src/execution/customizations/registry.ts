// The table of service customizations and the points of a call where they apply: schema (http
// trait, serde flags), request (refusals, input, serialized request), response, errors, redirect.
// Adding one: a file with the Customization and its reason, a row here, a capture test row.

import type { HttpRequest, HttpResponse } from '@smithy/types';
import type { AwsServiceError } from '../types.js';
import { apiGatewayAccept } from './apigateway-accept.js';
import { ec2CopySnapshot } from './ec2-copy-snapshot.js';
import { glacier } from './glacier.js';
import { route53Ids } from './route53-ids.js';
import { s3Errors200 } from './s3-200-errors.js';
import { s3BucketUri } from './s3-bucket-uri.js';
import { s3LocationConstraint } from './s3-location-constraint.js';
import { s3RegionRedirect } from './s3-region-redirect.js';
import { s3Ssec } from './s3-ssec.js';
import { s3ControlHostPrefix } from './s3control-host-prefix.js';
import { sqsQueueUrl } from './sqs-queue-url.js';
import type {
  CallCheck,
  CallContext,
  Customization,
  HttpTrait,
  OperationContext,
  SerdeFlags,
} from './types.js';

export const CUSTOMIZATIONS: readonly Customization[] = [
  route53Ids,
  s3BucketUri,
  s3LocationConstraint,
  s3Errors200,
  s3RegionRedirect,
  s3Ssec,
  s3ControlHostPrefix,
  sqsQueueUrl,
  ec2CopySnapshot,
  glacier,
  apiGatewayAccept,
];

function applicable(ctx: OperationContext): Customization[] {
  return CUSTOMIZATIONS.filter(
    (c) =>
      c.namespaces.includes(ctx.model.namespace) && (!c.operations || c.operations.includes(ctx.op.name)),
  );
}

export function customizeHttpTrait(http: HttpTrait, ctx: OperationContext): HttpTrait {
  return applicable(ctx).reduce((acc, c) => (c.httpTrait ? c.httpTrait(acc, ctx) : acc), http);
}

/** Serde flags of the service (operation-independent, so only namespace-wide entries count). */
export function serdeFlagsFor(namespace: string): SerdeFlags {
  return CUSTOMIZATIONS.filter((c) => c.namespaces.includes(namespace) && !c.operations).reduce<SerdeFlags>(
    (acc, c) => ({ ...acc, ...c.serdeFlags }),
    {},
  );
}

/** Throws the Unsupported error of the first customization that refuses the call. */
export function refuseUnsupported(call: CallCheck): void {
  for (const c of applicable(call)) c.refuseCall?.(call);
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

export function customizeError(
  error: AwsServiceError,
  response: HttpResponse,
  ctx: CallContext,
): AwsServiceError {
  return applicable(ctx).reduce(
    (acc, c) => (c.describeError ? c.describeError(acc, response, ctx) : acc),
    error,
  );
}

/** Where to send the request once more after this error, if a customization says so. */
export function redirectRegion(error: AwsServiceError, ctx: CallContext): string | undefined {
  for (const c of applicable(ctx)) {
    const region = c.redirectRegion?.(error, ctx);
    if (region) return region;
  }
  return undefined;
}

// Service quirks that change what the schemas or the serde context say, not the wire protocol
// itself. Each entry mirrors a customization the official generated clients bake in, with why.
// Quirks that touch input values, requests or responses live in ../customizations/.

import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { httpTrait } from '../../model/views/operation.js';

const S3_NAMESPACE = 'com.amazonaws.s3';
const S3_CONTROL_NAMESPACE = 'com.amazonaws.s3control';

/**
 * The `http` trait value for an operation when a customization rewrites it, else undefined.
 * S3: the endpoint rules place the bucket (virtual host or path), so `/{Bucket}` is removed
 * from the URI template exactly as the generated S3 client does.
 */
export function httpTraitFor(model: ServiceModel, op: OperationView): unknown[] | undefined {
  if (model.namespace !== S3_NAMESPACE) return undefined;
  const http = httpTrait(op.shape.traits);
  if (!http || !http.uri.startsWith('/{Bucket}')) return undefined;
  let uri = http.uri.slice('/{Bucket}'.length);
  if (uri === '' || uri.startsWith('?')) uri = '/' + uri;
  return [http.method, uri, http.code ?? 200];
}

/** Serde-context flags a service needs. S3 Control: the endpoint rules already add `{AccountId}.`. */
export function serdeFlagsFor(model: ServiceModel): { disableHostPrefix?: boolean } {
  return model.namespace === S3_CONTROL_NAMESPACE ? { disableHostPrefix: true } : {};
}

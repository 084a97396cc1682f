// Chooses how a request is authenticated: the resolved endpoint's `authSchemes` when the rules
// name them (S3, S3 Express, MRAP, IAM's us-east-1...), else the model's auth traits. Operations
// that take no credentials resolve to `none`, whatever the endpoint says.

import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { authOptions, isAnonymousOperation } from '../../model/views/auth.js';
import { sigv4SigningName } from '../../model/views/service.js';
import { UNSIGNED_OPERATIONS } from './unsigned-operations.js';

export type AuthSchemeName = 'sigv4' | 'sigv4a' | 'sigv4-s3express' | 'none' | 'bearer';

export interface AuthScheme {
  name: AuthSchemeName;
  signingName: string;
  signingRegion?: string;
  signingRegionSet?: string[];
  disableDoubleEncoding?: boolean;
  disableNormalizePath?: boolean;
}

const ENDPOINT_SCHEMES: ReadonlySet<string> = new Set(['sigv4', 'sigv4a', 'sigv4-s3express']);

export function authSchemesFor(args: {
  model: ServiceModel;
  op: OperationView;
  endpointProperties: Readonly<Record<string, unknown>> | undefined;
  region: string;
}): AuthScheme[] {
  const { model, op, endpointProperties, region } = args;
  const serviceTraits = model.serviceTraits();
  const defaultName = sigv4SigningName(serviceTraits) ?? '';
  if (isAnonymousOperation(op.shape.traits) || UNSIGNED_OPERATIONS.has(op.id)) {
    return [{ name: 'none', signingName: defaultName }];
  }

  const fromEndpoint = endpointSchemes(endpointProperties, defaultName, region);
  if (fromEndpoint.length > 0) return fromEndpoint;

  const out: AuthScheme[] = [];
  for (const { scheme: name, signingName: traitName } of authOptions(op.shape.traits, serviceTraits)) {
    if (name === 'sigv4') out.push({ name, signingName: traitName ?? defaultName, signingRegion: region });
    else if (name === 'sigv4a')
      out.push({ name, signingName: traitName ?? defaultName, signingRegionSet: ['*'] });
    else out.push({ name, signingName: defaultName });
  }
  // A model without any auth trait is still an AWS API: SigV4 under the service's signing name.
  return out.length > 0 ? out : [{ name: 'sigv4', signingName: defaultName, signingRegion: region }];
}

function endpointSchemes(
  properties: Readonly<Record<string, unknown>> | undefined,
  defaultName: string,
  region: string,
): AuthScheme[] {
  const raw = properties?.authSchemes;
  if (!Array.isArray(raw)) return [];
  const out: AuthScheme[] = [];
  for (const entry of raw as Array<Record<string, unknown>>) {
    const name = entry?.name;
    if (typeof name !== 'string' || !ENDPOINT_SCHEMES.has(name)) continue;
    const scheme: AuthScheme = {
      name: name as AuthSchemeName,
      signingName: typeof entry.signingName === 'string' ? entry.signingName : defaultName,
    };
    if (name === 'sigv4a') {
      scheme.signingRegionSet = Array.isArray(entry.signingRegionSet)
        ? (entry.signingRegionSet as string[])
        : ['*'];
    } else {
      scheme.signingRegion = typeof entry.signingRegion === 'string' ? entry.signingRegion : region;
    }
    if (typeof entry.disableDoubleEncoding === 'boolean') {
      scheme.disableDoubleEncoding = entry.disableDoubleEncoding;
    }
    if (typeof entry.disableNormalizePath === 'boolean') {
      scheme.disableNormalizePath = entry.disableNormalizePath;
    }
    out.push(scheme);
  }
  return out;
}

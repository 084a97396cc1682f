// Calls one AWS operation from its Smithy model: prepare input -> resolve endpoint -> serialize
// -> finalize -> sign -> send -> deserialize, with standard-mode retries. Each step is a function
// of plain values so tests can run any of them without a network.

import type { AwsCredentialIdentity, HttpRequest } from '@smithy/types';
import { isToolError, ToolError } from '../errors/tool-error.js';
import { isUnsignedPayload } from '../model/views/operation.js';
import { sigv4SigningName } from '../model/views/service.js';
import { discoverEndpoint, requiresDiscovery } from './endpoint-discovery.js';
import { resolveEndpoint, type AuthScheme, type ResolvedEndpoint } from './endpoints.js';
import { telemetry } from '../telemetry/telemetry.js';
import {
  backoffDelayMs,
  boundedMaxAttempts,
  classifyServiceError,
  isRetryableNetworkError,
  sleep,
  type RetryKind,
} from './retry.js';
import { CLOCK_SKEW_ERROR_CODES, signRequest } from './signing.js';
import type { DecodedResponse, InvokeArgs, InvokeOutcome } from './types.js';
import { assertCallSupported } from './unsupported.js';
import { redirectRegion, refuseUnsupported } from './customizations/registry.js';
import { headerValue } from './headers.js';
import { UNNAMED_CALLER, userAgentHeaders, withUserAgent } from './user-agent.js';
import { buildRequest, deserializeOperation, prepareCall } from './wire.js';

async function resolveCredentials(c: InvokeArgs['credentials']): Promise<AwsCredentialIdentity> {
  try {
    return typeof c === 'function' ? await c() : c;
  } catch (e) {
    // The resolver's CredentialsError names the profile and the command that fixes it: keep it.
    if (isToolError(e)) throw e;
    throw new ToolError('CredentialsError', 'AWS credentials could not be loaded.', {
      hint: 'Configure a profile, environment credentials or SSO login, then try again.',
    });
  }
}

/** Step: sign unless the scheme says the operation takes no credentials. */
async function signFor(
  request: HttpRequest,
  args: InvokeArgs,
  route: Route,
  signingDate: Date,
): Promise<HttpRequest> {
  const { scheme, region } = route;
  if (scheme.name === 'none') return request;
  const credentials = await resolveCredentials(args.credentials);
  return signRequest(request as never, {
    scheme,
    credentials,
    region,
    signingDate,
    unsignedPayload: isUnsignedPayload(args.op.shape.traits),
    service: { signingName: sigv4SigningName(args.model.serviceTraits()) },
  }) as Promise<HttpRequest>;
}

interface Route {
  readonly region: string;
  readonly endpoint: ResolvedEndpoint;
  readonly scheme: AuthScheme;
}

/** Step: where the request goes and how it is authenticated, for a region. */
function routeFor(args: InvokeArgs, input: Record<string, unknown>, region: string): Route {
  const endpoint = resolveEndpoint({
    model: args.model,
    op: args.op,
    input,
    region,
    useFips: args.useFips,
    useDualStack: args.useDualStack,
    endpointUrl: args.endpointUrl,
  });
  return { region, endpoint, scheme: endpoint.authSchemes[0] ?? { name: 'none', signingName: '' } };
}

/** Runs the whole pipeline with retries; service errors come back as `{ ok: false }`. */
export async function invokeOperation(args: InvokeArgs): Promise<InvokeOutcome> {
  if (!args.endpointUrl && requiresDiscovery(args.model, args.op)) {
    // A configured endpoint wins, as in the SDKs; else ask the service where to go.
    const endpointUrl = await discoverEndpoint(args, invokeOperation);
    return invokeOperation({ ...args, endpointUrl });
  }
  const { http, clockSkew, now } = args.env;
  const started = now();
  // Attempts allowed; a followed S3 redirect adds one, as it is not a retry.
  let budget = boundedMaxAttempts(args.maxAttempts);
  const input = prepareCall(args.model, args.op, args.input, {
    region: args.region,
    newToken: args.newIdempotencyToken,
  });
  let route = routeFor(args, input, args.region);
  assertCallSupported({ op: args.op, authScheme: route.scheme.name });
  refuseUnsupported({ ...args, input });
  const agent = await userAgentHeaders(args.userAgent ?? UNNAMED_CALLER, args.model);
  let redirected = false;
  let skewRetried = false;
  for (let attempt = 1; ; attempt++) {
    const elapsed = (): number => now() - started;
    // Every attempt is asked for: a followed redirect changes the region the request goes to.
    args.authorize?.({ operation: args.op.name, region: route.region });
    // Serialized per attempt: a consumed body stream cannot be sent twice.
    const request = withUserAgent(
      await buildRequest(args.model, args.op, input, route.endpoint, route.region),
      agent,
    );
    const signed = await signFor(request, args, route, args.signingDate ?? clockSkew.signingDate());
    let retryKind: RetryKind = 'none';
    let decoded: DecodedResponse | undefined;
    try {
      const sentAt = now();
      const service = args.model.namespace.split('.').at(-1) ?? args.model.namespace;
      const traced = { service, operation: args.op.name, region: route.region, attempt };
      const response = await telemetry().awsRequest(traced, () =>
        http.send(signed, { signal: args.signal, requestTimeoutMs: args.requestTimeoutMs }),
      );
      const skewChanged = clockSkew.update({
        dateHeader: headerValue(response.headers, 'date'),
        ageHeader: headerValue(response.headers, 'age'),
        requestSentAt: sentAt,
      });
      decoded = await deserializeOperation(args.model, args.op, response, {
        maxStreamBytes: args.maxStreamBytes,
        region: args.region,
      });
      if (decoded.kind === 'error' && skewChanged && !skewRetried && !args.signingDate) {
        // A signature rejected for a drifting clock: one more try with the corrected time.
        if (CLOCK_SKEW_ERROR_CODES.has(decoded.error.code)) {
          skewRetried = true;
          retryKind = 'transient';
        }
      }
    } catch (e) {
      if (e instanceof ToolError) throw e;
      const code = (e as { code?: string }).code ?? (e as { name?: string }).name;
      if (args.signal?.aborted) throw new ToolError('Timeout', `The call to ${args.op.name} was cancelled.`);
      if (!isRetryableNetworkError(code) || attempt >= budget) throw networkError(args, e, code, attempt);
      retryKind = 'transient';
      args.logger?.warn('aws call failed on the network; retrying', {
        operation: args.op.name,
        code,
        attempt,
      });
    }
    if (decoded?.kind === 'output') {
      const { output, httpStatus, requestId } = decoded;
      return { ok: true, output, httpStatus, requestId, attempts: attempt, durationMs: elapsed() };
    }
    if (decoded?.kind === 'error') {
      const { error } = decoded;
      const redirect = redirected ? undefined : redirectRegion(error, { ...args, region: route.region });
      if (redirect) {
        // Not a retry: the same request, once, where the resource lives (no backoff, no budget).
        args.logger?.info('following a region redirect', { from: route.region, to: redirect });
        redirected = true;
        route = routeFor(args, input, redirect);
        budget++;
        continue;
      }
      if (retryKind === 'none' && error.retryable) {
        retryKind = classifyServiceError(error) === 'throttling' ? 'throttling' : 'transient';
      }
      if (retryKind === 'none' || attempt >= budget) {
        const httpStatus = error.httpStatus ?? 0;
        return {
          ok: false,
          error,
          httpStatus,
          requestId: error.requestId,
          attempts: attempt,
          durationMs: elapsed(),
        };
      }
      args.logger?.info('aws call failed; retrying', { operation: args.op.name, code: error.code, attempt });
    }
    await sleep(backoffDelayMs(attempt, retryKind, args.random), args.signal).catch(() => {
      throw new ToolError('Timeout', `The call to ${args.op.name} was cancelled.`);
    });
  }
}

function networkError(args: InvokeArgs, e: unknown, code: string | undefined, attempts: number): ToolError {
  const timeout = code === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'RequestTimeout';
  return new ToolError(
    timeout ? 'Timeout' : 'NetworkError',
    `The call to ${args.op.name} failed ${timeout ? 'with a timeout' : 'on the network'} after ${attempts} attempt(s).`,
    {
      hint: 'Check connectivity to the AWS endpoint (proxy, VPC endpoint, --endpoint-url) and retry.',
      details: { code: code ?? (e as Error).name },
    },
  );
}

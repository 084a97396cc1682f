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

/** Where one call stands across its attempts. */
interface CallState {
  /** Changes when a region redirect is followed. */
  route: Route;
  /** Attempts allowed; a followed S3 redirect adds one, as it is not a retry. */
  budget: number;
  redirected: boolean;
  skewRetried: boolean;
}

type ServiceError = Extract<DecodedResponse, { kind: 'error' }>['error'];

/**
 * One attempt: build, sign, send, decode. A network failure that may be retried comes back as a
 * 'transient' retry with nothing decoded; any other one throws.
 */
async function attemptOnce(
  args: InvokeArgs,
  input: Record<string, unknown>,
  agent: Awaited<ReturnType<typeof userAgentHeaders>>,
  call: CallState,
  attempt: number,
): Promise<{ decoded?: DecodedResponse; retryKind: RetryKind }> {
  const { http, clockSkew, now } = args.env;
  const { route } = call;
  // Every attempt is asked for: a followed redirect changes the region the request goes to.
  args.authorize?.({ operation: args.op.name, region: route.region });
  // Serialized per attempt: a consumed body stream cannot be sent twice.
  const request = withUserAgent(
    await buildRequest(args.model, args.op, input, route.endpoint, route.region),
    agent,
  );
  const signed = await signFor(request, args, route, args.signingDate ?? clockSkew.signingDate());
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
    const decoded = await deserializeOperation(args.model, args.op, response, {
      maxStreamBytes: args.maxStreamBytes,
      region: args.region,
    });
    if (decoded.kind === 'error' && skewChanged && !call.skewRetried && !args.signingDate) {
      // A signature rejected for a drifting clock: one more try with the corrected time.
      if (CLOCK_SKEW_ERROR_CODES.has(decoded.error.code)) {
        call.skewRetried = true;
        return { decoded, retryKind: 'transient' };
      }
    }
    return { decoded, retryKind: 'none' };
  } catch (e) {
    if (e instanceof ToolError) throw e;
    const code = (e as { code?: string }).code ?? (e as { name?: string }).name;
    if (args.signal?.aborted) throw new ToolError('Timeout', `The call to ${args.op.name} was cancelled.`);
    if (!isRetryableNetworkError(code) || attempt >= call.budget) throw networkError(args, e, code, attempt);
    args.logger?.warn('aws call failed on the network; retrying', {
      operation: args.op.name,
      code,
      attempt,
    });
    return { retryKind: 'transient' };
  }
}

/** After a service error: follow a region redirect, retry it, or answer it as the outcome. */
function afterServiceError(
  args: InvokeArgs,
  input: Record<string, unknown>,
  call: CallState,
  failed: { error: ServiceError; retryKind: RetryKind; attempt: number; elapsed: () => number },
): { outcome: InvokeOutcome } | { redirected: true } | { retry: RetryKind } {
  const { error, attempt } = failed;
  const redirect = call.redirected
    ? undefined
    : redirectRegion(error, { ...args, region: call.route.region });
  if (redirect) {
    // Not a retry: the same request, once, where the resource lives (no backoff, no budget).
    args.logger?.info('following a region redirect', { from: call.route.region, to: redirect });
    call.redirected = true;
    call.route = routeFor(args, input, redirect);
    call.budget++;
    return { redirected: true };
  }
  let retryKind = failed.retryKind;
  if (retryKind === 'none' && error.retryable) {
    retryKind = classifyServiceError(error) === 'throttling' ? 'throttling' : 'transient';
  }
  if (retryKind === 'none' || attempt >= call.budget) {
    const httpStatus = error.httpStatus ?? 0;
    return {
      outcome: {
        ok: false,
        error,
        httpStatus,
        requestId: error.requestId,
        attempts: attempt,
        durationMs: failed.elapsed(),
      },
    };
  }
  args.logger?.info('aws call failed; retrying', { operation: args.op.name, code: error.code, attempt });
  return { retry: retryKind };
}

/** Runs the whole pipeline with retries; service errors come back as `{ ok: false }`. */
export async function invokeOperation(args: InvokeArgs): Promise<InvokeOutcome> {
  if (!args.endpointUrl && requiresDiscovery(args.model, args.op)) {
    // A configured endpoint wins, as in the SDKs; else ask the service where to go.
    const endpointUrl = await discoverEndpoint(args, invokeOperation);
    return invokeOperation({ ...args, endpointUrl });
  }
  const { now } = args.env;
  const started = now();
  const elapsed = (): number => now() - started;
  const budget = boundedMaxAttempts(args.maxAttempts);
  const input = prepareCall(args.model, args.op, args.input, {
    region: args.region,
    newToken: args.newIdempotencyToken,
  });
  const call: CallState = {
    route: routeFor(args, input, args.region),
    budget,
    redirected: false,
    skewRetried: false,
  };
  assertCallSupported({ op: args.op, authScheme: call.route.scheme.name });
  refuseUnsupported({ ...args, input });
  const agent = await userAgentHeaders(args.userAgent ?? UNNAMED_CALLER, args.model);
  for (let attempt = 1; ; attempt++) {
    const { decoded, retryKind: sentKind } = await attemptOnce(args, input, agent, call, attempt);
    let retryKind = sentKind;
    if (decoded?.kind === 'output') {
      const { output, httpStatus, requestId } = decoded;
      return { ok: true, output, httpStatus, requestId, attempts: attempt, durationMs: elapsed() };
    }
    if (decoded?.kind === 'error') {
      const next = afterServiceError(args, input, call, {
        error: decoded.error,
        retryKind,
        attempt,
        elapsed,
      });
      if ('outcome' in next) return next.outcome;
      if ('redirected' in next) continue;
      retryKind = next.retry;
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

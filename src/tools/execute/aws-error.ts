// An error AWS returned, as the agent sees it: the code, message, status and request id, whether a
// retry could help, and a hint when the fix is knowable from the code alone. A secret of the
// request that AWS repeats in its message is hidden before anything stores or shows the error.

import type { OperationEntry, ServiceEntry } from '../../catalog/types.js';
import { isToolError, ToolError, type ToolErrorBody } from '../../errors/tool-error.js';
import type { AwsServiceError } from '../../execution/types.js';
import { hideEchoes, hideEchoesIn } from '../../redaction/echoes.js';

interface HintContext {
  readonly action: string;
  readonly error: AwsServiceError;
  /** The profile the credentials came from (options.profile or AWS_PROFILE), if one is named. */
  readonly profile?: string | undefined;
}
type HintRule = readonly [RegExp, (ctx: HintContext) => string];

/** Codes by which AWS refuses the credentials themselves (expired or unknown), not the request. */
const CREDENTIALS_EXPIRED = /^(ExpiredToken|ExpiredTokenException|RequestExpired|TokenRefreshRequired)$/i;
const CREDENTIALS_UNKNOWN =
  /^(UnrecognizedClientException|InvalidClientTokenId|InvalidAccessKeyId|AuthFailure)$/i;

/** True when the credentials should be read afresh before the next call (see credentials.ts). */
export function rejectsCredentials(code: string): boolean {
  return CREDENTIALS_EXPIRED.test(code) || CREDENTIALS_UNKNOWN.test(code);
}

const NEXT_CALL = 'The next call reads the credentials again; no restart is needed.';

function profileWords(profile: string | undefined): { name: string; flag: string } {
  return profile
    ? { name: `profile "${profile}"`, flag: ` --profile ${profile}` }
    : { name: 'the default profile (or the AWS_* environment variables)', flag: '' };
}

/** Ordered: the first rule whose pattern matches the error code gives the hint. */
const HINTS: readonly HintRule[] = [
  [
    /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|AuthorizationError|Forbidden)$/i,
    ({ action }) =>
      `IAM denied ${action} to the credentials in use. Grant that action (on this resource) to the principal, or use a profile/role that has it.`,
  ],
  [
    CREDENTIALS_EXPIRED,
    ({ profile }) => {
      const p = profileWords(profile);
      return `The credentials of ${p.name} have expired: run \`aws sso login${p.flag}\` (or renew the session token in that profile) and try again. ${NEXT_CALL}`;
    },
  ],
  [
    CREDENTIALS_UNKNOWN,
    ({ profile }) => {
      const p = profileWords(profile);
      return `AWS does not recognise the credentials of ${p.name}: run \`aws configure${p.flag}\` (or \`aws sso login${p.flag}\`) to set valid keys. ${NEXT_CALL}`;
    },
  ],
  [
    /^(SignatureDoesNotMatch|InvalidSignatureException)$/i,
    () => 'The request signature was rejected: check the secret key, and that the system clock is correct.',
  ],
  [
    /(Throttl|TooManyRequests|RequestLimitExceeded|SlowDown|ProvisionedThroughputExceeded)/i,
    () => 'AWS is throttling these calls: wait a little and retry, or lower the request rate.',
  ],
  [
    /^(ValidationException|ValidationError|InvalidParameter.*|InvalidInput|InvalidRequest|MissingParameter|SerializationException)$/i,
    ({ error }) =>
      `AWS rejected a parameter: ${error.message || 'see the message'}. Fix that member (aws_get_operation_schema shows the constraints) and retry.`,
  ],
  [
    /(NotFound|NoSuch|DoesNotExist)/i,
    () => 'The resource was not found: check its name or id, and that the region is the one it lives in.',
  ],
  [/^OptInRequired$/i, () => 'The account is not subscribed to this service in this region.'],
  [
    /^(InternalError|InternalFailure|InternalServerError|ServiceUnavailable|Unknown.*|.*Unavailable)$/i,
    ({ error }) =>
      error.fault === 'server'
        ? 'AWS failed on its side (after the retries AWS_MAX_ATTEMPTS allows): wait and try again; nothing about the request needs to change.'
        : 'AWS answered with an error it did not name: check the message and the request id.',
  ],
  [/^DryRunOperation$/i, () => 'The dry run succeeded: the request would have been allowed.'],
];

export function iamAction(service: ServiceEntry, operation: OperationEntry): string {
  return `${service.signingName ?? service.endpointPrefix ?? service.id}:${operation.name}`;
}

/** What the agent is told about an error AWS returned: message, hint and the error's facts. */
export function awsErrorBody(
  service: ServiceEntry,
  operation: OperationEntry,
  error: AwsServiceError,
  profile?: string,
): ToolErrorBody {
  const action = iamAction(service, operation);
  const hint = HINTS.find(([pattern]) => pattern.test(error.code))?.[1]({ action, error, profile });
  return {
    code: 'AwsError',
    message: `${service.id}:${operation.name} failed: ${error.code}: ${error.message}`,
    ...(hint ? { hint } : {}),
    details: {
      awsErrorCode: error.code,
      httpStatus: error.httpStatus,
      requestId: error.requestId,
      retryable: error.retryable,
      fault: error.fault,
      ...(error.details ? { error: error.details } : {}),
    },
  };
}

export function awsErrorToToolError(
  service: ServiceEntry,
  operation: OperationEntry,
  error: AwsServiceError,
  profile?: string,
): ToolError {
  return toolErrorOf(awsErrorBody(service, operation, error, profile));
}

export function toolErrorOf(body: ToolErrorBody): ToolError {
  return new ToolError(body.code, body.message, {
    ...(body.hint !== undefined ? { hint: body.hint } : {}),
    ...(body.details !== undefined ? { details: { ...body.details } } : {}),
  });
}

/** `body` with every secret of the request hidden from its message, hint and details. */
export function bodyWithoutEchoes(body: ToolErrorBody, secrets: readonly string[]): ToolErrorBody {
  if (secrets.length === 0) return body;
  return {
    code: body.code,
    message: hideEchoes(body.message, secrets),
    ...(body.hint !== undefined ? { hint: hideEchoes(body.hint, secrets) } : {}),
    ...(body.details !== undefined
      ? { details: hideEchoesIn(body.details, secrets) as Record<string, unknown> }
      : {}),
  };
}

/**
 * The error to store and show: `e` with every secret of the request (`secrets`, see
 * redaction/echoes.ts) hidden from its message, hint and details. Other errors keep their class
 * but not their text: an unexpected error's message and stack reach the log.
 */
export function withoutEchoes(e: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return e;
  if (isToolError(e)) return toolErrorOf(bodyWithoutEchoes(e, secrets));
  if (!(e instanceof Error)) return hideEchoes(String(e), secrets);
  const copy = new Error(hideEchoes(e.message, secrets));
  copy.name = e.name;
  copy.stack = e.stack !== undefined ? hideEchoes(e.stack, secrets) : undefined;
  return copy;
}

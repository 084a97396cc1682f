// An error AWS returned, as the agent sees it: the code, message, status and request id, whether a
// retry could help, and a hint when the fix is knowable from the code alone.

import type { OperationEntry, ServiceEntry } from '../../catalog/types.js';
import { ToolError } from '../../errors/tool-error.js';
import type { AwsServiceError } from '../../execution/types.js';

type HintRule = readonly [RegExp, (ctx: { action: string; error: AwsServiceError }) => string];

/** Ordered: the first rule whose pattern matches the error code gives the hint. */
const HINTS: readonly HintRule[] = [
  [
    /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|AuthorizationError|Forbidden)$/i,
    ({ action }) =>
      `IAM denied ${action} to the credentials in use. Grant that action (on this resource) to the principal, or use a profile/role that has it.`,
  ],
  [
    /^(ExpiredToken|ExpiredTokenException|RequestExpired|TokenRefreshRequired)$/i,
    () => 'The credentials have expired: refresh them (aws sso login, or renew the session) and try again.',
  ],
  [
    /^(UnrecognizedClientException|InvalidClientTokenId|InvalidAccessKeyId|AuthFailure)$/i,
    () => 'AWS does not recognise these credentials: check the profile or access key in use.',
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

export function awsErrorToToolError(
  service: ServiceEntry,
  operation: OperationEntry,
  error: AwsServiceError,
): ToolError {
  const action = iamAction(service, operation);
  const hint = HINTS.find(([pattern]) => pattern.test(error.code))?.[1]({ action, error });
  return new ToolError(
    'AwsError',
    `${service.id}:${operation.name} failed: ${error.code}: ${error.message}`,
    {
      ...(hint ? { hint } : {}),
      details: {
        awsErrorCode: error.code,
        httpStatus: error.httpStatus,
        requestId: error.requestId,
        retryable: error.retryable,
        fault: error.fault,
        ...(error.details ? { error: error.details } : {}),
      },
    },
  );
}

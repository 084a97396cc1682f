// AWS errors as the agent sees them: credential refusals name the profile and the command to run
// and mark the credentials for re-reading; a request secret AWS repeats is hidden from the
// message, the hint and the details, while the code and the rest stay readable.

import { describe, expect, it } from 'vitest';
import type { OperationEntry, ServiceEntry } from '../../../src/catalog/types.js';
import { ToolError } from '../../../src/errors/tool-error.js';
import type { AwsServiceError } from '../../../src/execution/types.js';
import {
  awsErrorToToolError,
  rejectsCredentials,
  withoutEchoes,
} from '../../../src/tools/execute/aws-error.js';

const service = { id: 'dynamodb', signingName: 'dynamodb' } as ServiceEntry;
const operation = { service: 'dynamodb', name: 'ListTables' } as OperationEntry;
const awsError = (code: string, message = 'm', details?: Record<string, unknown>): AwsServiceError => ({
  code,
  message,
  retryable: false,
  fault: 'client',
  modeled: false,
  ...(details ? { details } : {}),
});

describe('credential refusals', () => {
  it.each([
    'ExpiredToken',
    'ExpiredTokenException',
    'RequestExpired',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
  ])('%s re-reads the credentials next time and names the profile and command', (code) => {
    expect(rejectsCredentials(code)).toBe(true);
    const hint = awsErrorToToolError(service, operation, awsError(code), 'dev').hint!;
    expect(hint).toContain('profile "dev"');
    expect(hint).toMatch(/`aws (sso login|configure) --profile dev`/);
    expect(hint).toContain('no restart');
  });

  it('without a profile, names the default one and a command without --profile', () => {
    const hint = awsErrorToToolError(service, operation, awsError('ExpiredToken')).hint!;
    expect(hint).toContain('the default profile');
    expect(hint).toContain('`aws sso login`');
  });

  it.each(['AccessDenied', 'ThrottlingException', 'ResourceNotFoundException'])(
    '%s keeps the credentials',
    (code) => {
      expect(rejectsCredentials(code)).toBe(false);
    },
  );
});

describe('withoutEchoes', () => {
  const secret = 'hunter2-Secret!';

  it('hides the secret from message, hint and details of an AWS error, keeping the code', () => {
    const mapped = awsErrorToToolError(
      service,
      operation,
      awsError('ValidationException', `Password '${secret}' is weak`, {
        field: `Password=${encodeURIComponent(secret)}`,
      }),
    );
    const shown = withoutEchoes(mapped, [secret]) as ToolError;
    expect(shown.code).toBe('AwsError');
    expect(shown.details?.awsErrorCode).toBe('ValidationException');
    expect(JSON.stringify(shown.toBody())).not.toMatch(/hunter2/);
    expect(shown.message).toContain("Password '<redacted>' is weak");
  });

  it('hides it from an unexpected error (its message and stack reach the log)', () => {
    const shown = withoutEchoes(new TypeError(`bad ${secret}`), [secret]) as Error;
    expect(shown.name).toBe('TypeError');
    expect(`${shown.message}${shown.stack}`).not.toContain(secret);
  });

  it('returns the error itself when the request has no secret', () => {
    const e = new ToolError('AwsError', 'x');
    expect(withoutEchoes(e, [])).toBe(e);
  });
});

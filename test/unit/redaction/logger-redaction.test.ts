// Logs go through the shared redactor: a secret-named field never reaches stderr, wherever it sits.

import { expect, it } from 'vitest';
import { createStderrLogger } from '../../../src/logging/logger.js';
import { REDACTED } from '../../../src/redaction/redact.js';

it('log fields with secret names are redacted, other fields kept', () => {
  const lines: string[] = [];
  const logger = createStderrLogger('debug', (l) => void lines.push(l));
  logger.warn('retrying', {
    operation: 'CreateUser',
    request: { BrokerId: 'b-1', Password: 'pw-in-a-log', Credentials: { SessionToken: 'st-in-a-log' } },
    headers: { Authorization: 'AWS4-HMAC-SHA256 Credential=AKID/...' },
  });
  logger.debug('plain', { NextToken: 'page-2' });
  const [first, second] = lines.map((l) => JSON.parse(l));
  expect(first.request).toEqual({
    BrokerId: 'b-1',
    Password: REDACTED,
    Credentials: { SessionToken: REDACTED },
  });
  expect(first.headers.Authorization).toBe(REDACTED);
  expect(first.operation).toBe('CreateUser');
  expect(second.NextToken).toBe('page-2');
  expect(lines.join('')).not.toMatch(/in-a-log/);
});

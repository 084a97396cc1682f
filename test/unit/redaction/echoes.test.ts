// Secrets AWS repeats in an error: every value the redactor hides from the request is hidden from
// the text too, in each spelling AWS uses (as sent, JSON- and XML-escaped, URL- and form-encoded).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hideEchoes, hideEchoesIn, secretTexts } from '../../../src/redaction/echoes.js';
import { redact } from '../../../src/redaction/redact.js';

const encodings: readonly ((s: string) => string)[] = [
  (s) => s,
  (s) => JSON.stringify(s).slice(1, -1),
  (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&#34;').replace(/'/g, '&#x27;'),
  (s) => s.replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`), // Go's JSON encoder
  (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`),
  (s) => encodeURIComponent(s),
];

describe('secretTexts', () => {
  it('lists what redact hid (strings and numbers by name), not what it kept', () => {
    const payload = {
      BrokerId: 'b-1',
      Username: 'u',
      Password: 'hunter2!',
      Nested: { OneTimePassword: 12345678 },
    };
    expect(secretTexts(payload, redact(payload)).sort()).toEqual(['12345678', 'hunter2!']);
    expect(secretTexts({ BrokerId: 'b-1' }, redact({ BrokerId: 'b-1' }))).toEqual([]);
  });
});

describe('hideEchoes', () => {
  it('hides every spelling of a secret, anywhere in the text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 8, maxLength: 40 }).filter((s) => /[A-Za-z0-9]{4}/.test(s)),
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        fc.constantFrom(...encodings),
        (secret, before, after, encode) => {
          const out = hideEchoes(`${before}${encode(secret)}${after}`, [secret]);
          expect(out).not.toContain(encode(secret));
          expect(out).toContain('<redacted>');
        },
      ),
    );
  });

  it('leaves a text without the secret unchanged', () => {
    expect(hideEchoes('Broker b-1 not found', ['hunter2!'])).toBe('Broker b-1 not found');
  });

  it('hides secrets in nested error details, keys included', () => {
    const details = {
      error: { Message: "Password 'p@ss w0rd' is weak", list: ['p%40ss%20w0rd'], 'p@ss w0rd': 1 },
    };
    expect(JSON.stringify(hideEchoesIn(details, ['p@ss w0rd']))).not.toMatch(/p@ss w0rd|p%40ss%20w0rd/);
  });
});

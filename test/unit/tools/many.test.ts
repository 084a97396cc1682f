// tools/many helpers: the whole batch answer within MAX_OUTPUT_CHARACTERS, and the script text
// redacted before it is stored.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitWhole } from '../../../src/tools/many/fit-output.js';
import { redactedScript } from '../../../src/tools/many/script-text.js';
import { REDACTED } from '../../../src/redaction/redact.js';

describe('fitWhole', () => {
  it('keeps every result when they fit, in order', () => {
    const results = [{ result: { a: 1 } }, { error: { code: 'AwsError' } }];
    expect(fitWhole(results, 1000)).toEqual(results);
  });

  it('the whole fits the limit whenever the notes alone do, largest results dropped first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 50 }), (sizes) => {
        const results = sizes.map((n, i) => ({ result: 'x'.repeat(n), metadata: { tx_id: `t${i}` } }));
        const max = 20_000;
        const out = fitWhole(results, max);
        expect(out).toHaveLength(results.length);
        out.forEach((r, i) => expect((r.metadata as { tx_id: string }).tx_id).toBe(`t${i}`));
        const notes = out.filter((r) => 'omitted' in r).length;
        const total = out.reduce((n, r) => n + JSON.stringify(r).length, 0);
        if (notes < results.length) expect(total).toBeLessThanOrEqual(max);
        const kept = out.filter((r) => 'result' in r).map((r) => (r.result as string).length);
        const dropped = results.filter((_, i) => 'omitted' in out[i]!).map((r) => r.result.length);
        if (kept.length && dropped.length)
          expect(Math.min(...dropped)).toBeGreaterThanOrEqual(Math.max(...kept));
      }),
    );
  });
});

describe('redactedScript', () => {
  it('replaces secret-looking property literals and keeps the rest of the text', () => {
    const source = `await aws.call("secretsmanager", "PutSecretValue", { SecretId: "db", SecretString: "hunter2" });
      await aws.call("iam", "CreateLoginProfile", { UserName: "bob", "Password": 'Sup3r!' });`;
    const out = redactedScript(source);
    expect(out).not.toContain('hunter2');
    expect(out).not.toContain('Sup3r!');
    expect(out).toContain(`SecretString: ${JSON.stringify(REDACTED)}`);
    expect(out).toContain('SecretId: "db"');
    expect(out).toContain('UserName: "bob"');
  });
});

// tools/many helpers: the whole batch answer within MAX_OUTPUT_CHARACTERS, a fan-out's answer
// grouped by identical outcome without losing any region's, and the script text redacted before
// it is stored.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byRegion } from '../../../src/tools/many/by-region.js';
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

describe('byRegion', () => {
  const tx = (n: number) => ({ metadata: { tx_id: `tx-${n}` } });
  const empty = { result: { Reservations: [] } };

  it('regions with the same outcome share one entry, the most common keyed "*"; the others keep their own', () => {
    const out = byRegion(
      ['us-east-1', 'eu-west-1', 'ap-south-1', 'sa-east-1'],
      [
        { ...empty, ...tx(1) },
        { result: { Reservations: [{ id: 'i-1' }] }, ...tx(2) },
        { ...empty, ...tx(3) },
        { error: { code: 'AwsError', message: 'AuthFailure' } },
      ],
      undefined,
    );
    expect(out).toEqual({
      regions: {
        '*': empty,
        'eu-west-1': { result: { Reservations: [{ id: 'i-1' }] } },
        'sa-east-1': { error: { code: 'AwsError', message: 'AuthFailure' } },
      },
    });
  });

  it('regions sharing a less common outcome are named together; one region alone is named', () => {
    const found = { result: { Reservations: [{ id: 'i-1' }] } };
    const out = byRegion(
      ['a', 'b', 'c', 'd', 'e'],
      [empty, found, empty, found, empty].map((e, i) => ({ ...e, ...tx(i) })),
      undefined,
    );
    expect(out).toEqual({ regions: { '*': empty, 'b,d': found } });
  });

  it('one entry keyed "*" when every region had the same outcome; one region is named', () => {
    expect(
      byRegion(
        ['a', 'b'],
        [
          { ...empty, ...tx(1) },
          { ...empty, ...tx(2) },
        ],
        'short',
      ),
    ).toEqual({
      regions: { '*': empty },
    });
    expect(byRegion(['a'], [{ ...empty, ...tx(1) }], undefined)).toEqual({ regions: { a: empty } });
  });

  it('keeps an approval used, and with metadata "full" one entry per region, as given', () => {
    const approved = { ...empty, metadata: { tx_id: 't', approval: 'token' } };
    expect(byRegion(['a', 'b'], [approved, approved], undefined)).toEqual({
      regions: { '*': { ...empty, metadata: { approval: 'token' } } },
    });
    const full = [
      { ...empty, ...tx(1) },
      { ...empty, ...tx(2) },
    ];
    expect(byRegion(['a', 'b'], full, 'full')).toEqual({ regions: { a: full[0], b: full[1] } });
  });

  it("every region's outcome can be read back from the grouped answer", () => {
    const outcome = fc.oneof(
      fc.constant({ result: {} }),
      fc.record({ result: fc.record({ n: fc.integer({ min: 0, max: 2 }) }) }),
      fc.record({ error: fc.record({ code: fc.constantFrom('AwsError', 'Throttled') }) }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...'abcdefghij'), { minLength: 1 }),
        fc.infiniteStream(outcome),
        (names, gen) => {
          const given = names.map(() => gen.next().value as Record<string, unknown>);
          const out = byRegion(
            names,
            given.map((g, i) => ({ ...g, ...tx(i) })),
            undefined,
          ).regions as Record<string, unknown>;
          const back = new Map<string, unknown>();
          for (const [key, entry] of Object.entries(out)) {
            if (key !== '*') for (const name of key.split(',')) back.set(name, entry);
          }
          for (const name of names) if (!back.has(name)) back.set(name, out['*']);
          expect(names.map((n) => back.get(n))).toEqual(given);
          expect(new Set(Object.values(out).map((e) => JSON.stringify(e))).size).toBe(
            Object.keys(out).length,
          );
        },
      ),
    );
  });
});

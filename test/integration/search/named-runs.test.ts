// The shortcuts of the query path find what the plain passes found: the word runs that name a
// service (named-runs.ts skips keys no service key starts like, and stems only where it can
// matter) and the calls a pasted payload fits (payload.ts looks its keys up in a member table).

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndexData, type SearchIndexData } from '../../../src/search/index-build.js';
import { namedRuns, runKey } from '../../../src/search/named-runs.js';
import { payloadOperations } from '../../../src/search/payload.js';
import { queryNameKeys, vendoredAt } from '../../../src/search/service-names.js';
import { STOP_WORDS } from '../../../src/search/data/stop-words.js';
import { MAX_PHRASE_WORDS, VERBS } from '../../../src/search/vocabulary.js';
import { stem } from '../../../src/search/text.js';
import { openBundleSearch } from './search-fixture.js';

let ix: SearchIndexData;
let keyWords: string[];
beforeAll(async () => {
  ix = buildIndexData((await openBundleSearch()).catalog);
  const keys = Array.from({ length: ix.serviceKeys.size }, (_, k) => ix.serviceKeys.keyAt(k));
  keyWords = [...new Set(keys.flatMap((k) => k.split(' ')))];
});

/** What namedRuns found before its shortcuts: every key of every run, looked up. */
function plainNames(ws: readonly string[], i: number, n: number): string[] {
  return queryNameKeys(ws.slice(i, i + n)).filter((k) => (ix.serviceKeys.get(k)?.length ?? 0) > 0);
}

describe('named runs', () => {
  it('stem keeps the first two characters of a word, three of a word of eight or more (what the skipped stemming relies on)', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'e', 'i', 'n', 'g', 's', 't', 'd', 'o'),
      maxLength: 14,
    });
    fc.assert(
      fc.property(word, (w) => stem(w).slice(0, 2) === w.slice(0, 2) || w.length < 2),
      { numRuns: 3000 },
    );
    const long = fc.string({
      unit: fc.constantFrom('a', 'b', 'e', 'i', 'n', 'g', 's', 'd', 'm', 't', 'o', 'u', 'r'),
      minLength: 8,
      maxLength: 14,
    });
    fc.assert(
      fc.property(long, (w) => stem(w).slice(0, 3) === w.slice(0, 3)),
      { numRuns: 5000 },
    );
  });

  it('finds every run a plain lookup of all its keys finds, with the same keys in the same order', () => {
    const queryWord = fc.oneof(
      fc.constantFrom(...keyWords),
      fc.constantFrom(
        'my',
        'the',
        'bucket',
        'runn',
        'ing',
        'ies',
        'es',
        's',
        'aws',
        'amazon',
        'in',
        'cloud',
        'front',
      ),
      fc.string({
        unit: fc.constantFrom('a', 'c', 'e', 'i', 'l', 'o', 's', 'd', 'b'),
        minLength: 1,
        maxLength: 7,
      }),
    );
    fc.assert(
      fc.property(fc.array(queryWord, { minLength: 1, maxLength: 10 }), (ws) => {
        const stems = ws.map(stem);
        const { names, serviceWord } = namedRuns(ix, ws, stems);
        const marked = new Array<boolean>(ws.length).fill(false);
        for (let n = 1; n <= Math.min(MAX_PHRASE_WORDS, ws.length); n++)
          for (let i = 0; i + n <= ws.length; i++) {
            // a lone stop word, or a verb that is also an alias (`deploy`), is skipped on purpose
            const skipped =
              n === 1 && (STOP_WORDS.has(ws[i]!) || (VERBS.has(stems[i]!) && !vendoredAt(ws, i)));
            const want = skipped ? [] : plainNames(ws, i, n);
            expect(names.get(runKey(i, n))?.map(([k]) => k) ?? []).toEqual(want);
            if (want.length > 0) marked.fill(true, i, i + n);
          }
        expect(serviceWord).toEqual(marked);
      }),
      { numRuns: 400 },
    );
  });
});

describe('payload operations', () => {
  it('are the operations whose required members are all keys of the payload, as a pass over all found', () => {
    const required = Array.from({ length: ix.opCount }, (_, op) => ix.opRequired.at(op)!);
    const members = [...new Set(required.flatMap((r) => (r ? r.split(',') : [])))].filter((m) =>
      /^[A-Z]/.test(m),
    );
    const plain = (keys: ReadonlySet<string>): Map<number, number> => {
      const out = new Map<number, number>();
      required.forEach((r, op) => {
        const ms = r ? r.split(',') : [];
        if (ms.length > 0 && ms.every((m) => keys.has(m))) out.set(op, (0.6 * ms.length) / keys.size);
      });
      return out;
    };
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...members.slice(0, 400)), { minLength: 1, maxLength: 4 }),
        (keys) => {
          const payload = JSON.stringify(Object.fromEntries(keys.map((k) => [k, 'x'])));
          const got = payloadOperations(ix, `${payload} do it`);
          const want = plain(new Set(keys.filter((k) => /^[A-Z][a-z]+[A-Za-z0-9]*$/.test(k))));
          expect([...got]).toEqual([...want]);
        },
      ),
      { numRuns: 200 },
    );
    expect(
      payloadOperations(ix, '{"FunctionName":"f","ReservedConcurrentExecutions":5} apply').size,
    ).toBeGreaterThan(0);
  });
});

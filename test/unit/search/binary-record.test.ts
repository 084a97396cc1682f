// The index cache's building blocks: a record survives encode/decode (typed arrays viewed in
// place, strings, plain values), a damaged section table is refused, and packed string lists and
// sorted lookups answer exactly as the arrays and maps they replace.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord } from '../../../src/search/binary-record.js';
import { PackedList, packStrings, SortedLookup } from '../../../src/search/string-list.js';

describe('binary record', () => {
  it('round-trips typed arrays, strings and plain values at any alignment of the buffer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 })),
        fc.array(fc.float({ noNaN: true })),
        fc.array(fc.integer({ min: 0, max: 255 })),
        fc.string(),
        fc.array(fc.record({ id: fc.string(), n: fc.integer() })),
        fc.integer({ min: 0, max: 7 }),
        (u32, f32, u8, text, objects, shift) => {
          const record = {
            a: Uint32Array.from(u32),
            nested: { f: Float32Array.from(f32), bytes: Uint8Array.from(u8), text },
            objects,
          };
          const { sections, body } = encodeRecord(record);
          const shifted = Buffer.concat([Buffer.alloc(shift), body]).subarray(shift);
          expect(decodeRecord(sections, shifted)).toEqual(record);
        },
      ),
    );
  });

  it('refuses a section that lies outside the bytes, or an unknown kind', () => {
    const { sections, body } = encodeRecord({ a: Uint32Array.of(1, 2, 3) });
    const [path, kind, offset] = sections[0]!;
    expect(() => decodeRecord([[path, kind, offset, body.length + 8]], body)).toThrow(/out of bounds/);
    expect(() => decodeRecord([[path, 'Int64' as 'json', offset, 8]], body)).toThrow(/kind/);
    expect(() => decodeRecord([['__proto__.x', 'json', offset, 1]], body)).toThrow();
  });
});

describe('packed strings and sorted lookups', () => {
  it('a packed list reads back every string, unicode included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), (list) => {
        const packed = new PackedList(packStrings(list));
        expect(packed.toArray()).toEqual(list);
        expect(packed.at(list.length)).toBeUndefined();
      }),
    );
  });

  it('a sorted lookup answers as the map it was made from', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string()), fc.string(), (keys, probe) => {
        const map = new Map(keys.map((k, i) => [k, i]));
        const lookup = SortedLookup.of(map);
        expect(lookup.size).toBe(map.size);
        for (const k of [...keys, probe]) {
          expect(lookup.get(k)).toBe(map.get(k));
          expect(lookup.has(k)).toBe(map.has(k));
        }
      }),
    );
  });
});

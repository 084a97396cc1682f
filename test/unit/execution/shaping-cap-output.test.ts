import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capOutput, MIN_OUTPUT_CHARACTERS } from '../../../src/execution/shaping/cap-output.js';

const size = (v: unknown): number => JSON.stringify(v).length;

function objects(n: number, pad = 40): { Key: string; Size: number; ETag: string }[] {
  return Array.from({ length: n }, (_, i) => ({
    Key: `photos/${i}.jpg`,
    Size: i * 10,
    ETag: 'e'.repeat(pad),
  }));
}

describe('capOutput', () => {
  it('returns small values as they are', () => {
    const v = { a: [1, 2, 3] };
    const r = capOutput(v, 1000);
    expect(r.value).toBe(v);
    expect(r.truncated).toBeUndefined();
  });

  it('drops trailing list items, keeps valid JSON and reports counts', () => {
    const output = { Name: 'bucket', Contents: objects(1000), KeyCount: 1000 };
    const r = capOutput(output, 5000);
    const v = r.value as typeof output;
    expect(size(v)).toBeLessThanOrEqual(5000);
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    expect(v.Contents.length).toBeGreaterThan(10);
    expect(v.Contents).toEqual(output.Contents.slice(0, v.Contents.length)); // first items, whole
    expect(v.Name).toBe('bucket');
    expect(r.truncated).toMatchObject({
      originalChars: size(output),
      keptChars: size(v),
      lists: [{ path: 'Contents', kept: v.Contents.length, total: 1000 }],
      strings: [],
      droppedMembers: [],
    });
    expect(output.Contents).toHaveLength(1000); // the input is not mutated
  });

  it('takes from the largest lists first and reports nested paths', () => {
    const output = {
      Reservations: [
        { ReservationId: 'r-0', Instances: objects(300) },
        { ReservationId: 'r-1', Instances: objects(5) },
      ],
      Tags: objects(3),
    };
    const r = capOutput(output, 4000);
    const v = r.value as typeof output;
    expect(size(v)).toBeLessThanOrEqual(4000);
    expect(v.Tags).toHaveLength(3);
    expect(r.truncated!.lists).toEqual(
      expect.arrayContaining([
        { path: 'Reservations', kept: 1, total: 2 },
        expect.objectContaining({ path: 'Reservations[0].Instances', total: 300 }),
      ]),
    );
  });

  it('shortens long strings with a marker when lists are not the problem', () => {
    const body = 'line of text\n'.repeat(10_000);
    const output = { ContentType: 'text/plain', Body: { text: body }, Metadata: { a: 'b' } };
    const r = capOutput(output, 2000);
    const v = r.value as { Body: { text: string }; ContentType: string };
    expect(size(v)).toBeLessThanOrEqual(2000);
    expect(v.ContentType).toBe('text/plain');
    expect(v.Body.text).toMatch(/^line of text\n/);
    expect(v.Body.text).toMatch(/\.\.\.\[\+\d+ chars\]$/);
    expect(r.truncated!.strings).toEqual([
      { path: 'Body.text', keptChars: v.Body.text.length, totalChars: body.length },
    ]);
  });

  it('handles a long top-level string and caps below the minimum', () => {
    const r = capOutput('x'.repeat(500), 10);
    expect(size(r.value)).toBeLessThanOrEqual(MIN_OUTPUT_CHARACTERS);
    expect(r.truncated!.strings[0]).toMatchObject({ path: '@', totalChars: 500 });
  });

  it('serializes timestamps as JSON does', () => {
    const d = new Date('2026-01-01T00:00:00Z');
    const r = capOutput({ Items: Array.from({ length: 100 }, () => ({ When: d })) }, 200);
    const v = r.value as { Items: { When: string }[] };
    expect(v.Items[0]!.When).toBe('2026-01-01T00:00:00.000Z');
    expect(size(v)).toBeLessThanOrEqual(200);
  });

  it('cuts a 5 MB list in linear time', () => {
    const output = { Contents: objects(50_000, 60) };
    expect(size(output)).toBeGreaterThan(5_000_000);
    const r = capOutput(output, 100_000);
    const v = r.value as typeof output;
    expect(size(v)).toBeLessThanOrEqual(100_000);
    expect(r.truncated!.lists).toEqual([{ path: 'Contents', kept: v.Contents.length, total: 50_000 }]);
    expect(r.truncated!.keptChars).toBe(size(v));
  });

  it('always fits the cap and stays JSON for any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 1, max: 3000 }), (value, cap) => {
        const r = capOutput(value, cap);
        const text = JSON.stringify(r.value);
        const limit = Math.max(cap, MIN_OUTPUT_CHARACTERS);
        if (text.length > limit) return false;
        if (r.truncated) {
          if (r.truncated.keptChars !== text.length) return false;
          if (r.truncated.originalChars !== JSON.stringify(value).length) return false;
        } else if (r.value !== value) return false;
        return JSON.stringify(JSON.parse(text)) === text;
      }),
      { numRuns: 500 },
    );
  });

  it('fits the cap for wide lists of long strings with escapes (property)', () => {
    const item = fc.record({
      id: fc.string(),
      text: fc.string({ unit: 'binary', maxLength: 400 }),
      tags: fc.array(fc.string(), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 64, max: 4000 }), (items, cap) => {
        const r = capOutput({ items, count: items.length }, cap);
        return JSON.stringify(r.value).length <= cap;
      }),
      { numRuns: 200 },
    );
  });
});

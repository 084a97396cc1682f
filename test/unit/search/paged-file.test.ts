// The index file's body read on demand: only the blocks asked for are read, each checked by its
// CRC-32 before use; a damaged block or a short file is an error, never data.

import { mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../../src/search/binary-record.js';
import { BLOCK, blockChecksums, CorruptIndexError, PagedBody } from '../../../src/search/paged-file.js';

const PREFIX = 13; // the body does not start at the beginning of the file
const UNREAD = 0xa5;

function pagedFile(body: Uint8Array, damage?: number): PagedBody {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'paged-')), 'index.bin');
  const bytes = Buffer.concat([Buffer.alloc(PREFIX, 7), body]);
  if (damage !== undefined) bytes[PREFIX + damage] = bytes[PREFIX + damage]! ^ 1;
  writeFileSync(file, bytes);
  return new PagedBody(openSync(file, 'r'), PREFIX, body.length, blockChecksums(body), UNREAD);
}

const body = Uint8Array.from({ length: 5 * BLOCK + 100 }, (_, i) => (i * 31) % 251);

describe('paged index body', () => {
  it('reads only the blocks a range covers, and answers them exactly', () => {
    const paged = pagedFile(body);
    paged.ensureBytes(BLOCK + 10, 2 * BLOCK + 1); // blocks 1 and 2
    expect(paged.bytes.subarray(BLOCK, 3 * BLOCK)).toEqual(body.subarray(BLOCK, 3 * BLOCK));
    expect(paged.bytes.subarray(0, BLOCK).every((b) => b === UNREAD)).toBe(true);
    expect(paged.bytes.subarray(3 * BLOCK).every((b) => b === UNREAD)).toBe(true);
    paged.ensureBytes(0, body.length);
    expect(paged.bytes).toEqual(body);
    paged.close();
  });

  it('reads the elements of a typed array view into the body', () => {
    const values = Uint32Array.from({ length: 3000 }, (_, i) => i * 7);
    const { body: encoded } = encodeRecord({ values });
    const paged = pagedFile(encoded);
    const view = new Uint32Array(paged.bytes.buffer, 0, values.length);
    paged.ensure(view, 2000, 2010);
    expect([...view.subarray(2000, 2010)]).toEqual([...values.subarray(2000, 2010)]);
    expect(view[0]).not.toBe(values[0]); // not asked for, not read
    paged.ensure(new Uint32Array(8), 0, 8); // a view the pager does not own: nothing to do
    paged.close();
  });

  it('refuses a damaged block when it is first asked for, and keeps it unreadable', () => {
    const paged = pagedFile(body, 3 * BLOCK + 5);
    paged.ensureBytes(0, 2 * BLOCK); // intact blocks read fine
    expect(() => paged.ensureBytes(2 * BLOCK, 4 * BLOCK)).toThrow(CorruptIndexError);
    expect(paged.bytes.subarray(3 * BLOCK, 4 * BLOCK).every((b) => b === UNREAD)).toBe(true);
    expect(() => paged.ensureBytes(3 * BLOCK, 3 * BLOCK + 1)).toThrow(/checksum mismatch in block 3/);
    paged.close();
  });

  it('refuses a file shorter than its body, and reads nothing once closed', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'paged-')), 'short.bin');
    writeFileSync(file, Buffer.concat([Buffer.alloc(PREFIX), body.subarray(0, 2 * BLOCK)]));
    const short = new PagedBody(openSync(file, 'r'), PREFIX, body.length, blockChecksums(body));
    expect(() => short.ensureBytes(0, body.length)).toThrow(/shorter than its header/);
    short.close();
    const paged = pagedFile(body);
    paged.close();
    expect(() => paged.ensureBytes(0, 1)).toThrow(CorruptIndexError);
  });

  it('puts the paged sections after the others, so the rest is one prefix', () => {
    const record = { big: new Uint32Array(100), small: new Uint8Array(3), name: 'x', list: [1] };
    const { sections, eagerLength } = encodeRecord(record, (p) => p === 'big');
    expect(sections.map((s) => s[0])).toEqual(['small', 'name', 'list', 'big']);
    expect(eagerLength).toBe(sections[3]![2]);
  });
});

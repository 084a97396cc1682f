// The search index file's body, read on demand in 4 KB blocks, each checked against its CRC-32
// before any byte of it is used. The body lives in one zeroed ArrayBuffer the size of the file's
// body that the index's typed arrays view in place; a block's bytes are read (one positional
// read per run of missing blocks) only when something asks for them. Why: on this kind of
// machine (a VM), touching fresh memory costs ~3-5 us per 4 KB page, so reading and checking the
// whole 7 MB file cost ~25 ms CPU and 40-70 ms wall before the first search; that search needs
// about a sixth of it. Pages never read stay untouched, so they are not in the RSS either.

import { closeSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';

export const BLOCK_SHIFT = 12;
export const BLOCK = 1 << BLOCK_SHIFT;

/** A block whose bytes do not match their checksum, or a file shorter than its header says. */
export class CorruptIndexError extends Error {}

/** Makes elements [from, to) of a view readable (a no-op for views the pager does not own). */
export type Ensure = (view: ArrayBufferView, from: number, to: number) => void;

/** The CRC-32 of each BLOCK-sized block of `body` (the last may be shorter). */
export function blockChecksums(body: Uint8Array): Uint32Array {
  const out = new Uint32Array(Math.ceil(body.length / BLOCK));
  for (let k = 0; k < out.length; k++) out[k] = crc32(body.subarray(k * BLOCK, (k + 1) * BLOCK));
  return out;
}

const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

export class PagedBody {
  /** The body's bytes: zero until their block is loaded. */
  readonly bytes: Uint8Array;
  private readonly loaded: Uint8Array;
  private fd: number | undefined;

  /**
   * `fd` open on the file, the body starting at byte `offset` of it; `sums` from blockChecksums.
   * The pager owns the descriptor from here on (closed by close(), or when it is collected).
   * `unread`: what bytes not read yet hold (tests set it non-zero, so that reading the index's
   * data without asking for it first gives wrong answers instead of plausible zeros).
   */
  constructor(
    fd: number,
    private readonly offset: number,
    length: number,
    private readonly sums: Uint32Array,
    private readonly unread = 0,
  ) {
    if (sums.length !== Math.ceil(length / BLOCK)) throw new CorruptIndexError('block table size');
    this.bytes = new Uint8Array(new ArrayBuffer(length));
    if (unread !== 0) this.bytes.fill(unread);
    this.loaded = new Uint8Array(sums.length);
    this.fd = fd;
    closer.register(this, fd, this);
  }

  /** Elements [from, to) of `view`, loaded and checked (only for views into this body). */
  readonly ensure: Ensure = (view, from, to) => {
    if (view.buffer !== this.bytes.buffer || to <= from) return;
    const size = (view as Uint8Array).BYTES_PER_ELEMENT;
    const first = (view.byteOffset + from * size) >>> BLOCK_SHIFT;
    const last = (view.byteOffset + to * size - 1) >>> BLOCK_SHIFT;
    for (let k = first; k <= last; k++) if (this.loaded[k] === 0) return this.load(k, last);
  };

  /** Byte range [from, to) of the body, loaded and checked. */
  ensureBytes(from: number, to: number): void {
    this.ensure(this.bytes, from, to);
  }

  close(): void {
    if (this.fd === undefined) return;
    closer.unregister(this);
    closeSync(this.fd);
    this.fd = undefined;
  }

  /** Loads the missing blocks among first..last, one read per run of missing blocks. */
  private load(first: number, last: number): void {
    for (let k = first; k <= last; k++) {
      if (this.loaded[k] !== 0) continue;
      let end = k;
      while (end < last && this.loaded[end + 1] === 0) end++;
      this.read(k, end);
      k = end;
    }
  }

  private read(first: number, last: number): void {
    if (this.fd === undefined) throw new CorruptIndexError('the index file was closed');
    const from = first * BLOCK;
    const to = Math.min((last + 1) * BLOCK, this.bytes.length);
    for (let at = from; at < to;) {
      const n = readSync(this.fd, this.bytes, at, to - at, this.offset + at);
      if (n === 0) throw new CorruptIndexError('the index file is shorter than its header says');
      at += n;
    }
    for (let k = first; k <= last; k++) {
      const block = this.bytes.subarray(k * BLOCK, (k + 1) * BLOCK);
      if (crc32(block) !== this.sums[k]) {
        this.bytes.fill(this.unread, k * BLOCK, to); // never left for a view to read unchecked
        throw new CorruptIndexError(`checksum mismatch in block ${k}`);
      }
      this.loaded[k] = 1;
    }
  }
}

// A flat binary form of a nested record of typed arrays, strings and small JSON values, so the
// search index cache loads with one file read and no per-object decoding: typed arrays become
// views into the file's bytes (no copy), strings are sliced out of it, and only the few plain
// values (the service list) are parsed. v8.deserialize would copy every array and rebuild every
// string, which was most of a fresh server's first search.
//
// Layout: a section table (JSON: path, kind, offset, byte length) then the sections, each
// starting at a multiple of 8 so any typed array can be viewed in place. Offsets are relative to
// the start of the sections; decoding checks every section lies inside the bytes it was given.
// Sections the caller marks `paged` (typed arrays read on demand, see paged-file.ts) come last,
// after every other section, so the rest is one contiguous prefix a loader reads at once.

type Typed = Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array;
const TYPED = { Uint8Array, Uint16Array, Uint32Array, Float32Array, Float64Array } as const;
type TypedKind = keyof typeof TYPED;
type Kind = TypedKind | 'string' | 'json';

/** [path joined by '.', kind, offset, byte length] */
export type Section = readonly [string, Kind, number, number];

export interface Encoded {
  readonly sections: readonly Section[];
  readonly body: Buffer;
  /** Bytes of the body before the first paged section (the whole body when none is paged). */
  readonly eagerLength: number;
}

const ALIGN = 8;

export function encodeRecord(record: object, paged: (path: string) => boolean = () => false): Encoded {
  const found: Array<[string, Kind, Buffer]> = [];
  const add = (path: string, kind: Kind, bytes: Buffer): void => void found.push([path, kind, bytes]);
  const walk = (value: unknown, path: string): void => {
    if (ArrayBuffer.isView(value)) {
      const kind = value.constructor.name as TypedKind;
      if (!(kind in TYPED)) throw new Error(`unsupported array type at ${path}`);
      add(path, kind, Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    } else if (typeof value === 'string') add(path, 'string', Buffer.from(value, 'utf8'));
    else if (isPlainObject(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, path === '' ? k : `${path}.${k}`);
    } else add(path, 'json', Buffer.from(JSON.stringify(value), 'utf8'));
  };
  walk(record, '');
  const isPaged = ([path, kind]: [string, Kind, Buffer]): boolean => kind in TYPED && paged(path);
  const sections: Section[] = [];
  const chunks: Buffer[] = [];
  let offset = 0;
  let eagerLength = 0;
  for (const f of [...found.filter((x) => !isPaged(x)), ...found.filter(isPaged)]) {
    const [path, kind, bytes] = f;
    sections.push([path, kind, offset, bytes.length]);
    const pad = (ALIGN - (bytes.length % ALIGN)) % ALIGN;
    chunks.push(bytes, Buffer.alloc(pad));
    offset += bytes.length + pad;
    if (!isPaged(f)) eagerLength = offset;
  }
  return { sections, body: Buffer.concat(chunks), eagerLength };
}

/**
 * The record back, its typed arrays viewing `body` (copied only when `body` is misaligned).
 * Strings and plain values are decoded now, so their bytes must be in `body` already.
 */
export function decodeRecord(sections: readonly Section[], bytes: Uint8Array): Record<string, unknown> {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Record<string, unknown> = {};
  for (const [path, kind, offset, length] of sections) {
    if (
      !Number.isInteger(offset) ||
      !Number.isInteger(length) ||
      offset < 0 ||
      offset + length > body.length
    ) {
      throw new Error(`section ${path} is out of bounds`);
    }
    set(out, path.split('.'), decodeSection(kind, body, offset, length));
  }
  return out;
}

function decodeSection(kind: Kind, body: Buffer, offset: number, length: number): unknown {
  if (kind === 'string') return body.toString('utf8', offset, offset + length);
  if (kind === 'json') return JSON.parse(body.toString('utf8', offset, offset + length)) as unknown;
  const Ctor = TYPED[kind];
  if (Ctor === undefined) throw new Error(`unknown section kind ${String(kind)}`);
  const size = Ctor.BYTES_PER_ELEMENT;
  if (length % size !== 0) throw new Error(`section of ${kind} has a partial element`);
  const start = body.byteOffset + offset;
  const bytes = body.buffer as ArrayBuffer; // a Buffer read from a file, never shared memory
  if (start % size === 0) return new Ctor(bytes, start, length / size) as Typed;
  return new Ctor(bytes.slice(start, start + length)) as Typed;
}

function set(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let at = target;
  for (const k of keys.slice(0, -1)) {
    if (k === '__proto__') throw new Error('bad section path');
    at = (at[k] ??= {}) as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (last === '__proto__') throw new Error('bad section path');
  at[last] = value;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype
  );
}

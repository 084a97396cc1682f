// Compact postings: growable numeric buffers, compressed sparse rows grouped by term, and BM25
// inverse document frequencies. Typed arrays keep the whole-bundle index to a few megabytes.

/** An append-only typed buffer: ids as u32, frequencies as f32 (half the bytes of numbers). */
export class Growable {
  data: Uint32Array | Float32Array;
  length = 0;
  constructor(private readonly kind: 'u32' | 'f32' = 'u32') {
    this.data = this.alloc(1 << 14);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = this.alloc(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  private alloc(n: number): Uint32Array | Float32Array {
    return this.kind === 'u32' ? new Uint32Array(n) : new Float32Array(n);
  }
}

export function fromArray(values: number[], kind: 'u32' | 'f32' = 'u32'): Growable {
  const g = new Growable(kind);
  for (const v of values) g.push(v);
  return g;
}

export interface Csr {
  start: Uint32Array;
  ids: Uint32Array;
  tf: Float32Array;
}

/** Groups (term, id, tf) triples by term into compressed sparse rows. */
export function toCsr(nTerms: number, terms: Growable, ids: Growable, tfs: Growable): Csr {
  const n = terms.length;
  const start = new Uint32Array(nTerms + 1);
  for (let i = 0; i < n; i++) start[terms.data[i]! + 1]!++;
  for (let t = 0; t < nTerms; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, nTerms);
  const outIds = new Uint32Array(n);
  const outTf = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = terms.data[i]!;
    const at = fill[t]!++;
    outIds[at] = ids.data[i]!;
    outTf[at] = tfs.data[i]!;
  }
  return { start, ids: outIds, tf: outTf };
}

/** BM25 idf over operations; a term in a service's names counts every operation of it. */
export function computeIdf(nOps: number, svcStart: Uint32Array, opPost: Csr, svcPost: Csr): Float32Array {
  const nTerms = opPost.start.length - 1;
  const idf = new Float32Array(nTerms);
  const seen = new Uint32Array(nOps);
  for (let t = 0; t < nTerms; t++) {
    const stamp = t + 1;
    let df = 0;
    for (let p = opPost.start[t]!; p < opPost.start[t + 1]!; p++) {
      seen[opPost.ids[p]!] = stamp;
      df++;
    }
    for (let p = svcPost.start[t]!; p < svcPost.start[t + 1]!; p++) {
      const s = svcPost.ids[p]!;
      for (let o = svcStart[s]!; o < svcStart[s + 1]!; o++) {
        if (seen[o] !== stamp) {
          seen[o] = stamp;
          df++;
        }
      }
    }
    idf[t] = Math.log(1 + (nOps - df + 0.5) / (df + 0.5));
  }
  return idf;
}

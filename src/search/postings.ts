// Compact postings: growable numeric buffers, compressed sparse rows grouped by term, and BM25
// inverse document frequencies. Typed arrays keep the whole-bundle index to a few megabytes.

export class Growable {
  data: Float64Array = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export function fromArray(values: number[]): Growable {
  const g = new Growable();
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

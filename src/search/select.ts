// Picks the best candidates without sorting all of them: a query can touch thousands of
// operations but only a page is shown, and a full sort would dominate the latency budget.

import type { Ranked } from './rank.js';

/** Indices into `ranked` of the best `k` candidates, best first (ties: catalog order). */
export function topK(ranked: Ranked, k: number, skip?: ReadonlySet<number>): number[] {
  const heap: number[] = []; // min-heap of positions by (score, -op)
  const { ops, scores } = ranked;
  const worse = (a: number, b: number): boolean =>
    scores[a]! < scores[b]! || (scores[a] === scores[b] && ops[a]! > ops[b]!);
  for (let i = 0; i < ranked.count; i++) {
    if (skip?.has(i)) continue;
    if (heap.length < k) {
      heap.push(i);
      siftUp(heap, heap.length - 1, worse);
    } else if (k > 0 && worse(heap[0]!, i)) {
      heap[0] = i;
      siftDown(heap, 0, worse);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

function siftUp(h: number[], i: number, worse: (a: number, b: number) => boolean): void {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!worse(h[i]!, h[p]!)) break;
    [h[i], h[p]] = [h[p]!, h[i]!];
    i = p;
  }
}

function siftDown(h: number[], i: number, worse: (a: number, b: number) => boolean): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && worse(h[l]!, h[m]!)) m = l;
    if (r < h.length && worse(h[r]!, h[m]!)) m = r;
    if (m === i) return;
    [h[i], h[m]] = [h[m]!, h[i]!];
    i = m;
  }
}

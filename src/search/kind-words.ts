// Reads an everyday kind word ("box", "pool", "folder") as the resource it names in the service
// the rest of the query points at (data/kind-words-r16.ts): "bounce our rabbitmq box" is an
// Amazon MQ broker, "the node pool of the eks cluster" a node group. Without such a signal the
// kind word keeps its everyday meaning from the vocabulary (a box is an EC2 instance).

import type { Expansion } from './data/aws-vocabulary.js';
import { KIND_READINGS, type KindReading } from './data/kind-words-r16.js';
import { KIND_READINGS_2 } from './data/kind-words-r16-2.js';
import { stem, words } from './text.js';

interface CompiledReading {
  readonly signals: readonly (readonly string[])[];
  readonly unless: readonly (readonly string[])[];
  readonly kinds: ReadonlySet<string>;
  readonly service: string;
  readonly terms: string;
}

/** Every entry of both data files (their examples are checked by kind-words-r16.test.ts). */
export const ALL_KIND_READINGS: readonly KindReading[] = [...KIND_READINGS, ...KIND_READINGS_2];

const READINGS: readonly CompiledReading[] = ALL_KIND_READINGS.map((r) => ({
  signals: r.signals.map((s) => words(s).map(stem)),
  unless: (r.unless ?? []).map((s) => words(s).map(stem)),
  kinds: new Set(r.kinds.map(stem)),
  service: r.service,
  terms: r.terms,
}));

/** Position of each kind word whose service another word names -> what it reads as there. */
export function kindReadings(stems: readonly string[]): Map<number, Expansion> {
  const out = new Map<number, Expansion>();
  for (let i = 0; i < stems.length; i++) {
    const hits = READINGS.filter(
      (r) => r.kinds.has(stems[i]!) && signalled(stems, i, r.signals) && !signalled(stems, -1, r.unless),
    );
    if (hits.length === 0) continue;
    out.set(i, {
      terms: hits.map((r) => r.terms).join(' '),
      services: [...new Set(hits.map((r) => r.service))],
    });
  }
  return out;
}

/** Whether one of the signals occurs in the query away from the kind word at `at`. */
function signalled(stems: readonly string[], at: number, signals: readonly (readonly string[])[]): boolean {
  return signals.some((sig) => {
    for (let i = 0; i + sig.length <= stems.length; i++) {
      if (at >= i && at < i + sig.length) continue;
      if (sig.every((s, k) => stems[i + k] === s)) return true;
    }
    return false;
  });
}

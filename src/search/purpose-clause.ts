// A clause that says why the task is wanted ("... so we can send email from it", "... in order
// to see whether the alarm fires") is not the task: its verb would outvote the task's. After the
// task's verb it is read as a later step (verb-finder.ts steps): its verb is not the task's and
// its words count as a later step's. Markers are data (data/purpose-clause-r16-requests.ts).

import {
  MODAL_NEGATIONS,
  PURPOSE_MARKERS,
  PURPOSE_MODALS,
  PURPOSE_WHO_WORDS,
  type PurposeMarker,
} from './data/purpose-clause-r16-requests.js';
import type { Steps } from './verb-finder.js';

/** A purpose clause: where it opens (its marker), and its verb's words when one follows the marker. */
export interface Purpose {
  readonly from: number;
  readonly verb?: { readonly start: number; readonly end: number };
}

/**
 * The purpose marker at i ("so the chat widget can"), if one opens there: the span it covers, and
 * where its opening words end ("so"): who the purpose is for are words of it ("chat widget").
 */
export function purposeAt(
  ws: readonly string[],
  i: number,
): { start: number; end: number; opening: number } | undefined {
  for (const m of PURPOSE_MARKERS) {
    if (!m.words.every((w, k) => ws[i + k] === w)) continue;
    const end = markerEnd(ws, i + m.words.length, m);
    if (end !== undefined && end < ws.length) return { start: i, end, opening: i + m.words.length };
  }
  return undefined;
}

function markerEnd(ws: readonly string[], from: number, m: PurposeMarker): number | undefined {
  if (!m.who) return m.last === undefined || ws[from] === m.last ? from + (m.last ? 1 : 0) : undefined;
  for (let k = from + 1; k <= from + PURPOSE_WHO_WORDS && k < ws.length; k++) {
    if (!PURPOSE_MODALS.has(ws[k]!)) continue;
    return MODAL_NEGATIONS.has(ws[k + 1] ?? '') ? undefined : k + 1;
  }
  return undefined;
}

/**
 * The purpose clause opening at i as a step that is not the task: its verb (where `verbEnd` says
 * the verb starting at the marker's end ends) is not the task's; its other words stay (at
 * PURPOSE_WORD_SHARE, query.ts), as they tell apart operations that do the task.
 */
export function purposeStep(
  ws: readonly string[],
  i: number,
  verbEnd: (at: number) => number | undefined,
): Steps | undefined {
  const marker = purposeAt(ws, i);
  if (!marker) return undefined;
  const end = verbEnd(marker.end);
  return {
    later: ws.length,
    marker: { start: marker.start, end: marker.opening },
    purpose: { from: marker.start, ...(end === undefined ? {} : { verb: { start: marker.end, end } }) },
  };
}

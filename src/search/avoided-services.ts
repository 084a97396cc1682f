// A service named after "without" or "instead of" (data/avoided-services-r18.ts) is the one the
// task avoids: its name must not favour its operations ("a url for the function without api
// gateway" is Lambda's function URL).

import { AVOIDED_SERVICE_MARKERS } from './data/avoided-services-r18.js';

/** Whether the word at i opens a service name that a marker before it rules out. */
export function avoidedAt(ws: readonly string[], i: number): boolean {
  let end = i;
  while (end > 0 && AVOIDED_SERVICE_MARKERS.between.has(ws[end - 1]!)) end--;
  return AVOIDED_SERVICE_MARKERS.markers.some(
    (m) => end >= m.length && m.every((w, k) => ws[end - m.length + k] === w),
  );
}

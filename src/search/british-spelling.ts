// A British spelling of a word AWS spells the American way ("licence", "catalogue", "optimise"),
// read as the American word before typo correction would pull it towards another name
// (data/spelling-r22-tail.ts; issue 16, round 22).

import { BRITISH_SPELLINGS } from './data/spelling-r22-tail.js';

/** The American spelling of a British word, or undefined when it has none. */
export function americanSpelling(w: string): string | undefined {
  return BRITISH_SPELLINGS.american.get(w);
}

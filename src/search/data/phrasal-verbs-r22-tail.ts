// Data: phrasal verbs of round 22 (the long tail), whose particle holds a determiner the shorter
// entry lacks: "take the stream off THE air" stops it as "take ... off air" does
// (phrasal-verbs.ts), where "take off" alone removes an entry from a list. Merged at the start of
// PHRASAL_VERBS, before the shorter particles; each example must find its operation in the top
// five (test/integration/search/concepts-r22-tail.test.ts).

import type { PhrasalVerb } from './phrasal-verbs.js';

const OFF_AIR = { stop: 1, disable: 0.6, disconnect: 0.5 };

export const R22_TAIL_PHRASAL_VERBS: Readonly<Record<string, PhrasalVerb>> = {
  'take off the air': {
    weights: OFF_AIR,
    why: 'taking a broadcast off the air stops it, as "off air" does; it stays and can go on air again',
    example: ['take the main-stage ivs stream off the air', 'ivs:StopStream'],
  },
  'pull off the air': {
    weights: OFF_AIR,
    why: 'pulling a live channel off the air stops it; nothing is deleted',
    example: ['pull medialive channel news-2 off the air', 'medialive:StopChannel'],
  },
};

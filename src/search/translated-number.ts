// "the versions of the activemq configuration": the head word is read as the service's own noun
// (kind-words.ts: versions -> revisions) and the number it was typed in goes with it. The number
// reading (siblings.ts) compares the typed word with operation names; a word no name spells
// ("versions", "runs") leaves one revision's read and the list of revisions tied, so the read of
// one (DescribeConfigurationRevision) wins a question about many.

import type { SearchIndexData } from './index-build.js';
import { kindReadings } from './kind-words.js';
import type { QueryPlan } from './query-plan.js';
import { headNumber } from './siblings.js';
import { pluralS, stem, words } from './text.js';

/** Gives the head's number to the last word of the noun a kind word was read as. */
export function addTranslatedNumber(
  ix: SearchIndexData,
  plan: QueryPlan,
  ws: readonly string[],
  stems: readonly string[],
): void {
  for (const [i, reading] of kindReadings(stems).readings) {
    const id = ix.termIds.get(stems[i]!);
    if (id === undefined || !plan.numberHead.has(id)) continue;
    const noun = words(reading.terms ?? '').at(-1);
    if (noun === undefined) continue;
    const typed = pluralS(ws[i]!) ? `${noun}s` : noun;
    headNumber(ix, plan, typed, stem(typed));
  }
}

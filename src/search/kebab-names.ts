// Kebab names beyond the places kept-tokens.ts reads one (data/names-r18b-hyphen.ts): "the
// homepage-check canary", "unmute the high-cpu alarm", "mute cpu-high while we patch". A name's
// parts are the user's naming: read as words they would give the request a verb ("check") or
// match a task's asked words ("cpu is high" -> PutMetricAlarm) the user did not ask for.

import { analyze } from './analyzer.js';
import { DETERMINERS } from './data/determiners.js';
import { COMPOUND_FIRST_WORDS } from './data/id-context.js';
import { NAME_BEFORE_KIND } from './data/names-r12.js';
import { NAMED_KINDS_R17 } from './data/names-r17-siblings.js';
import { KEBAB_NAMES_R18B } from './data/names-r18b-hyphen.js';
import { STOP_WORDS } from './data/stop-words.js';
import { servicesNamed } from './exact.js';
import type { SearchIndexData } from './index-build.js';
import { stem, withoutTrailingPunctuation } from './text.js';
import { isVerb, PHRASES } from './vocabulary.js';

const bare = (token: string): string => withoutTrailingPunctuation(token.toLowerCase());
const kinds = (w: string): boolean =>
  NAME_BEFORE_KIND.kinds.has(w) || NAMED_KINDS_R17.words.has(w) || KEBAB_NAMES_R18B.kinds.has(w);
/** Whether a word is one of the words operations are named with (Key, Replica, Log). */
const opWord = (ix: SearchIndexData, w: string): boolean =>
  analyze(w).some((t) => ix.nameLike[ix.termIds.get(t) ?? -1] === 1);

/**
 * Whether the kebab token raw[i] (`t`, without trailing punctuation) names a thing: right before
 * a kind it names, or closing the phrase right after the verb acting on it. Never when its parts
 * are the query's only content words, nor for a kebab adjective ("read-only", "dead-letter").
 */
export function kebabNamesThing(ix: SearchIndexData, raw: readonly string[], i: number, t: string): boolean {
  // an acronym ("LOA-CFA", "SSE-KMS") is a term; names are written in lower case
  if (!/[a-z]/.test(t)) return false;
  const parts = t.toLowerCase().split('-');
  if (NAME_BEFORE_KIND.adjectiveEnds.test(parts.at(-1)!)) return false;
  // a plain content word besides names and verbs, or the name is what the query is about
  const content = (w: string, j: number): boolean =>
    j !== i && /^[a-z]+$/.test(bare(w)) && !STOP_WORDS.has(bare(w)) && !isVerb(ix, bare(w));
  if (!raw.some(content)) return false;
  const next = raw[i] === t ? bare(raw[i + 1] ?? '') : '';
  if (kinds(next)) return beforeKind(ix, parts, next);
  // "the logs-search opensearch domain", "the orders-kafka msk cluster": the service the thing
  // belongs to between its name and its kind
  if (next !== '' && namesService(ix, next) && kinds(bare(raw[i + 2] ?? ''))) return beforeServiceKind(parts);
  return afterVerb(ix, raw, i, parts);
}

/** A service's name or a short word for one ("msk", "opensearch"). */
const namesService = (ix: SearchIndexData, w: string): boolean =>
  servicesNamed(ix, w).length > 0 || PHRASES.get(stem(w))?.services !== undefined;

/**
 * "the logs-search opensearch domain": with the service and the kind after it, the kebab token
 * can only be the thing's name, whatever its parts are (a verb, "search"), unless it is a known
 * phrase, a manner ("hand-edit") or an adjective ("high-priority"; "customer-managed" checked above).
 */
function beforeServiceKind(parts: readonly string[]): boolean {
  // "a high-priority batch queue": over-, high-, cross- make adjectives
  if (COMPOUND_FIRST_WORDS.words.has(parts[0]!)) return false;
  return !KEBAB_NAMES_R18B.mannerFirsts.has(parts[0]!) && !PHRASES.has(parts.map(stem).join(' '));
}

/**
 * "the homepage-check canary", "the high-cpu alarm": not a verb said with its manner
 * ("hand-edit bucket"), a known phrase ("dead-letter queue"), or, except before the kinds named
 * after the condition they watch or check, an adjective ("high-memory instance") or a duty.
 */
function beforeKind(ix: SearchIndexData, parts: readonly string[], kind: string): boolean {
  if (KEBAB_NAMES_R18B.mannerFirsts.has(parts[0]!)) return false;
  if (PHRASES.has(parts.map(stem).join(' '))) return false;
  if (KEBAB_NAMES_R18B.conditionKinds.has(kind)) return true;
  // "the ops-admin role": a verb last says what the thing may do, which the task is often about
  return !COMPOUND_FIRST_WORDS.words.has(parts[0]!) && !isVerb(ix, parts.at(-1)!);
}

/**
 * "mute cpu-high while ...", "silence the disk-full until ...": closing the phrase right after
 * its verb (a determiner between), not a setting or a short acronym, with no part a verb, an adjective's first word or all words
 * operations are named with ("rotate access-keys", "create read-replica" stay words), nor
 * ending in the short word of its kind.
 */
function afterVerb(
  ix: SearchIndexData,
  raw: readonly string[],
  i: number,
  parts: readonly string[],
): boolean {
  const next = raw[i + 1] === undefined ? '' : bare(raw[i + 1]!);
  const ends = STOP_WORDS.has(next) || KEBAB_NAMES_R18B.phraseEnds.has(next);
  const closes = raw[i + 1] === undefined || ends || /[.,;:!?]$/.test(raw[i]!);
  let v = i - 1;
  if (DETERMINERS.includes(bare(raw[v] ?? ''))) v--;
  if (!closes || v < 0 || !isVerb(ix, bare(raw[v]!))) return false;
  // "set maxmemory-policy to ...": a setting's name; "download the loa-cfa": an acronym in lower case
  if (KEBAB_NAMES_R18B.settingVerbs.has(bare(raw[v]!)) || parts.every((p) => p.length <= 3)) return false;
  if (parts.some((p) => isVerb(ix, p)) || COMPOUND_FIRST_WORDS.words.has(parts[0]!)) return false;
  if (KEBAB_NAMES_R18B.mannerFirsts.has(parts[0]!)) return false;
  // "bump web-asg", "restore prod-db": a name ending in its kind's short word says that kind
  if (PHRASES.get(stem(parts.at(-1)!))?.services !== undefined) return false;
  return !parts.every((p) => opWord(ix, p));
}

// The words of a query worth reading: whitespace tokens without CLI flags, pasted values and the
// names users give their resources, which describe their naming rather than the task.

import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import { stem, withoutTrailingPunctuation } from './text.js';
import { servicesNamed } from './exact.js';
import { OP_REF } from './op-ref.js';
import { compactName } from '../catalog/names.js';
import { COMPOUND_FIRST_WORDS } from './data/id-context.js';
import { NAME_BEFORE_KIND } from './data/names-r12.js';
import { isVerb, PHRASES, VERBS } from './vocabulary.js';
import { calledName } from './called-names.js';
import { NAME_PREPOSITIONS, NAMED_KINDS_R17 } from './data/names-r17-siblings.js';
import { NAME_PREPOSITIONS_R18 } from './data/names-r18-known.js';
import { kebabNamesThing } from './kebab-names.js';
import { plainNameAfterKind } from './plain-names.js';

const VALUE = /[/=@]|^arn:|^\d{6,}$/i;
/**
 * `set max_connections=500`: in a query that sets something, a setting and its value; the
 * setting's name says what to change. Elsewhere (`insert cpu=73`, `tagged team=x`) it is data.
 */
const SETTING_VALUE = /^([a-z][a-z0-9_.]*)=[^=/@]*$/i;
const SETTING_VERBS =
  /^(set|change|bump|raise|lower|increase|decrease|tune|update|modify|configure|adjust)$/i;

/**
 * Whitespace tokens without CLI flags and their values, identifiers (replaced by the words they
 * keep, if any), or values users paste.
 */
export function keptTokens(
  ix: SearchIndexData,
  raw: readonly string[],
  identifiers: ReadonlyMap<string, string>,
): string[] {
  const out: string[] = [];
  const setsSomething = raw.some((t) => SETTING_VERBS.test(t));
  const named = raw.map(snakeAsKebab);
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (t.startsWith('--')) {
      if (!t.includes('=') && raw[i + 1] !== undefined && !raw[i + 1]!.startsWith('-')) i++;
      continue;
    }
    if (identifiers.has(t)) {
      if (identifiers.get(t)) out.push(identifiers.get(t)!);
      continue;
    }
    const setting = setsSomething ? SETTING_VALUE.exec(t)?.[1] : undefined;
    if (setting !== undefined) out.push(setting);
    if (VALUE.test(t) && !OP_REF.test(t)) continue;
    if (isResourceName(ix, named, i) || calledName(raw, i) || plainNameAfterKind(ix, raw, i)) continue;
    out.push(t);
  }
  return out;
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)+$/i;
/** A lower-case snake_case token ("web_logs", "sales_db"); upper case ("PAY_PER_REQUEST") is a value AWS names. */
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+[.,;:!?)]*$/;

/**
 * "table web_logs in database sales_db": a snake_case name is named as a kebab one is (tables,
 * databases and columns are named so), so it is read by the same rules; its parts ("logs") are
 * the user's naming and must not pull a service.
 */
function snakeAsKebab(t: string): string {
  return SNAKE.test(t) ? t.replace(/_/g, '-') : t;
}

/**
 * A name the user gave a resource (`nightly-etl`, `blog-1`, a UUID): its words describe the
 * user's naming, not the task, and concepts inside it ("nightly") must not fire. A kebab token
 * is a name when a part has a digit, when it has three parts or more and comes right before a
 * service's name ("the old-cron-cleanup lambda"), or when it follows a content word and ends the
 * phrase ("job nightly-etl", not "sms one-time code"); operation and service names stay words.
 */
export function isResourceName(ix: SearchIndexData, raw: readonly string[], i: number): boolean {
  const t = withoutTrailingPunctuation(raw[i]!);
  if (!KEBAB.test(t) || OP_REF.test(t)) return false;
  const prev = raw[i - 1]?.toLowerCase();
  // "the lambda function translate-text": after the kind it names, an operation's name is a name
  const opName = ix.exactNames.get(compactName(t)) !== undefined && !NAME_BEFORE_KIND.kinds.has(prev ?? '');
  if (opName) return false;
  if (servicesNamed(ix, t).length > 0) return false;
  if (/\d/.test(t) || kebabNamesThing(ix, raw, i, t)) return true;
  // "over-provisioned" is an adjective, but "the alarm high-cpu", right after its kind, a name
  const afterKind = NAME_BEFORE_KIND.kinds.has(prev ?? '');
  if (COMPOUND_FIRST_WORDS.words.has(t.split('-')[0]!.toLowerCase()) && !afterKind) return false;
  if (namedAfterKindOrPreposition(ix, raw, i, t)) return true;
  const next = raw[i + 1]?.toLowerCase();
  // "the old-cron-cleanup lambda": a name of three parts or more right before the service it is
  // a resource of (two-part words are mostly adjectives: "customer-managed iam", "on-demand price")
  const beforeService = next !== undefined && servicesNamed(ix, withoutTrailingPunctuation(next)).length > 0;
  if (beforeService && t.split('-').length >= 3) return true;
  if (nameBeforeKind(ix, t, next)) return true;
  const afterNoun =
    prev !== undefined && !STOP_WORDS.has(prev) && !VERBS.has(stem(prev)) && !ix.verbIds.has(prev);
  // a comma ends the phrase the name closes ("before deleting stack shared-net, find ...")
  const endsPhrase = next === undefined || STOP_WORDS.has(next) || /^\d/.test(next) || raw[i] !== t;
  return afterNoun && endsPhrase;
}

/**
 * "the ci-bot user": two words before the kind they name, not a kebab adjective, a phrase or a
 * verb said with its manner ("hand-edit bucket").
 */
function nameBeforeKind(ix: SearchIndexData, t: string, next: string | undefined): boolean {
  const parts = t.toLowerCase().split('-');
  if (parts.length !== 2 || !NAME_BEFORE_KIND.kinds.has(withoutTrailingPunctuation(next ?? ''))) return false;
  if (NAME_BEFORE_KIND.adjectiveEnds.test(parts[1]!) || isVerb(ix, parts[1]!)) return false;
  return !PHRASES.has(parts.map(stem).join(' '));
}

/**
 * "turn off the schedule nightly-report", "the job definition for nightly-etl": closing a phrase
 * right after a kind (data/names-r12.ts, data/names-r17-siblings.ts), though the kind word is
 * also a verb ("schedule", "set"), or after a preposition that follows a noun. Before another
 * word it may modify that word ("the instance state-change event"); a kebab adjective
 * ("read-only") stays words.
 */
function namedAfterKindOrPreposition(
  ix: SearchIndexData,
  raw: readonly string[],
  i: number,
  t: string,
): boolean {
  const parts = t.toLowerCase().split('-');
  if (NAME_BEFORE_KIND.adjectiveEnds.test(parts.at(-1)!)) return false;
  const prev = raw[i - 1]?.toLowerCase() ?? '';
  const next = raw[i] === t ? raw[i + 1]?.toLowerCase() : undefined;
  const closes = next === undefined || STOP_WORDS.has(next);
  if (NAME_BEFORE_KIND.kinds.has(prev) || NAMED_KINDS_R17.words.has(prev)) return closes;
  const before = raw[i - 2]?.toLowerCase();
  const noun =
    before !== undefined && !STOP_WORDS.has(before) && !/(ing|ed)$/.test(before) && !isVerb(ix, before);
  // "to re-check": after "to" a kebab verb is an infinitive, not a name
  const infinitive = isVerb(ix, parts[0]!) || NAME_PREPOSITIONS_R18.verbPrefixes.has(parts[0]!);
  const names = NAME_PREPOSITIONS.words.has(prev) || (NAME_PREPOSITIONS_R18.words.has(prev) && !infinitive);
  return names && noun && closes;
}

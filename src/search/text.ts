// Text normalisation shared by indexing and querying: both sides must split, lower-case and stem
// words identically, or a query word can never meet the operation word it means.

/**
 * Calls `emit` with each lower-case word of a text: camel case split, punctuation dropped, digits
 * kept with the letters before them. A character loop, not regexes: indexing runs this over
 * ~12 MB of documentation and must stay well under a second.
 */
export function forEachWord(text: string, emit: (word: string) => void): void {
  const n = text.length;
  let lower = text.toLowerCase(); // once per text, not once per word
  if (lower.length !== n) lower = text.replace(/[^ -~]/g, ' ').toLowerCase(); // keep offsets aligned
  let start = -1;
  let prev = 0; // 0 other, 1 lower, 2 upper, 3 digit
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const kind = c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 3 : 0;
    if (kind === 0) {
      if (start >= 0) emit(lower.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    } else if (kind === 1 && acronymPlural(text, i)) {
      emit(lower.slice(start, i)); // "AMIs" is the plural of "AMI", not "am" + "is"
      start = -1;
    } else if (
      kind === 2 &&
      (prev === 1 ||
        prev === 3 ||
        (prev === 2 && isLowerAt(text, i + 1) && !acronymPlural(text, i + 1) && !versionSuffix(text, i + 1)))
    ) {
      emit(lower.slice(start, i));
      start = i;
    }
    prev = kind;
  }
}

/** An `s` at i that ends a word after capitals: the plural of an acronym (`VPCs`, `ARNs`). */
function acronymPlural(text: string, i: number): boolean {
  return (
    text.charCodeAt(i) === 115 && !isLetterAt(text, i + 1) && isUpperAt(text, i - 1) && isUpperAt(text, i - 2)
  );
}

/** A `v` and a digit at i after capitals: the version of an acronym (`IMDSv2`, `TLSv1`), not a word of its own. */
function versionSuffix(text: string, i: number): boolean {
  const d = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 118 && d >= 48 && d <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  return isLowerAt(text, i) || isUpperAt(text, i);
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** Lower-case words of a text (see forEachWord). */
export function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (w) => out.push(w));
  return out;
}

const VOWEL = /[aeiouy]/;
/** Singular words that merely end in `s`; stripping it would split them from their plurals. */
const UNCHANGED = new Set(['alias', 'canvas', 'bias', 'atlas', 'lens', 'chaos', 'this', 'was', 'has']);
/** -ment nouns that are not verb + ment: `statement` must not meet `states` (Step Functions). */
const KEEP_MENT = new Set(['statement', 'element', 'comment', 'segment', 'document', 'fragment']);
/** -ure nouns of a verb: `failure` meets `failing`/`failed`, `closure` meets `close`. */
const URE_NOUNS = new Set([
  'failure',
  'closure',
  'exposure',
  'disclosure',
  'enclosure',
  'departure',
  'erasure',
]);
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 200_000;

/**
 * A light, deterministic stemmer: plural and -ing/-ed endings, then a final `e`, so that
 * `buckets`/`bucket`, `listing`/`list`, `policies`/`policy`, `scaling`/`scale` meet. Its output
 * is only ever compared with its own output, so it needs to be consistent, not pretty.
 */
export function stem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  const s = computeStem(word);
  if (stemCache.size < STEM_CACHE_MAX) stemCache.set(word, s);
  return s;
}

function computeStem(w: string): string {
  if (w.length <= 3 || /[0-9]/.test(w) || UNCHANGED.has(w)) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (/(s|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (pluralS(s)) s = s.slice(0, -1);
  if (s.endsWith('ing') && s.length >= 6 && VOWEL.test(s.slice(0, -3))) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && s.length >= 5 && VOWEL.test(s.slice(0, -2))) s = undouble(s.slice(0, -2));
  // verb and noun meet: deployment/deploy, execution/execute, deletion/delete, failure/fail
  if (URE_NOUNS.has(s)) return s.slice(0, -3);
  if (s.endsWith('ment') && s.length >= 8 && !KEEP_MENT.has(s)) s = s.slice(0, -4);
  else if (/[ts]ion$/.test(s) && s.length >= 7) s = s.slice(0, -3);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

/** Ends in a plural or third-person `s` (`records`, `needs`), not `access`, `status`, `basis`. */
export function pluralS(w: string): boolean {
  return w.endsWith('s') && !/(ss|us|is)$/.test(w);
}

/** A word without a final `s`, to compare a plural with its singular (`runs` ~ `run`, `jobs` ~ `job`). */
export function withoutS(w: string): string {
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** `runn` -> `run`, `stopp` -> `stop` (but keep `ss`, `ll`: `access`, `poll`). */
function undouble(s: string): string {
  const n = s.length;
  if (n >= 3 && s[n - 1] === s[n - 2] && !/[slz]/.test(s[n - 1]!)) return s.slice(0, -1);
  return s;
}

/** A pasted token without the quotes, brackets and punctuation around it (`"i-0abc",` -> `i-0abc`). */
export function unwrapToken(raw: string): string {
  return raw.replace(/^["'(<[{]+|[.,;:!?"')>\]}]+$/g, '');
}

/** A token without the punctuation that closes a clause after it (`web-1,` -> `web-1`); leading quotes stay. */
export function withoutTrailingPunctuation(token: string): string {
  return token.replace(/[.,;:!?"')]+$/, '');
}

/** Word lists a reading step looks for: single words, and two-word phrases in order. */
export interface WordsAndPairs {
  readonly words: ReadonlySet<string>;
  readonly phrases: readonly (readonly [string, string])[];
}

/** True when the words hold one of the single words, or one of the pairs side by side. */
export function holdsWordOrPair(ws: readonly string[], m: WordsAndPairs): boolean {
  if (ws.some((w) => m.words.has(w))) return true;
  return ws.some((w, i) => m.phrases.some(([a, b]) => w === a && ws[i + 1] === b));
}

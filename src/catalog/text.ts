// Plain text from Smithy documentation HTML: a one-line summary and a bounded search text.
// Model docs are HTML fragments (<p>, <code>, <a>, <note>...); search and tool results need
// plain sentences, and the catalog cache must stay small, so both outputs are bounded.

const SUMMARY_MAX = 160;
const DOCUMENTATION_MAX = 600;
/** Enough raw HTML to yield DOCUMENTATION_MAX characters of text; bounds work on huge docs. */
const RAW_SCAN_MAX = 6000;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // U+2028 and other separators/controls would break a one-line summary
      return code >= 0x20 && code !== 0x2028 && code !== 0x2029 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[body] ?? whole;
  });
}

/** HTML fragment -> one line of plain text (tags dropped, entities decoded, spaces collapsed). */
export function htmlToText(html: string): string {
  return decodeEntities(
    html.replace(/<[^>]*>/g, ' ').replace(/<[^>]*$/, ' '), // a tag cut off by a length bound
  )
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}

/** Cut at a word boundary so the result is at most `max` characters, marking the cut with `…`. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

const ABBREVIATIONS =
  /(?:\b(?:e\.g|i\.e|etc|vs|approx|cf|No|Inc|Ltd|Corp|Mr|Ms|Dr|St|a\.m|p\.m|U\.S)|\b[A-Za-z])\.$/;

/**
 * The first sentence of plain text: up to a `.`, `!` or `?` followed by whitespace and more text
 * (docs do start sentences in lower case: "...subnet group. subnet groups must..."), not after a
 * known abbreviation or a lone initial.
 */
export function firstSentence(text: string, from = 0): string {
  const re = /[.!?](?=\s+\S)|[.!?]$/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const candidate = text.slice(0, m.index + 1);
    if (!ABBREVIATIONS.test(candidate)) return candidate;
  }
  return text;
}

/** One-line summary: the first sentence of the docs, skipping leading notes and warnings. */
export function summarize(html: string | undefined): string {
  if (!html) return '';
  const raw = html.slice(0, RAW_SCAN_MAX);
  // <note>/<important> blocks ("not supported for directory buckets") rarely say what an
  // operation does; prefer the first sentence outside them. <fullname> repeats the title.
  const body = htmlToText(raw.replace(/<(note|important|fullname)>[\s\S]*?<\/\1>/g, ' '));
  const text = body || htmlToText(raw);
  let sentence = firstSentence(text);
  // "Deprecated." alone says too little: take the next sentence too
  if (!sentence.includes(' ') && sentence.length < text.length) {
    sentence = firstSentence(text, sentence.length);
  }
  return truncateText(sentence, SUMMARY_MAX);
}

/** Bounded plain-text documentation for search indexing. */
export function documentationText(html: string | undefined): string {
  if (!html) return '';
  return truncateText(htmlToText(html.slice(0, RAW_SCAN_MAX)), DOCUMENTATION_MAX);
}

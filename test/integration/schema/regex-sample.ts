// Test helper: produces a string matching a (model) regex, for the generated minimal payloads.
// Handles the constructs AWS patterns use: literals, classes, escapes, groups, alternation (first
// branch), quantifiers (repeated `reps` times within their bounds). Returns undefined when unsure.

interface Cursor {
  readonly src: string;
  i: number;
}

const CLASS_SAMPLES: Readonly<Record<string, string>> = {
  d: '1',
  w: 'a',
  s: ' ',
  D: 'a',
  W: '-',
  S: 'a',
  n: '\n',
  t: '\t',
  r: '\r',
};

/** Candidate strings for `pattern`, shortest-repetition first. */
export function regexSamples(pattern: string): string[] {
  const out: string[] = [];
  for (const reps of [1, 0, 2, 3, 8, 20]) {
    try {
      const c: Cursor = { src: pattern, i: 0 };
      const s = alternation(c, reps);
      if (c.i === pattern.length) out.push(s);
    } catch {
      // unsupported construct: fall through to other candidates
    }
  }
  return out;
}

function alternation(c: Cursor, reps: number): string {
  const first = sequence(c, reps);
  while (c.src[c.i] === '|') {
    c.i++;
    sequence(c, reps); // parse and discard other branches
  }
  return first;
}

function sequence(c: Cursor, reps: number): string {
  let out = '';
  while (c.i < c.src.length && c.src[c.i] !== '|' && c.src[c.i] !== ')') {
    const atomStart = c.i;
    const atom = parseAtom(c, reps);
    const q = quantifier(c);
    if (!q) {
      out += atom;
      continue;
    }
    const [min, max] = q;
    const n = Math.min(max, Math.max(min, reps));
    let piece = '';
    for (let k = 0; k < n; k++) {
      // re-parse so each repetition of a group is produced independently
      const c2: Cursor = { src: c.src, i: atomStart };
      piece += parseAtom(c2, reps);
    }
    out += piece;
  }
  return out;
}

function quantifier(c: Cursor): [number, number] | undefined {
  const ch = c.src[c.i];
  let q: [number, number] | undefined;
  if (ch === '*') q = [0, Infinity];
  else if (ch === '+') q = [1, Infinity];
  else if (ch === '?') q = [0, 1];
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(c.src.slice(c.i));
    if (!m) return undefined;
    c.i += m[0].length - 1;
    q = [Number(m[1]), m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1])];
  }
  if (!q) return undefined;
  c.i++;
  if (c.src[c.i] === '?' || c.src[c.i] === '+') c.i++;
  return q;
}

function parseAtom(c: Cursor, reps: number): string {
  const ch = c.src[c.i]!;
  if (ch === '^' || ch === '$') {
    c.i++;
    return '';
  }
  if (ch === '(') {
    c.i++;
    if (c.src[c.i] === '?') {
      if (c.src[c.i + 1] === ':') c.i += 2;
      else if (c.src[c.i + 1] === '=' || c.src[c.i + 1] === '!' || c.src[c.i + 1] === '<')
        throw new Error('lookaround');
    }
    const s = alternation(c, reps);
    if (c.src[c.i] !== ')') throw new Error('unclosed group');
    c.i++;
    return s;
  }
  if (ch === '[') return charClass(c);
  if (ch === '.') {
    c.i++;
    return 'a';
  }
  if (ch === '\\') return escape(c);
  c.i++;
  return ch;
}

function escape(c: Cursor): string {
  const e = c.src[c.i + 1]!;
  c.i += 2;
  if (e in CLASS_SAMPLES) return CLASS_SAMPLES[e]!;
  if (e === 'p' || e === 'P') {
    const m = /^\{[^}]*\}/.exec(c.src.slice(c.i));
    if (!m) throw new Error('bad \\p');
    c.i += m[0].length;
    if (e === 'P') return '!';
    return /N|Digit/.test(m[0]) ? '1' : /Z|Space/.test(m[0]) ? ' ' : /P/.test(m[0]) ? '.' : 'a';
  }
  if (e === 'u') {
    const hex = c.src.slice(c.i, c.i + 4);
    c.i += 4;
    return String.fromCharCode(parseInt(hex, 16));
  }
  if (e === 'x') {
    const hex = c.src.slice(c.i, c.i + 2);
    c.i += 2;
    return String.fromCharCode(parseInt(hex, 16));
  }
  if (/[bB]/.test(e)) return '';
  if (/[0-9]/.test(e)) throw new Error('backreference');
  return e;
}

/** First member of a class; for negated classes, the first of a few safe characters not excluded. */
function charClass(c: Cursor): string {
  const end = classEnd(c.src, c.i);
  const body = c.src.slice(c.i + 1, end);
  c.i = end + 1;
  const negated = body.startsWith('^');
  const re = new RegExp(`[${body}]`, 'u');
  const tries = negated ? 'aA1-_. xZ:/' : '';
  if (negated) {
    for (const ch of tries) if (re.test(ch)) return ch;
    throw new Error('no sample for negated class');
  }
  for (const ch of 'aA1bcxyz0-_.:/ @+=,') if (re.test(ch)) return ch;
  const inner = body.startsWith('\\') ? escape({ src: body, i: 0 }) : body[0]!;
  if (re.test(inner)) return inner;
  throw new Error('no sample for class');
}

function classEnd(src: string, start: number): number {
  for (let i = start + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']' && i > start + 1 && !(i === start + 2 && src[start + 1] === '^')) return i;
  }
  throw new Error('unclosed class');
}

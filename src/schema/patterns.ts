// Smithy `pattern` traits -> ECMAScript regexes ajv can compile with the `u` flag. AWS models
// carry Java-isms (`\-` or `\_` outside classes, `\p{Print}`, `(?s)`, `\A`, `\Z`); we translate
// the ones with an exact equivalent and report the rest (`&&` intersections, `(?i)`) as not enforced.

export interface PatternResult {
  /** The pattern to put in the schema, or undefined when it cannot be compiled. */
  readonly pattern?: string;
  /** Why the model's pattern was dropped, for the description. */
  readonly dropped?: string;
}

/** Java POSIX classes (ASCII, as in java.util.regex without UNICODE_CHARACTER_CLASS) as class ranges. */
const POSIX: Readonly<Record<string, string>> = {
  Alpha: 'A-Za-z',
  Digit: '0-9',
  Alnum: 'A-Za-z0-9',
  Upper: 'A-Z',
  Lower: 'a-z',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Space: ' \\t\\n\\x0B\\f\\r',
  XDigit: '0-9A-Fa-f',
  ASCII: '\\x00-\\x7F',
};

/** Escapes unicode-mode regexes accept after a backslash (outside a class). */
const VALID_ESCAPE = /[\^$\\.*+?()[\]{}|/dDwWsSbBfnrtv0-9cxukpP]/;

const cache = new Map<string, PatternResult>();

function compiles(p: string): boolean {
  try {
    new RegExp(p, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Makes a model pattern usable by ajv (unicode mode), or says why it cannot be. */
export function compatiblePattern(source: string): PatternResult {
  const hit = cache.get(source);
  if (hit) return hit;
  let result: PatternResult = { dropped: `pattern ${source} is not enforced here (not an ECMAScript regex)` };
  if (compiles(source)) result = { pattern: source };
  else {
    const translated = translate(source);
    if (translated !== undefined && compiles(translated)) result = { pattern: translated };
  }
  cache.set(source, result);
  return result;
}

/** One pass over the pattern, tracking character classes; undefined for untranslatable syntax. */
function translate(source: string): string | undefined {
  let dotAll = false;
  let p = source;
  if (p.includes('(?s)')) {
    dotAll = true;
    p = p.split('(?s)').join('');
  }
  if (/\(\?[imx]/.test(p) || p.includes('&&')) return undefined;
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      const e = p[i + 1];
      if (e === undefined) return undefined;
      const posix = /^[pP]\{(\w+)\}/.exec(p.slice(i + 1));
      if (posix && POSIX[posix[1]!] !== undefined) {
        const range = POSIX[posix[1]!]!;
        if (e === 'P' && inClass) return undefined;
        out += inClass ? range : `[${e === 'P' ? '^' : ''}${range}]`;
        i += posix[0].length;
        continue;
      }
      if (e === 'A' && !inClass) out += '^';
      else if ((e === 'Z' || e === 'z') && !inClass) out += '$';
      else if (VALID_ESCAPE.test(e) || (inClass && e === '-')) out += `\\${e}`;
      else if (/[A-Za-z]/.test(e))
        return undefined; // an unknown letter escape means something else in Java
      else out += e === '-' && inClass ? '\\-' : e;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      // Java reads `-` beside a class escape (`[\s-_]`) as a literal; unicode mode rejects it
      const besideEscape = /\\[dDwWsS]$/.test(out) || /^\\[dDwWsSpP]/.test(p.slice(i + 1));
      out += c === '-' && besideEscape ? '\\-' : c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      // a leading `]` or `^]` is literal in Java but closes the class in ECMAScript
      if (p[i + 1] === '^') out += p[++i];
      if (p[i + 1] === ']') {
        out += '\\]';
        i++;
      }
    } else out += c === '.' && dotAll ? '[\\s\\S]' : c;
  }
  return out;
}

// Smithy `pattern` traits -> ECMAScript regexes ajv can compile with the `u` flag. AWS models
// carry a few Java-isms; we rewrite the safe ones and report the rest as not enforced.

export interface PatternResult {
  /** The pattern to put in the schema, or undefined when it cannot be compiled. */
  readonly pattern?: string;
  /** Why the model's pattern was dropped, for the description. */
  readonly dropped?: string;
}

/** Java-only syntax with an exact ECMAScript equivalent. */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\\A/g, '^'],
  [/\\[zZ]/g, '$'],
  [/\\p\{Alpha\}/g, '[A-Za-z]'],
  [/\\p\{Digit\}/g, '[0-9]'],
  [/\\p\{Alnum\}/g, '[A-Za-z0-9]'],
  [/\\p\{Punct\}/g, '[!-\\/:-@\\[-`{-~]'],
  [/\\p\{Space\}/g, '\\s'],
  [/\\p\{Upper\}/g, '[A-Z]'],
  [/\\p\{Lower\}/g, '[a-z]'],
  [/\\p\{XDigit\}/g, '[0-9A-Fa-f]'],
];

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
  let result: PatternResult;
  if (compiles(source)) result = { pattern: source };
  else {
    let p = source;
    for (const [from, to] of REWRITES) p = p.replace(from, to);
    // Outside a character class, `\-`, `\_` etc. are identity escapes that unicode mode rejects.
    const unescaped = p.replace(/\\([^\w\\\][(){}.*+?^$|/-])/g, '$1');
    if (compiles(p)) result = { pattern: p };
    else if (compiles(unescaped)) result = { pattern: unescaped };
    else result = { dropped: `pattern ${source} is not enforced here (not an ECMAScript regex)` };
  }
  cache.set(source, result);
  return result;
}

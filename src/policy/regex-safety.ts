// A conservative static check that rejects policy regexes which could backtrack catastrophically.
// JavaScript's engine backtracks; a policy is trusted config, but a typo like `(.*)+` must not be
// able to hang the server. We reject, rather than analyse precisely:
//   - patterns longer than MAX_PATTERN_LENGTH characters;
//   - back-references (`\1`, `\k<name>`): not regular, and never needed to name an operation;
//   - a group repeated more than once (`*`, `+`, `{n,}`, `{n,m}` with m > 1) that itself contains a
//     quantifier or an alternation: `(a+)+`, `(a|a)*`, `(\w+\.)*`, `(Get|List){2,}`;
//   - two unbounded quantifiers with nothing mandatory between them (`.*.*`, `\w*(.*)`, `.*a?.+`):
//     each such pair multiplies the work by the input length (we do not prove the two repeat
//     disjoint characters, so `a+b+` is rejected too: write `a+b`);
//   - more than MAX_UNBOUNDED_QUANTIFIERS unbounded quantifiers in all (`.*a.*b.*c.*d` is n^4).
// Measured in V8 on a 70-character operation name: `.*.*.*x` 9 ms, `.*.*.*.*x` 170 ms, one more 2.5 s.
// `?` and `{0,1}` on a group are fine (at most one iteration cannot blow up). False positives are
// accepted: policy patterns name operations and rarely need more than `^s3:Get.*`.

export const MAX_PATTERN_LENGTH = 200;
export const MAX_UNBOUNDED_QUANTIFIERS = 3;

interface GroupState {
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

interface Quantifier {
  readonly length: number;
  readonly min: number;
  readonly max: number;
}

/** Reads a quantifier at `i` (with its optional lazy `?`), or undefined if none starts there. */
function readQuantifier(src: string, i: number): Quantifier | undefined {
  const c = src[i];
  let q: Quantifier | undefined;
  if (c === '*') q = { length: 1, min: 0, max: Infinity };
  else if (c === '+') q = { length: 1, min: 1, max: Infinity };
  else if (c === '?') q = { length: 1, min: 0, max: 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
    if (!m) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    q = { length: m[0].length, min, max };
  }
  if (q && src[i + q.length] === '?') q = { ...q, length: q.length + 1 };
  return q;
}

/** Returns why the pattern is unsafe, or undefined when it passes the check. */
export function regexRisk(src: string): string | undefined {
  if (src.length > MAX_PATTERN_LENGTH) {
    return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  }
  const stack: GroupState[] = [{ hasQuantifier: false, hasAlternation: false }];
  let unbounded = 0;
  // True while the last mandatory thing matched was an unbounded repetition.
  let afterUnbounded = false;
  const ADJACENT = 'two unbounded quantifiers with nothing mandatory between them (like `.*.*`)';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'back-references are not allowed';
      i += 2;
    } else if (c === '[') {
      // Skip a character class; `]` right after `[` or `[^` is literal, escapes are skipped.
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (c === '(') {
      stack.push({ hasQuantifier: false, hasAlternation: false });
      i++;
      // Skip the group prefix (`?:`, `?=`, `?!`, `?<=`, `?<!`, `?<name>`) so its `?` is not a quantifier.
      const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(src.slice(i));
      if (prefix) i += prefix[0].length;
      continue;
    } else if (c === ')') {
      const group = stack.length > 1 ? stack.pop()! : { hasQuantifier: false, hasAlternation: false };
      const parent = stack[stack.length - 1]!;
      const q = readQuantifier(src, i + 1);
      if (q && q.max > 1 && (group.hasQuantifier || group.hasAlternation)) {
        return 'a repeated group contains a quantifier or alternation (risk of catastrophic backtracking)';
      }
      if (q && q.max === Infinity) {
        if (afterUnbounded) return ADJACENT;
        unbounded++;
        afterUnbounded = true;
      }
      parent.hasQuantifier ||= group.hasQuantifier || q !== undefined;
      parent.hasAlternation ||= group.hasAlternation;
      i += 1 + (q?.length ?? 0);
      continue;
    } else if (c === '|') {
      top.hasAlternation = true;
      afterUnbounded = false;
      i++;
      continue;
    } else {
      i++;
    }
    // After an atom (escape, class or plain character): an optional quantifier.
    const q = readQuantifier(src, i);
    if (q) {
      top.hasQuantifier = true;
      i += q.length;
    }
    if (q?.max === Infinity) {
      if (afterUnbounded) return ADJACENT;
      unbounded++;
      afterUnbounded = true;
    } else if (!q || q.min > 0) afterUnbounded = false;
  }
  if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) {
    return `more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded quantifiers`;
  }
  return undefined;
}

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

const ADJACENT = 'two unbounded quantifiers with nothing mandatory between them (like `.*.*`)';

/** Returns why the pattern is unsafe, or undefined when it passes the check. */
export function regexRisk(src: string): string | undefined {
  if (src.length > MAX_PATTERN_LENGTH) {
    return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  }
  const scan = new RiskScan(src);
  while (scan.i < src.length) {
    const risk = scan.step();
    if (risk) return risk;
  }
  if (scan.unbounded > MAX_UNBOUNDED_QUANTIFIERS) {
    return `more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded quantifiers`;
  }
  return undefined;
}

/**
 * One left-to-right pass over the pattern. State lives on the instance so each token kind
 * (escape, class, group open/close, alternation, plain atom) reads as its own short method.
 */
class RiskScan {
  i = 0;
  unbounded = 0;
  /** True while the last mandatory thing matched was an unbounded repetition. */
  private afterUnbounded = false;
  private readonly stack: GroupState[] = [{ hasQuantifier: false, hasAlternation: false }];

  constructor(private readonly src: string) {}

  /** Consumes one token (and its quantifier); returns why the pattern is unsafe, if it is. */
  step(): string | undefined {
    const c = this.src[this.i]!;
    if (c === '\\') {
      const next = this.src[this.i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'back-references are not allowed';
      this.i += 2;
    } else if (c === '[') {
      this.skipClass();
    } else if (c === '(') {
      this.openGroup();
      return undefined;
    } else if (c === ')') {
      return this.closeGroup();
    } else if (c === '|') {
      this.stack[this.stack.length - 1]!.hasAlternation = true;
      this.afterUnbounded = false;
      this.i++;
      return undefined;
    } else {
      this.i++;
    }
    return this.afterAtom();
  }

  /** Skips a character class; `]` right after `[` or `[^` is literal, escapes are skipped. */
  private skipClass(): void {
    const src = this.src;
    let j = this.i + 1;
    if (src[j] === '^') j++;
    if (src[j] === ']') j++;
    while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    this.i = j + 1;
  }

  private openGroup(): void {
    this.stack.push({ hasQuantifier: false, hasAlternation: false });
    this.i++;
    // Skip the group prefix (`?:`, `?=`, `?!`, `?<=`, `?<!`, `?<name>`) so its `?` is not a quantifier.
    const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.i));
    if (prefix) this.i += prefix[0].length;
  }

  /** A group's end with its quantifier: a repeated group must hold no quantifier or alternation. */
  private closeGroup(): string | undefined {
    const stack = this.stack;
    const group = stack.length > 1 ? stack.pop()! : { hasQuantifier: false, hasAlternation: false };
    const parent = stack[stack.length - 1]!;
    const q = readQuantifier(this.src, this.i + 1);
    if (q && q.max > 1 && (group.hasQuantifier || group.hasAlternation)) {
      return 'a repeated group contains a quantifier or alternation (risk of catastrophic backtracking)';
    }
    if (q && q.max === Infinity) {
      if (this.afterUnbounded) return ADJACENT;
      this.unbounded++;
      this.afterUnbounded = true;
    }
    parent.hasQuantifier ||= group.hasQuantifier || q !== undefined;
    parent.hasAlternation ||= group.hasAlternation;
    this.i += 1 + (q?.length ?? 0);
    return undefined;
  }

  /** After an atom (escape, class or plain character): an optional quantifier. */
  private afterAtom(): string | undefined {
    const q = readQuantifier(this.src, this.i);
    if (q) {
      this.stack[this.stack.length - 1]!.hasQuantifier = true;
      this.i += q.length;
    }
    if (q?.max === Infinity) {
      if (this.afterUnbounded) return ADJACENT;
      this.unbounded++;
      this.afterUnbounded = true;
    } else if (!q || q.min > 0) this.afterUnbounded = false;
    return undefined;
  }
}

// Finds where JSON text first goes wrong, because JSON.parse's messages do not always say
// (Node 20 often omits the position). An iterative scanner: hostile nesting cannot overflow it.

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
// JSON forbids raw control characters inside strings, so the class must name them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Offset of the first syntax error in `text`, or undefined when it is valid JSON. */
export function jsonErrorPosition(text: string): number | undefined {
  const scan = new JsonScan(text);
  for (;;) {
    scan.skipWhitespace();
    if (scan.i >= text.length) return scan.atEnd();
    if (!scan.step(text[scan.i]!)) return scan.i;
  }
}

/**
 * The scanner's state, with one method per thing that may come next (a value, an object key, a
 * colon, or the separator after a value/key); each returns false where the text goes wrong.
 */
class JsonScan {
  i = 0;
  private readonly stack: ('{' | '[')[] = [];
  private expect: 'value' | 'key' | 'colon' | 'after' = 'value';
  private firstInContainer = false;

  constructor(private readonly text: string) {}

  skipWhitespace(): void {
    while (this.i < this.text.length && WS.has(this.text[this.i]!)) this.i++;
  }

  /** Where the text ended: fine only after a complete top-level value. */
  atEnd(): number | undefined {
    return this.expect === 'after' && this.stack.length === 0 ? undefined : this.i;
  }

  step(c: string): boolean {
    if (this.expect === 'value') return this.value(c);
    if (this.expect === 'key') return this.key(c);
    if (this.expect === 'colon') {
      if (c !== ':') return false;
      this.i++;
      this.expect = 'value';
      return true;
    }
    return this.after(c);
  }

  private value(c: string): boolean {
    if (c === '{' || c === '[') {
      this.stack.push(c);
      this.i++;
      this.firstInContainer = true;
      this.expect = c === '{' ? 'key' : 'value';
      return true;
    }
    // `[]`: an empty array closes where a value was expected.
    if (c === ']' && this.firstInContainer && this.stack.at(-1) === '[') {
      this.stack.pop();
      this.i++;
      this.firstInContainer = false;
      this.expect = 'after';
      return true;
    }
    const len = token(this.text, this.i);
    if (len === 0) return false;
    this.i += len;
    this.firstInContainer = false;
    this.expect = 'after';
    return true;
  }

  private key(c: string): boolean {
    // `{}`: an empty object closes where a key was expected.
    if (c === '}' && this.firstInContainer) {
      this.stack.pop();
      this.i++;
      this.firstInContainer = false;
      this.expect = 'after';
      return true;
    }
    STRING.lastIndex = this.i;
    if (!STRING.test(this.text)) return false;
    this.i = STRING.lastIndex;
    this.firstInContainer = false;
    this.expect = 'colon';
    return true;
  }

  private after(c: string): boolean {
    const top = this.stack.at(-1);
    if (top === undefined) return false; // trailing characters after the document
    if (c === ',') {
      this.i++;
      this.expect = top === '{' ? 'key' : 'value';
    } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
      this.stack.pop();
      this.i++;
    } else return false;
    return true;
  }
}

function token(text: string, i: number): number {
  for (const lit of ['true', 'false', 'null']) if (text.startsWith(lit, i)) return lit.length;
  for (const re of [STRING, NUMBER]) {
    re.lastIndex = i;
    if (re.test(text)) return re.lastIndex - i;
  }
  return 0;
}

// Finds where JSON text first goes wrong, because JSON.parse's messages do not always say
// (Node 20 often omits the position). An iterative scanner: hostile nesting cannot overflow it.

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
// JSON forbids raw control characters inside strings, so the class must name them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Offset of the first syntax error in `text`, or undefined when it is valid JSON. */
export function jsonErrorPosition(text: string): number | undefined {
  let i = 0;
  // what may come next: a value, an object key, or the separator after a value/key
  const stack: ('{' | '[')[] = [];
  let expect: 'value' | 'key' | 'colon' | 'after' = 'value';
  let firstInContainer = false;
  const skip = (): void => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  for (;;) {
    skip();
    if (i >= text.length) return expect === 'after' && stack.length === 0 ? undefined : i;
    const c = text[i]!;
    if (expect === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        firstInContainer = true;
        expect = c === '{' ? 'key' : 'value';
        continue;
      }
      if (c === ']' && firstInContainer && stack.at(-1) === '[') {
        stack.pop();
        i++;
        firstInContainer = false;
        expect = 'after';
        continue;
      }
      const len = token(text, i);
      if (len === 0) return i;
      i += len;
      firstInContainer = false;
      expect = 'after';
    } else if (expect === 'key') {
      if (c === '}' && firstInContainer) {
        stack.pop();
        i++;
        firstInContainer = false;
        expect = 'after';
        continue;
      }
      STRING.lastIndex = i;
      if (!STRING.test(text)) return i;
      i = STRING.lastIndex;
      firstInContainer = false;
      expect = 'colon';
    } else if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else {
      const top = stack.at(-1);
      if (top === undefined) return i; // trailing characters after the document
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
      } else return i;
    }
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

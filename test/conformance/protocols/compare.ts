// Test tooling: semantic comparison of request parts as the compliance suite defines them —
// JSON by value, XML by canonical form, query strings and form bodies as multisets, CBOR by
// decoded value, anything else byte for byte.

import { isDeepStrictEqual } from 'node:util';
import { cbor } from '@smithy/core/cbor';

export function queryPairs(qs: string): string[] {
  if (!qs) return [];
  return qs
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const i = p.indexOf('=');
      const k = i < 0 ? p : p.slice(0, i);
      const v = i < 0 ? '' : p.slice(i + 1);
      return `${decode(k)}=${decode(v)}`;
    })
    .sort();
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, '%20'));
  } catch {
    return s;
  }
}

/** A request's query record (string | string[] | null values) as sorted `k=v` pairs. */
export function recordPairs(query: Record<string, unknown> | undefined): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(query ?? {})) {
    if (Array.isArray(v)) for (const item of v) out.push(`${k}=${String(item)}`);
    else out.push(v === null || v === undefined ? `${k}=` : `${k}=${String(v)}`);
  }
  return out.sort();
}

interface XmlElement {
  name: string;
  attrs: string[];
  children: (XmlElement | string)[];
}

/** Minimal XML reader for test bodies: elements, attributes, text; whitespace-only text dropped. */
export function canonicalXml(xml: string): XmlElement | undefined {
  const src = xml.replace(/<\?xml[^?]*\?>/g, '').trim();
  if (!src) return undefined;
  let pos = 0;
  const unescape = (s: string): string =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&amp;/g, '&');
  const element = (): XmlElement => {
    const open = /^<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(src.slice(pos));
    if (!open) throw new Error(`bad xml at ${pos}: ${src.slice(pos, pos + 40)}`);
    pos += open[0].length;
    const attrs = [...open[2]!.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)]
      .map((m) => `${m[1]}=${unescape(m[2] ?? m[3] ?? '')}`)
      .sort();
    const el: XmlElement = { name: open[1]!, attrs, children: [] };
    if (open[3]) return el;
    for (;;) {
      const close = /^<\/([^\s>]+)\s*>/.exec(src.slice(pos));
      if (close) {
        pos += close[0].length;
        return el;
      }
      if (src.startsWith('<', pos)) {
        el.children.push(element());
      } else {
        const next = src.indexOf('<', pos);
        const text = src.slice(pos, next < 0 ? undefined : next);
        pos = next < 0 ? src.length : next;
        if (text.trim() !== '') el.children.push(unescape(text));
      }
    }
  };
  const root = element();
  // Text siblings of elements are formatting; text alone in an element is data (keep as-is).
  const tidy = (e: XmlElement): XmlElement => {
    const hasElements = e.children.some((c) => typeof c !== 'string');
    return {
      ...e,
      children: e.children
        .filter((c) => !(hasElements && typeof c === 'string'))
        .map((c) => (typeof c === 'string' ? c.trim() : tidy(c))),
    };
  };
  return tidy(root);
}

function parseJson(s: string): unknown {
  return s.trim() === '' ? undefined : JSON.parse(s);
}

/** Normalises numbers so 1 and 1.0 and float32 round-trips compare equal. */
function numberTolerant(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return (
      a === b || (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a))
    );
  }
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => numberTolerant(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (a instanceof Uint8Array || b instanceof Uint8Array) {
      return Buffer.from(a as Uint8Array).equals(Buffer.from(b as Uint8Array));
    }
    if (a instanceof Date || b instanceof Date) {
      return new Date(a as Date).getTime() === new Date(b as Date).getTime();
    }
    const ka = Object.keys(a)
      .filter((k) => (a as Record<string, unknown>)[k] !== undefined)
      .sort();
    const kb = Object.keys(b)
      .filter((k) => (b as Record<string, unknown>)[k] !== undefined)
      .sort();
    return (
      isDeepStrictEqual(ka, kb) &&
      ka.every((k) => numberTolerant((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return isDeepStrictEqual(a, b);
}

export { numberTolerant as valuesEqual };

export type BodyKind = 'json' | 'xml' | 'query' | 'cbor' | 'raw';

/** Why two bodies differ, or undefined when they are equivalent. */
export function bodyDifference(
  kind: BodyKind,
  expected: string,
  actual: string | Uint8Array | undefined,
): string | undefined {
  const actualText =
    actual === undefined ? '' : typeof actual === 'string' ? actual : Buffer.from(actual).toString('utf8');
  switch (kind) {
    case 'json': {
      if (expected.trim() === '' && actualText.trim() === '') return undefined;
      return numberTolerant(parseJson(expected), parseJson(actualText))
        ? undefined
        : `json ${actualText} != ${expected}`;
    }
    case 'xml':
      return isDeepStrictEqual(canonicalXml(expected), canonicalXml(actualText))
        ? undefined
        : `xml ${actualText} != ${expected}`;
    case 'query':
      return isDeepStrictEqual(queryPairs(expected), queryPairs(actualText))
        ? undefined
        : `query ${actualText} != ${expected}`;
    case 'cbor': {
      const exp = expected === '' ? undefined : cbor.deserialize(Buffer.from(expected, 'base64'));
      const act =
        actual === undefined || actualText === ''
          ? undefined
          : cbor.deserialize(typeof actual === 'string' ? Buffer.from(actual) : actual);
      return numberTolerant(exp, act) ? undefined : `cbor ${JSON.stringify(act)} != ${JSON.stringify(exp)}`;
    }
    case 'raw':
      return expected === actualText ? undefined : `raw ${actualText} != ${expected}`;
  }
}

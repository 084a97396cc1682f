// Hostile scripts: each is stopped with the right ScriptFailed reason, and the process keeps
// serving (a normal script runs right after each). Limits are set small so each case ends fast;
// nothing here measures time.

import { afterEach, describe, expect, it } from 'vitest';
import { ToolError } from '../../../src/errors/tool-error.js';
import { runScript } from '../../../src/sandbox/run-script.js';
import type { ScriptLimits } from '../../../src/sandbox/types.js';
import { EchoHost, HangingHost } from './hosts.js';

/** The global names ECMAScript (2025) defines, plus QuickJS's InternalError. */
const ECMASCRIPT_GLOBALS = new Set(
  `AggregateError Array ArrayBuffer BigInt BigInt64Array BigUint64Array Boolean DataView Date Error
  EvalError FinalizationRegistry Float16Array Float32Array Float64Array Function Infinity Int16Array
  Int32Array Int8Array InternalError Iterator JSON Map Math NaN Number Object Promise Proxy RangeError
  ReferenceError Reflect RegExp Set SharedArrayBuffer String Symbol SyntaxError TypeError URIError
  Uint16Array Uint32Array Uint8Array Uint8ClampedArray WeakMap WeakRef WeakSet decodeURI
  decodeURIComponent encodeURI encodeURIComponent escape eval globalThis isFinite isNaN parseFloat
  parseInt undefined unescape`.split(/\s+/),
);

const SMALL: Partial<ScriptLimits> = { memoryBytes: 16 * 1024 * 1024, timeoutMs: 1_500 };

async function stopped(source: string, limits: Partial<ScriptLimits> = SMALL, host = new EchoHost()) {
  const e = await runScript({ source, host, limits }).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ToolError);
  return e as ToolError;
}

afterEach(async () => {
  // The process keeps serving: a normal script with a call runs after every hostile one.
  const host = new EchoHost();
  const { value } = await runScript({
    source: 'return (await aws.call("s3", "ListBuckets", {})).operation',
    host,
  });
  expect(value).toBe('ListBuckets');
});

describe('runaway code', () => {
  it.each([
    ['while (true) {}'],
    ['for (;;) { try { for (;;) {} } catch (e) {} }'],
    ['const spin = () => { for (;;) {} }; await Promise.resolve(); spin();'],
    ['while (true) { try { await null; } finally { continue; } }'],
    ['const a = []; for (;;) { a.length = 0; a.push(...Array(100).keys()); a.sort((x, y) => y - x); }'],
  ])('the interrupt handler stops %s (reason timeout)', async (source) => {
    const e = await stopped(source);
    expect(e.code).toBe('ScriptFailed');
    expect(e.details?.reason).toBe('timeout');
  });

  it('a script waiting on a call that does not return is stopped at the time limit, and the call aborted', async () => {
    const host = new HangingHost();
    const e = await stopped('await aws.call("s3", "ListBuckets", {});', { timeoutMs: 300 }, host as never);
    expect(e.details?.reason).toBe('timeout');
    expect(host.aborted).toBe(1);
  });
});

describe('memory', () => {
  it.each([
    ['big strings', 'const s = "x".repeat(1 << 20); const a = []; for (;;) a.push(s + a.length);'],
    ['doubling a string', 'let s = "x"; for (;;) s = s + s;'],
    ['a huge array', 'return new Array(1e9).fill(0).length;'],
    ['array buffers', 'const a = []; for (;;) a.push(new ArrayBuffer(1 << 20));'],
    ['objects', 'const a = []; for (;;) a.push({ a: a.length, b: [a.length], c: "k" + a.length });'],
  ])('%s: stopped with reason memory', async (_name, source) => {
    const e = await stopped(source, { memoryBytes: 8 * 1024 * 1024, timeoutMs: 20_000 });
    expect(e.details?.reason).toBe('memory');
  });
});

describe('the stack', () => {
  it.each([
    ['plain recursion', 'function f(n) { return f(n + 1) + 1; } f(0);'],
    [
      'mutual recursion through getters',
      'const o = { get a() { return this.b; }, get b() { return this.a; } }; o.a;',
    ],
    [
      'JSON of a deeply nested object',
      'let o = {}; for (let i = 0; i < 1e5; i++) o = { o }; return JSON.stringify(o).length;',
    ],
    ['a deep toString chain', 'const o = {}; o.toString = () => `${o}`; return String(o);'],
  ])('%s: stopped with reason stack', async (_name, source) => {
    const e = await stopped(source, { ...SMALL, timeoutMs: 20_000 });
    expect(e.details?.reason).toBe('stack');
  });
});

describe('reaching the host', () => {
  it('no Node API, timer, network, file or module loader exists', async () => {
    const { value } = await runScript({
      source: `return ["process", "require", "module", "Buffer", "setTimeout", "setInterval", "setImmediate",
        "queueMicrotask", "fetch", "XMLHttpRequest", "WebAssembly", "console", "print", "std", "os",
        "globalThis.process", "import.meta"].map(n => { try { return eval("typeof " + n); } catch (e) { return e.name; } });`,
      host: new EchoHost(),
    });
    expect(value).toEqual([
      ...Array(15).fill('undefined'),
      'undefined',
      'SyntaxError', // import.meta outside a module
    ]);
  });

  it('the global object holds the ECMAScript library and aws, nothing of the host', async () => {
    const { value } = await runScript({
      source: 'return Object.getOwnPropertyNames(globalThis).sort()',
      host: new EchoHost(),
    });
    expect((value as string[]).filter((n) => !ECMASCRIPT_GLOBALS.has(n))).toEqual(['aws']);
  });

  it.each([
    ['this.constructor.constructor', 'return this.constructor.constructor("return typeof process")()'],
    ['Function from a function', 'return (function () {}).constructor("return typeof process")()'],
    ['Function from aws.call', 'return aws.call.constructor("return typeof process")()'],
    ['an async function constructor', 'return await (async () => {}).constructor("return typeof process")()'],
    [
      'a prototype walk',
      'let p = aws.call; const seen = []; while (p) { seen.push(typeof p.process); p = Object.getPrototypeOf(p); } return seen.every(t => t === "undefined") ? "undefined" : "found";',
    ],
    ['indirect eval', 'return (0, eval)("typeof process")'],
    [
      "a thrown error's constructor",
      'try { null.x } catch (e) { return e.constructor.constructor("return typeof process")(); }',
    ],
    [
      'the dynamic import',
      'try { await import("fs"); return "imported"; } catch (e) { return "undefined"; }',
    ],
  ])('%s finds no host object', async (_name, source) => {
    const outcome = await runScript({ source, host: new EchoHost() }).then(
      (o) => o.value,
      (e: ToolError) => e.details?.reason,
    );
    expect(['undefined', 'error']).toContain(outcome);
  });

  it('what crosses from a call is data: functions and prototypes of host objects never do', async () => {
    const host = {
      call: async () => ({ f: () => 'host', date: new Date(0), nested: { toJSON: () => 'json' } }),
      regions: async () => [],
    };
    const { value } = await runScript({
      source:
        'const r = await aws.call("s3", "X", {}); return [typeof r.f, typeof r.date, r.nested, Object.getPrototypeOf(r) === Object.prototype];',
      host,
    });
    expect(value).toEqual(['undefined', 'string', 'json', true]);
  });
});

describe('volume', () => {
  it('a result over the output limit is refused with reason output', async () => {
    const e = await stopped('return Array.from({ length: 2000 }, (_, i) => "item-" + i)', {
      maxOutputChars: 10_000,
    });
    expect(e.details).toMatchObject({ reason: 'output', limit: 10_000 });
  });

  it('thousands of awaited calls stop at the call limit; no call past it is sent', async () => {
    const host = new EchoHost();
    const e = await stopped(
      'for (let i = 0; ; i++) await aws.call("s3", "ListBuckets", { i });',
      { maxCalls: 200 },
      host,
    );
    expect(e.details).toMatchObject({ reason: 'calls', limit: 200 });
    expect(host.sent).toHaveLength(200);
  });

  it('thousands of calls fired without awaiting stop at the limit too (queued ones are never sent)', async () => {
    const host = new EchoHost();
    const e = await stopped(
      'const ps = []; for (let i = 0; i < 5000; i++) ps.push(aws.call("s3", "ListBuckets", { i })); await Promise.all(ps);',
      { maxCalls: 100, concurrency: 4 },
      host,
    );
    expect(e.details).toMatchObject({ reason: 'calls', limit: 100 });
    expect(host.sent.length).toBeLessThanOrEqual(100);
  });

  it('a catch-all loop cannot swallow the call limit', async () => {
    const host = new EchoHost();
    const e = await stopped(
      'for (;;) { try { await aws.call("s3", "A", {}); } catch (e) {} }',
      { maxCalls: 50 },
      host,
    );
    expect(e.details?.reason).toBe('calls');
    expect(host.sent).toHaveLength(50);
  });

  it('a call result too large for the script memory fails that call with PayloadTooLarge', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    const host = { call: async () => ({ big }), regions: async () => [] };
    const { value } = await runScript({
      source: 'return aws.call("s3", "GetObject", {}).catch(e => e.code)',
      host,
      limits: { memoryBytes: 8 * 1024 * 1024 },
    });
    expect(value).toBe('PayloadTooLarge');
  });

  it('a promise nothing settles ends the script at once (not at the time limit)', async () => {
    const e = await stopped('await new Promise(() => {});', { timeoutMs: 600_000 });
    expect(e.details?.reason).toBe('error');
    expect(e.message).toMatch(/nothing will settle/);
  });
});

// Child process for request capture: sends ONE command with an official @aws-sdk/client-* to
// the given endpoint, at a fixed clock, then exits. It runs apart from the test process because
// a generated client registers its schemas process-wide under the service namespace, which
// would clash with the schemas we build from the model for the same namespace.
//
// argv[2]: JSON { pkg, client, command, input, region, endpoint, credentials, fixedTime, config,
// http1, officialProtocol }
// Input values may use { "$date": iso } and { "$bytes": base64 } for Dates and Uint8Arrays.

import { Buffer } from 'node:buffer';
import process from 'node:process';
import { TextDecoder } from 'node:util';

const spec = JSON.parse(process.argv[2]);

const fixed = Date.parse(spec.fixedTime);
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(fixed);
    else super(...args);
  }
  static now() {
    return fixed;
  }
}
globalThis.Date = FixedDate;

function revive(v) {
  if (Array.isArray(v)) return v.map(revive);
  if (v && typeof v === 'object') {
    if (typeof v.$date === 'string') return new Date(v.$date); // the patched Date, so instanceof holds
    if (typeof v.$bytes === 'string') return new Uint8Array(Buffer.from(v.$bytes, 'base64'));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]));
  }
  return v;
}

const mod = await import(spec.pkg);
// Some clients (Kinesis) default to HTTP/2; the capture listener speaks HTTP/1.1.
const requestHandler = spec.http1
  ? new (await import('@smithy/node-http-handler')).NodeHttpHandler()
  : undefined;
// Pins the client to the protocol of the (older) model our engine reads, when they differ.
const protocol = spec.officialProtocol
  ? (await import('@aws-sdk/core/protocols'))[spec.officialProtocol]
  : undefined;
const client = new mod[spec.client]({
  region: spec.region,
  endpoint: spec.endpoint,
  credentials: spec.credentials,
  maxAttempts: 1,
  ...(requestHandler ? { requestHandler } : {}),
  ...(protocol ? { protocol } : {}),
  ...(spec.config ?? {}),
});
/** The output in our JSON conventions: ISO dates, { base64 } blobs, payload streams read. */
async function plain(v) {
  if (v === null || v === undefined) return v;
  if (v instanceof RealDate || v instanceof Date) return v.toISOString();
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return { base64: Buffer.from(v).toString('base64') };
  if (typeof v?.transformToByteArray === 'function') {
    const bytes = Buffer.from(await v.transformToByteArray());
    let text;
    try {
      text = bytes.includes(0) ? undefined : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = undefined;
    }
    return text !== undefined
      ? { text, size: bytes.length, truncated: false }
      : { base64: bytes.toString('base64'), size: bytes.length, truncated: false };
  }
  if (Array.isArray(v)) return Promise.all(v.map(plain));
  if (typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) if (k !== '$metadata' && x !== undefined) out[k] = await plain(x);
    return out;
  }
  return v;
}

let result;
try {
  const output = await client.send(new mod[spec.command](revive(spec.input)));
  result = { ok: true, output: await plain(output) };
} catch (e) {
  // The request is what matters most; a canned response may not parse for the official client.
  result = { ok: false, error: { name: e?.name, message: e?.message } };
}
client.destroy();
process.stdout.write(JSON.stringify(result));

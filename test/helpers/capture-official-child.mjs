// Child process for request capture: sends ONE command with an official @aws-sdk/client-* to
// the given endpoint, at a fixed clock, then exits. It runs apart from the test process because
// a generated client registers its schemas process-wide under the service namespace, which
// would clash with the schemas we build from the model for the same namespace.
//
// argv[2]: JSON { pkg, client, command, input, region, endpoint, credentials, fixedTime, config, http1 }
// Input values may use { "$date": iso } and { "$bytes": base64 } for Dates and Uint8Arrays.

import { Buffer } from 'node:buffer';
import process from 'node:process';

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
const client = new mod[spec.client]({
  region: spec.region,
  endpoint: spec.endpoint,
  credentials: spec.credentials,
  maxAttempts: 1,
  ...(requestHandler ? { requestHandler } : {}),
  ...(spec.config ?? {}),
});
try {
  await client.send(new mod[spec.command](revive(spec.input)));
} catch {
  // Only the request matters; the capture server's canned response may not parse.
}
client.destroy();

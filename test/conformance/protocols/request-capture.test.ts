// Our executor against the official clients on the wire: each case is sent by invokeOperation
// and by the official @aws-sdk/client-* (in a child process) to a local listener, with the same
// input, credentials and clock, and the two captured requests must be the same — method, path,
// query, every header but client identity ones, and body bytes — and both must parse the same
// canned response into the same output.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeOperation } from '../../../src/execution/executor.js';
import {
  diffRequests,
  runOfficialClient,
  startCaptureServer,
  type CaptureServer,
} from '../../helpers/capture.js';
import { loadServiceModel } from '../../helpers/capture-models.js';
import { CAPTURE_CASES, type CaptureCase } from './capture-cases.js';
import { BASE64_BLOB_CASES } from './capture-cases-blobs.js';
import { WIRE_FEATURE_CASES } from './capture-cases-wire.js';
import { createCallEnvironment } from '../../../src/execution/environment.js';

/** One transport, clock and clock skew for every call of this file, as a server has. */
const env = createCallEnvironment();

const ALL_CASES: readonly CaptureCase[] = [...CAPTURE_CASES, ...WIRE_FEATURE_CASES, ...BASE64_BLOB_CASES];

const CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const FIXED_TIME = '2026-01-15T10:20:30.000Z';

let server: CaptureServer;
let current: CaptureCase | undefined;

beforeAll(async () => {
  server = await startCaptureServer(() => ({
    status: current?.responseStatus ?? 200,
    headers: { ...(current?.responseHeaders ?? {}), 'x-amzn-requestid': 'req-1' },
    body: current?.responseBody ?? '',
  }));
});

afterAll(async () => {
  await server.close();
});

/** Payloads we report as { text | base64, size, truncated } compared as plain { base64 } blobs. */
function asBlobs(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(asBlobs);
  if (!v || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (typeof o.truncated === 'boolean' && typeof o.size === 'number') {
    const bytes = typeof o.text === 'string' ? Buffer.from(o.text) : Buffer.from(String(o.base64), 'base64');
    return { base64: bytes.toString('base64') };
  }
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, asBlobs(x)]));
}

function withEndpoint<T>(value: T, endpoint: string): T {
  return JSON.parse(JSON.stringify(value).replaceAll('{endpoint}', endpoint)) as T;
}

describe('requests match the official clients byte for byte', () => {
  for (const c of ALL_CASES) {
    const name = `${c.model} ${c.operation}${c.title ? ` (${c.title})` : ''}`;
    it(c.knownGap ? `${name} [known gap: ${c.knownGap}]` : name, async () => {
      current = c;
      server.take();
      const model = loadServiceModel(c.model);
      const op = model.operation(c.operation)!;
      const region = c.region ?? 'us-east-1';
      const outcome = await invokeOperation({
        env,
        model,
        op,
        input: withEndpoint(c.input, server.url),
        region,
        credentials: CREDENTIALS,
        endpointUrl: server.url,
        signingDate: new Date(FIXED_TIME),
        maxAttempts: 1,
      });
      const [ours] = server.take();

      const officialResult = await runOfficialClient({
        pkg: c.pkg,
        client: c.client,
        command: c.command,
        input: withEndpoint(c.officialInput ?? c.input, server.url),
        region,
        endpoint: server.url,
        credentials: CREDENTIALS,
        fixedTime: FIXED_TIME,
        config: c.config,
        http1: c.http1,
        officialProtocol: c.officialProtocol,
      });
      const [official] = server.take();
      expect(official).toBeDefined();
      if (c.knownGap) {
        // Stale check: the gap is still there (no request reached the listener, or it differs).
        expect(ours === undefined || diffRequests(ours, official!).length > 0).toBe(true);
        return;
      }
      expect(ours).toBeDefined();
      expect(diffRequests(ours!, official!)).toEqual([]);
      if ((c.responseStatus ?? 200) >= 300) {
        // Same error response, same error as the official client reports it.
        expect(outcome.ok).toBe(false);
        expect(officialResult.ok).toBe(false);
        if (!outcome.ok && !officialResult.ok) {
          expect(outcome.error.code).toBe(officialResult.error.name);
          expect(outcome.error.message).toBe(officialResult.error.message);
        }
        return;
      }
      expect(outcome.ok).toBe(true);
      if (outcome.ok && c.expectOutput) expect(outcome.output).toMatchObject(c.expectOutput);
      // Same response, same parsed output as the official client.
      expect(officialResult.ok).toBe(true);
      if (outcome.ok && officialResult.ok) {
        expect(asBlobs(outcome.output)).toEqual(asBlobs(officialResult.output));
      }
    });
  }
});

// Our executor against the official clients on the wire: each case is sent by invokeOperation
// and by the official @aws-sdk/client-* (in a child process) to a local listener, with the same
// input, credentials and clock, and the two captured requests must be the same — method, path,
// query, every header but client identity ones (signature included), and body bytes.

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

const CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const FIXED_TIME = '2026-01-15T10:20:30.000Z';

let server: CaptureServer;
let current: CaptureCase | undefined;

beforeAll(async () => {
  server = await startCaptureServer(() => ({
    status: 200,
    headers: { ...(current?.responseHeaders ?? {}), 'x-amzn-requestid': 'req-1' },
    body: current?.responseBody ?? '',
  }));
});

afterAll(async () => {
  await server.close();
});

function withEndpoint<T>(value: T, endpoint: string): T {
  return JSON.parse(JSON.stringify(value).replaceAll('{endpoint}', endpoint)) as T;
}

describe('requests match the official clients byte for byte', () => {
  for (const c of CAPTURE_CASES) {
    it(`${c.model} ${c.operation}${c.title ? ` (${c.title})` : ''}`, async () => {
      current = c;
      server.take();
      const model = loadServiceModel(c.model);
      const op = model.operation(c.operation)!;
      const region = c.region ?? 'us-east-1';
      const outcome = await invokeOperation({
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

      await runOfficialClient({
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
      });
      const [official] = server.take();
      expect(ours).toBeDefined();
      expect(official).toBeDefined();
      expect(diffRequests(ours!, official!)).toEqual([]);
      expect(outcome.ok).toBe(true);
      if (outcome.ok && c.expectOutput) expect(outcome.output).toMatchObject(c.expectOutput);
    });
  }
});

// Issue 9 §3 at scale, in process (a server per operation would take too long): every operation of
// the bundle whose input has a top-level string member that is sensitive in the model or secret by
// its name, the unmarked ones all and a fixed sample of the rest. A fresh secret is seeded into
// each such member, then validate, invoke (ConfirmationRequired, token mode), invoke with the
// token (against a local capture endpoint) and the audit run through the real app. The secret
// must reach the endpoint and never the tool results, the logs, or the audit database files.

import { localPrincipal } from '../../../src/identity/principal.js';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { isToolError } from '../../../src/errors/tool-error.js';
import { createStderrLogger } from '../../../src/logging/logger.js';
import { buildApp, type App } from '../../../src/main.js';
import type { OperationView, ServiceModel } from '../../../src/model/service-model.js';
import { isSecretByName, isSensitiveMember } from '../../../src/redaction/redact.js';
import { buildInputSchema } from '../../../src/schema/build-schema.js';
import { startCaptureServer, type CaptureServer } from '../../helpers/capture.js';
import { allServiceModels } from '../../helpers/models.js';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';
import { TEST_CATALOG_DIR } from '../../helpers/server-env.js';
import { samplePayload } from '../schema/sample-payload.js';

interface Target {
  readonly directory: string;
  readonly operation: string;
  readonly members: readonly string[];
  readonly payload: Record<string, unknown>;
}

const NAMED = new Set([
  'redshift CreateHsmConfiguration',
  'opsworks RegisterRdsDbInstance',
  'sns VerifySMSSandboxPhoneNumber',
  'mq CreateUser',
]);
/** Operations whose secret members the model marks: one in SAMPLE_EVERY is taken. */
const SAMPLE_EVERY = 5;

function secretMembers(model: ServiceModel, op: OperationView): string[] {
  const input = model.inputOf(op);
  if (!input) return [];
  return model
    .members(input)
    .filter((m) => model.shape(m.target)?.type === 'string')
    .filter((m) => isSensitiveMember(model, m) || isSecretByName(m.name, 'x'))
    .map((m) => m.name);
}

function findTargets(): { targets: Target[]; unmarked: number } {
  const targets: Target[] = [];
  let marked = 0;
  let unmarked = 0;
  for (const { directory, model } of allServiceModels()) {
    for (const op of model.operations()) {
      const members = secretMembers(model, op);
      if (members.length === 0) continue;
      const input = model.members(model.inputOf(op)!);
      const isUnmarked = input.some((m) => members.includes(m.name) && !isSensitiveMember(model, m));
      const take = isUnmarked || NAMED.has(`${directory} ${op.name}`) || marked++ % SAMPLE_EVERY === 0;
      if (!take) continue;
      if (isUnmarked) unmarked++;
      let payload: Record<string, unknown>;
      try {
        payload = samplePayload(buildInputSchema(model, op, { detail: 'full' })) as Record<string, unknown>;
      } catch {
        payload = {};
      }
      targets.push({ directory, operation: op.name, members, payload });
    }
  }
  return { targets, unmarked };
}

let app: App;
let capture: CaptureServer;
let dbPath: string;
const logs: string[] = [];

/** The SDK credential chain reads the process environment, not the config: give it test keys. */
const CREDENTIAL_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  AWS_EC2_METADATA_DISABLED: 'true',
};
const savedEnv = Object.fromEntries(Object.keys(CREDENTIAL_ENV).map((k) => [k, process.env[k]]));

beforeAll(async () => {
  Object.assign(process.env, CREDENTIAL_ENV);
  capture = await startCaptureServer(() => ({
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: '{}',
  }));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'secrets-sweep-'));
  const policy = path.join(dir, 'policy.yaml');
  writeFileSync(
    policy,
    'version: 1\nmode: standard\napproval:\n  require_for: [destructive, write]\n  mode: token\n',
  );
  dbPath = path.join(dir, 'audit.db');
  const config = loadConfig(
    {
      SMITHY_AUTO_SYNC: 'false',
      SMITHY_MODEL_PATH: TEST_MODELS_DIR,
      AWS_MCP_CACHE_DIR: TEST_CATALOG_DIR,
      AUDIT_DB_PATH: dbPath,
      POLICY_PATH: policy,
      AWS_ENDPOINT_URL: capture.url,
      ...CREDENTIAL_ENV,
      AWS_REGION: 'us-east-1',
      AWS_MAX_ATTEMPTS: '1',
    },
    { dotEnv: false },
  );
  app = await buildApp(
    config,
    createStderrLogger('debug', (line) => void logs.push(line)),
  );
});

afterAll(async () => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  app?.close();
  await capture?.close();
});

/** The tool result a client would get: the structured result, or the error body. */
async function run(args: Record<string, unknown>): Promise<{ code?: string; shown: unknown }> {
  const execute = app.tools.find((t) => t.names.underscore === 'aws_execute')!;
  const ctx = {
    principal: localPrincipal(),
    signal: new AbortController().signal,
    progress: async () => {},
    approval: {},
  };
  try {
    return { shown: await execute.run(execute.inputSchema.parse(args), ctx) };
  } catch (e) {
    if (isToolError(e)) return { code: e.code, shown: e.toBody() };
    throw e;
  }
}

function bytesFound(secret: string, haystack: Buffer): boolean {
  return haystack.includes(Buffer.from(secret)) || haystack.includes(Buffer.from(secret, 'utf16le'));
}

it('no seeded secret appears in tool results, logs or the audit files; all reach the endpoint', async () => {
  const { targets, unmarked } = findTargets();
  const names = new Set(targets.map((t) => `${t.directory} ${t.operation}`));
  for (const n of NAMED) expect(names, n).toContain(n);
  expect(unmarked).toBeGreaterThan(50);
  expect(targets.length).toBeGreaterThan(150);

  const byService = new Map(app.services.catalog.services().map((s) => [s.directory, s.id]));
  const secrets: string[] = [];
  const shown: unknown[] = [];
  let confirmations = 0;
  for (const t of targets) {
    const secret = `Zq${randomBytes(9).toString('hex')}`;
    secrets.push(secret);
    const payload = { ...t.payload, ...Object.fromEntries(t.members.map((m) => [m, secret])) };
    const base = { service: byService.get(t.directory)!, operation: t.operation, payload };
    shown.push((await run({ action: 'validate', ...base })).shown);
    const first = await run({ action: 'invoke', ...base });
    shown.push(first.shown);
    if (first.code !== 'ConfirmationRequired') continue;
    confirmations++;
    const token = (first.shown as any).details.confirmationToken as string;
    const third = await run({ action: 'invoke', ...base, options: { confirmationToken: token } });
    if (process.env.SWEEP_DEBUG)
      console.log(t.operation, third.code, JSON.stringify(third.shown).slice(0, 300));
    shown.push(third.shown);
  }
  const walFiles = [`${dbPath}-wal`, `${dbPath}-shm`].filter((f) => existsSync(f));
  expect(walFiles).toContain(`${dbPath}-wal`);
  const places: Record<string, Buffer> = {
    'tool results': Buffer.from(JSON.stringify(shown)),
    logs: Buffer.from(logs.join('')),
    ...Object.fromEntries([dbPath, ...walFiles].map((f) => [path.basename(f), readFileSync(f)])),
  };
  const leaked = secrets.flatMap((s) =>
    Object.entries(places)
      .filter(([, bytes]) => bytesFound(s, bytes))
      .map(([where]) => `${targets[secrets.indexOf(s)]!.operation} -> ${where}`),
  );
  expect(leaked).toEqual([]);
  // The sweep works: most calls got to the approval and then to the endpoint with their secret.
  expect(confirmations).toBeGreaterThan(targets.length / 2);
  const sent = Buffer.concat(
    capture.take().map((r) => Buffer.concat([Buffer.from(r.url + JSON.stringify(r.headers)), r.body])),
  );
  const delivered = secrets.filter((s) => bytesFound(s, sent)).length;
  expect(delivered).toBeGreaterThan(targets.length / 3);
}, 600_000);

// Real components for the invoke pipeline's tests: a catalog of two services (dynamodb, sts) from
// the test bundle, the SQLite audit and approval stores in a temp dir, and a capture HTTP server
// on port 0 standing in for AWS (every endpoint points at it).

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApprovalStore } from '../../../src/approval/token-store.js';
import { AuditStore } from '../../../src/audit/audit-store.js';
import { openAuditDatabase } from '../../../src/audit/database.js';
import type { ModelCatalog } from '../../../src/catalog/catalog.js';
import { openCatalog } from '../../../src/catalog/open.js';
import { localPrincipal } from '../../../src/identity/principal.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { parsePolicy } from '../../../src/policy/load.js';
import type { ToolCallContext } from '../../../src/tools/tool-definition.js';
import type { ToolServices } from '../../../src/tools/services.js';
import { startCaptureServer, type CannedResponse, type CapturedRequest } from '../../helpers/capture.js';
import { sqliteApprovalTokens } from '../../../src/state/sqlite/approvals.js';
import { sqliteAuditTrail } from '../../../src/state/sqlite/audit.js';
import { createToolRuntime } from '../../../src/tools/runtime.js';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';
import { discoverTree, readModelFile } from '../catalog/model-fixture.js';

export const ACCOUNT = '123456789012';

/** What the capture server answers: DynamoDB JSON by X-Amz-Target, STS GetCallerIdentity XML. */
export type Answer = (target: string, req: CapturedRequest) => CannedResponse;

const DYNAMODB_HEADERS = { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'ddb-1' };

const CALLER_IDENTITY = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${ACCOUNT}:user/u</Arn><UserId>AIDA</UserId><Account>${ACCOUNT}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>sts-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;

export const ok: Answer = (target): CannedResponse => {
  if (target === 'sts')
    return { status: 200, headers: { 'content-type': 'text/xml' }, body: CALLER_IDENTITY };
  const output = target.endsWith('GetItem') ? { Item: { pk: { S: 'k1' } } } : {};
  return { status: 200, headers: DYNAMODB_HEADERS, body: JSON.stringify(output) };
};

/** A DynamoDB error answer. */
export function dynamodbError(status: number, code: string, message: string): CannedResponse {
  const body = JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${code}`, message });
  return { status, headers: DYNAMODB_HEADERS, body };
}

export interface Fixture {
  readonly catalog: ModelCatalog;
  readonly audit: AuditStore;
  readonly approvals: ApprovalStore;
  /** The audit database file (another connection can hold its lock: the store failing). */
  readonly dbFile: string;
  /** Every request the server received, in order. */
  readonly requests: CapturedRequest[];
  answer: Answer;
  services(policy: string): ToolServices;
  close(): Promise<void>;
}

export async function openFixture(): Promise<Fixture> {
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pipeline-'));
  const tree = discoverTree(TEST_MODELS_DIR);
  const files = tree.files.filter((f) => f.directory === 'dynamodb' || f.directory === 'sts');
  const catalog = await openCatalog({
    tree: { ...tree, files },
    cacheDir: path.join(dir, 'catalog'),
    readModel: readModelFile,
  });
  const dbFile = path.join(dir, 'audit.db');
  const db = openAuditDatabase(dbFile);
  const audit = new AuditStore(db);
  const approvals = new ApprovalStore(db);
  const capture = await startCaptureServer((req) =>
    fixture.answer(req.headers['x-amz-target'] ?? 'sts', req),
  );
  const fixture: Fixture = {
    catalog,
    audit,
    approvals,
    dbFile,
    requests: capture.requests,
    answer: ok,
    services: (policy) => ({
      catalog,
      policy: parsePolicy(`version: 1\nmode: standard\n${policy}`, catalog),
      search: () => Promise.reject(new Error('not used')),
      runtime: createToolRuntime(),
      approvals: sqliteApprovalTokens(approvals),
      audit: sqliteAuditTrail(db, audit),
      settings: {
        defaultRegion: 'us-east-1',
        maxOutputCharacters: 20_000,
        maxAttempts: 1,
        autoApproveDestructive: false,
        endpointOverrides: { global: capture.url, byService: {} },
      },
      logger: silentLogger,
    }),
    close: async () => {
      await capture.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return fixture;
}

/** A tool call's context as the MCP layer builds it, for the local OS user. */
export function toolContext(over: Partial<ToolCallContext> = {}): ToolCallContext {
  return {
    principal: localPrincipal(),
    sessionId: 'local:test/stdio:1',
    signal: new AbortController().signal,
    progress: async () => undefined,
    approval: {},
    ...over,
  };
}

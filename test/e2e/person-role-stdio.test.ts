// The per-person role end to end over stdio: the built server, a real MCP client, the local OS
// user as the principal, and a policy whose identity rule for that user assigns a role and allows
// only DynamoDB (no sts). A capture server stands in for AWS (STS and DynamoDB). The call goes out
// signed with the role's credentials; the sts:AssumeRole that obtained them carries the user's
// SourceIdentity, session name, tags and session policy, byte for byte as the official STS client
// encodes the same input; the audit record (read with `aws-tool-mcp audit`) names the role and
// the credential request. A role the rule does not assign is reported by validate and refused by
// invoke with the same structured conflict, and nothing is sent.

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localPrincipal } from '../../src/identity/principal.js';
import { sessionIdentity } from '../../src/policy/session-identity.js';
import { diffRequests, startCaptureServer, type CaptureServer } from '../helpers/capture.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';
import { assumedKeys, assumeRoleAnswer, isAssumeRole } from '../helpers/sts-stand-in.js';

const ROLE = 'arn:aws:iam::123456789012:role/mcp-developer';
const OTHER = 'arn:aws:iam::123456789012:role/mcp-admin';
const POLICY = `version: 1
mode: standard
identities:
  - match: { local: true }
    services: { allowlist: [dynamodb] }
    role: ${ROLE}
`;

let aws: CaptureServer;
let env: Record<string, string>;
let client: Client;

beforeAll(async () => {
  requireBuild();
  aws = await startCaptureServer((req) =>
    isAssumeRole(req)
      ? assumeRoleAnswer(req)
      : {
          status: 200,
          headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'ddb-1' },
          body: '{"Item":{"pk":{"S":"k1"}}}',
        },
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'person-role-e2e-'));
  writeFileSync(path.join(dir, 'policy.yaml'), POLICY);
  env = serverEnv({ POLICY_PATH: path.join(dir, 'policy.yaml'), AWS_ENDPOINT_URL: aws.url });
  client = new Client({ name: 'person-role-e2e', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [BIN], env, stderr: 'pipe' }),
  );
});

afterAll(async () => {
  await client?.close();
  await aws?.close();
});
beforeEach(() => void aws.take());

const getItem = {
  service: 'dynamodb',
  operation: 'GetItem',
  payload: { TableName: 'dev-t', Key: { pk: { S: 'k1' } } },
};

async function execute(action: 'invoke' | 'validate', options?: object) {
  const r = await client.callTool({
    name: 'aws_execute',
    arguments: { action, ...getItem, ...(options ? { options } : {}) },
  });
  return { isError: r.isError === true, data: r.structuredContent as Record<string, any> };
}

async function auditOf(txId: string): Promise<Record<string, any>> {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'audit', '--jsonl', '--tx', txId], {
    env,
  });
  return JSON.parse(stdout.trim().split('\n')[0]!) as Record<string, any>;
}

describe("the local user's role, over stdio", () => {
  it('runs the call under the assumed role, obtained with their identity, and the audit names it', async () => {
    const r = await execute('invoke');
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
    const sent = aws.take();
    const assume = sent.filter(isAssumeRole);
    const calls = sent.filter((q) => q.headers['x-amz-target'] === 'DynamoDB_20120810.GetItem');
    expect(assume).toHaveLength(1);
    expect(calls).toHaveLength(1);
    // Signed with the role's credentials, not the server's own key.
    const role = assumedKeys(ROLE);
    expect(calls[0]!.headers.authorization).toContain(`Credential=${role.accessKeyId}/`);
    expect(calls[0]!.headers['x-amz-security-token']).toBe(role.sessionToken);
    expect(assume[0]!.headers.authorization).toContain('Credential=AKIDEXAMPLE/');

    const me = sessionIdentity(localPrincipal());
    const params = new URLSearchParams(assume[0]!.body.toString());
    expect(params.get('RoleArn')).toBe(ROLE);
    expect(params.get('SourceIdentity')).toBe(me.sourceIdentity);
    expect(params.get('RoleSessionName')).toBe(me.roleSessionName);
    expect([params.get('Tags.member.1.Key'), params.get('Tags.member.1.Value')]).toEqual([
      'mcp:sub',
      me.tags[0]!.Value,
    ]);
    // The session policy lets AWS enforce the person's allowlist too: DynamoDB only.
    expect(params.get('Policy')).toContain('dynamodb:*');
    expect(params.get('Policy')).not.toContain('sts:*');

    const audit = await auditOf(r.data.metadata.tx_id);
    expect(audit).toMatchObject({
      status: 'succeeded',
      roleArn: ROLE,
      principal: `local:${localPrincipal().subject}`,
    });
    expect(audit.ops.map((o: { kind: string; operation: string }) => [o.kind, o.operation])).toEqual([
      ['credential', 'sts:AssumeRole'],
      ['call', 'dynamodb:GetItem'],
    ]);
    expect(audit.ops[0]).toMatchObject({ httpStatus: 200, awsRequestId: 'sts-req-1' });
  });

  it('sends the sts:AssumeRole the official STS client sends for the same input', async () => {
    // A second server process: the first one's credentials are cached for the person.
    const fresh = new Client({ name: 'person-role-e2e-2', version: '1.0.0' });
    await fresh.connect(
      new StdioClientTransport({ command: process.execPath, args: [BIN], env: { ...env }, stderr: 'pipe' }),
    );
    try {
      await fresh.callTool({ name: 'aws_execute', arguments: { action: 'invoke', ...getItem } });
    } finally {
      await fresh.close();
    }
    const ours = aws.take().find(isAssumeRole)!;
    const p = new URLSearchParams(ours.body.toString());
    const list = (prefix: string, field: string) =>
      [...p.keys()].filter((k) => k.startsWith(prefix) && k.endsWith(field)).map((k) => p.get(k)!);
    const keys = list('Tags.member.', '.Key');
    const values = list('Tags.member.', '.Value');
    const arns = list('PolicyArns.member.', '.arn');
    const official = new STSClient({
      region: 'us-east-1',
      endpoint: aws.url,
      credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! },
    });
    await official.send(
      new AssumeRoleCommand({
        RoleArn: p.get('RoleArn')!,
        RoleSessionName: p.get('RoleSessionName')!,
        SourceIdentity: p.get('SourceIdentity')!,
        Tags: keys.map((Key, i) => ({ Key, Value: values[i]! })),
        TransitiveTagKeys: list('TransitiveTagKeys.member.', ''),
        ...(p.get('Policy') ? { Policy: p.get('Policy')! } : {}),
        // An empty list is left out, as the server leaves it out (the official client would send `PolicyArns=`).
        ...(arns.length ? { PolicyArns: arns.map((arn) => ({ arn })) } : {}),
      }),
    );
    const theirs = aws.take()[0]!;
    expect(diffRequests(ours, theirs).filter((d) => d.part !== 'header x-amz-date')).toEqual([]);
  });

  it('a role the rule does not assign: validate reports the conflict, invoke refuses the same, nothing sent', async () => {
    const conflict = { rule: 'identities[0].role', assignedRole: ROLE, requestedRole: OTHER };
    const checked = await execute('validate', { roleArn: OTHER });
    expect(checked.isError).toBe(false);
    expect(checked.data.roleConflict).toEqual(conflict);
    expect(checked.data.decision).toMatchObject({ effect: 'deny', rule: 'identities[0].role' });
    const refused = await execute('invoke', { roleArn: OTHER });
    expect(refused.isError).toBe(true);
    expect(refused.data.error).toMatchObject({ code: 'PolicyDenied', details: conflict });
    expect(refused.data.error.message).toBe(`Denied by policy: ${checked.data.decision.reason}`);
    expect(aws.take()).toHaveLength(0);
  });
});

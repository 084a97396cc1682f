// Credentials as a new user meets them, through the built server over stdio against dynalite:
// missing keys or an expired SSO session come back from invoke as a CredentialsError naming the
// profile and the command to run, and once the user fixes the files the next call works in the
// same server, without a restart. Nothing here contacts the network beyond 127.0.0.1.

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCaptureServer } from '../helpers/capture.js';
import { startDynalite, type Emulator } from '../helpers/emulators.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

let dynamo: Emulator;
beforeAll(async () => {
  requireBuild();
  dynamo = await startDynalite();
});
afterAll(() => dynamo.stop());

/** A server whose AWS files live in a fresh temp HOME, with no keys in its environment. */
async function serverWithProfile(
  profile: string,
  files: { config?: string; credentials?: string },
  endpoint = dynamo.endpoint,
) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'creds-e2e-'));
  const paths = { config: path.join(home, 'config'), credentials: path.join(home, 'credentials') };
  writeFileSync(paths.config, files.config ?? '');
  writeFileSync(paths.credentials, files.credentials ?? '');
  const env = serverEnv({
    HOME: home,
    AWS_PROFILE: profile,
    AWS_CONFIG_FILE: paths.config,
    AWS_SHARED_CREDENTIALS_FILE: paths.credentials,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
  });
  delete (env as Record<string, string | undefined>).AWS_ACCESS_KEY_ID;
  delete (env as Record<string, string | undefined>).AWS_SECRET_ACCESS_KEY;
  const client = new Client({ name: 'creds-e2e', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [BIN], env, stderr: 'pipe' }),
  );
  const listTables = async () => {
    const r = await client.callTool({
      name: 'aws_execute',
      arguments: { action: 'invoke', service: 'dynamodb', operation: 'ListTables', payload: {} },
    });
    return {
      isError: r.isError === true,
      structured: r.structuredContent as Record<string, any>,
      text: JSON.stringify(r.content),
    };
  };
  return { home, paths, client, listTables };
}

it('missing keys: CredentialsError naming the profile; keys added to the file: the next call works', async () => {
  const s = await serverWithProfile('late', {
    credentials: '[other]\naws_access_key_id = A\naws_secret_access_key = s\n',
  });
  try {
    const first = await s.listTables();
    expect(first.isError).toBe(true);
    expect(first.structured.error.code).toBe('CredentialsError');
    expect(first.structured.error.message).toContain('profile "late"');
    expect(first.structured.error.hint).toContain('`aws configure --profile late`');
    expect(first.text).toContain('aws configure --profile late'); // what the model reads

    writeFileSync(
      s.paths.credentials,
      '[late]\naws_access_key_id = AKIALATE\naws_secret_access_key = late-secret\n',
    );
    const second = await s.listTables();
    expect(second.isError, second.text).toBe(false);
    expect(second.structured.result).toMatchObject({ TableNames: [] });
  } finally {
    await s.client.close();
  }
});

it('an expired SSO session: CredentialsError whose hint is `aws sso login --profile dev`', async () => {
  const s = await serverWithProfile('dev', {
    config:
      '[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n' +
      '[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n',
  });
  try {
    const cache = path.join(s.home, '.aws', 'sso', 'cache');
    mkdirSync(cache, { recursive: true });
    writeFileSync(
      path.join(cache, `${createHash('sha1').update('corp').digest('hex')}.json`),
      JSON.stringify({ accessToken: 'old-token', expiresAt: '2020-01-01T00:00:00Z', region: 'us-east-1' }),
    );
    const r = await s.listTables();
    expect(r.isError).toBe(true);
    expect(r.structured.error.code).toBe('CredentialsError');
    expect(r.structured.error.hint).toBe('Run `aws sso login --profile dev` and retry.');
    expect(r.text).not.toContain('old-token');
  } finally {
    await s.client.close();
  }
});

it('ExpiredToken from AWS: the hint names the profile; the rotated session in the file is used by the next call', async () => {
  // A local DynamoDB that refuses the first key as expired and accepts the second.
  const aws = await startCaptureServer((req) =>
    /Credential=AKIAOLD\//.test(req.headers.authorization ?? '')
      ? {
          status: 400,
          headers: { 'content-type': 'application/x-amz-json-1.0' },
          body: JSON.stringify({
            __type: 'com.amazon.coral.service#ExpiredTokenException',
            message: 'The security token included in the request is expired',
          }),
        }
      : { status: 200, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: '{"TableNames":[]}' },
  );
  const profileFile = (key: string, token: string) =>
    `[rotating]\naws_access_key_id = ${key}\naws_secret_access_key = s-${key}\naws_session_token = ${token}\n`;
  const s = await serverWithProfile(
    'rotating',
    { credentials: profileFile('AKIAOLD', 'old-session') },
    aws.url,
  );
  try {
    const first = await s.listTables();
    expect(first.isError).toBe(true);
    expect(first.structured.error.details.awsErrorCode).toBe('ExpiredTokenException');
    expect(first.structured.error.hint).toContain('profile "rotating"');
    expect(first.structured.error.hint).toContain('`aws sso login --profile rotating`');

    // What `aws sso login` or a credential helper does: a new key and session token in the file.
    writeFileSync(s.paths.credentials, profileFile('AKIANEW', 'new-session'));
    const second = await s.listTables();
    expect(second.isError, second.text).toBe(false);
    expect(second.structured.result).toMatchObject({ TableNames: [] });
    const sent = aws
      .take()
      .map((r) => [
        /Credential=(\w+)\//.exec(r.headers.authorization ?? '')?.[1],
        r.headers['x-amz-security-token'],
      ]);
    expect(sent).toEqual([
      ['AKIAOLD', 'old-session'],
      ['AKIANEW', 'new-session'],
    ]);
  } finally {
    await s.client.close();
    await aws.close();
  }
});

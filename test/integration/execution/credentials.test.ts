// createCredentialResolver over the SDK's real provider chain, with real files, a real
// credential_process and a local STS peer on 127.0.0.1 for role assumption. The process
// environment is replaced per test (and restored) so the developer's own AWS setup never leaks in.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejectedToolError } from '../../helpers/models.js';
import { createCredentialResolver } from '../../../src/execution/credentials.js';

const AWS_ENV = /^AWS_/;
let savedEnv: Record<string, string | undefined>;
let dir: string;

beforeEach(() => {
  savedEnv = { ...process.env };
  for (const k of Object.keys(process.env)) if (AWS_ENV.test(k)) delete process.env[k];
  dir = mkdtempSync(path.join(tmpdir(), 'creds-test-'));
  process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'credentials');
  process.env.AWS_CONFIG_FILE = path.join(dir, 'config');
  process.env.AWS_EC2_METADATA_DISABLED = 'true'; // no 169.254.169.254 probing from tests
});

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
  rmSync(dir, { recursive: true, force: true });
});

/** A credential_process script that counts its runs in a file and prints the given JSON. */
function processScript(output: object | 'fail'): { command: string; runs: () => number } {
  const counter = path.join(dir, `runs-${Math.random().toString(36).slice(2)}`);
  const script = path.join(dir, `proc-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    script,
    `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(counter)}, 'x');\n` +
      (output === 'fail'
        ? `process.stderr.write('denied');\nprocess.exit(1);\n`
        : `console.log(${JSON.stringify(JSON.stringify(output))});\n`),
  );
  return {
    command: `"${process.execPath}" "${script}"`,
    runs: () => (existsSync(counter) ? readFileSync(counter, 'utf8').length : 0),
  };
}

describe('createCredentialResolver', () => {
  it('reads credentials from the environment', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAENV';
    process.env.AWS_SECRET_ACCESS_KEY = 'env-secret';
    process.env.AWS_SESSION_TOKEN = 'env-token';
    const creds = await createCredentialResolver({}).resolve();
    expect(creds).toMatchObject({
      accessKeyId: 'AKIAENV',
      secretAccessKey: 'env-secret',
      sessionToken: 'env-token',
    });
  });

  it('reads each named profile from the shared credentials file', async () => {
    writeFileSync(
      process.env.AWS_SHARED_CREDENTIALS_FILE!,
      '[alpha]\naws_access_key_id = AKIAALPHA\naws_secret_access_key = alpha-secret\n\n' +
        '[beta]\naws_access_key_id = AKIABETA\naws_secret_access_key = beta-secret\n',
    );
    expect((await createCredentialResolver({ profile: 'alpha' }).resolve()).accessKeyId).toBe('AKIAALPHA');
    expect((await createCredentialResolver({ profile: 'beta' }).resolve()).accessKeyId).toBe('AKIABETA');
  });

  it('prefers the named profile over environment keys, like the AWS CLI', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAENV';
    process.env.AWS_SECRET_ACCESS_KEY = 'env-secret';
    writeFileSync(
      process.env.AWS_SHARED_CREDENTIALS_FILE!,
      '[alpha]\naws_access_key_id = AKIAALPHA\naws_secret_access_key = s\n',
    );
    expect((await createCredentialResolver({ profile: 'alpha' }).resolve()).accessKeyId).toBe('AKIAALPHA');
  });

  it('runs credential_process once and memoizes its credentials', async () => {
    const proc = processScript({ Version: 1, AccessKeyId: 'AKIAPROC', SecretAccessKey: 'proc-secret' });
    writeFileSync(process.env.AWS_CONFIG_FILE!, `[profile gamma]\ncredential_process = ${proc.command}\n`);
    const resolver = createCredentialResolver({ profile: 'gamma' });
    expect((await resolver.resolve()).accessKeyId).toBe('AKIAPROC');
    expect((await resolver.resolve()).accessKeyId).toBe('AKIAPROC');
    expect(proc.runs()).toBe(1);
  });

  it('reports a failing credential_process as CredentialsError', async () => {
    const proc = processScript('fail');
    writeFileSync(process.env.AWS_CONFIG_FILE!, `[profile broken]\ncredential_process = ${proc.command}\n`);
    const err = await rejectedToolError(createCredentialResolver({ profile: 'broken' }).resolve());
    expect(err.code).toBe('CredentialsError');
    expect(err.hint).toMatch(/credential_process/);
    expect(proc.runs()).toBeGreaterThanOrEqual(1); // the chain tries it from both the ini and process links
  });

  it('reports expired credentials as CredentialsError', async () => {
    const proc = processScript({
      Version: 1,
      AccessKeyId: 'AKIAOLD',
      SecretAccessKey: 's',
      SessionToken: 't',
      Expiration: '2020-01-01T00:00:00Z',
    });
    writeFileSync(process.env.AWS_CONFIG_FILE!, `[profile old]\ncredential_process = ${proc.command}\n`);
    const err = await rejectedToolError(createCredentialResolver({ profile: 'old' }).resolve());
    expect(err.code).toBe('CredentialsError');
    expect(err.message).toBe('The credentials of profile "old" have expired.');
    expect(err.message).not.toContain('AKIAOLD');
  });

  it('says what it tried when there are no credentials at all', async () => {
    const err = await rejectedToolError(createCredentialResolver({}).resolve());
    expect(err.code).toBe('CredentialsError');
    expect(err.message).toBe('No AWS credentials were found.');
    expect(err.hint).toMatch(/AWS_ACCESS_KEY_ID/);
    expect(err.hint).toMatch(/aws configure|aws sso login/);
    expect(`${err.message} ${err.hint}`).not.toContain(dir); // no file paths
  });

  it('asks for `aws sso login` when an SSO profile has no cached token', async () => {
    process.env.HOME = dir; // the SSO token cache lives under ~/.aws/sso/cache
    writeFileSync(
      process.env.AWS_CONFIG_FILE!,
      '[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n' +
        '[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n',
    );
    const err = await rejectedToolError(createCredentialResolver({ profile: 'dev' }).resolve());
    expect(err.code).toBe('CredentialsError');
    expect(err.hint).toBe('Run `aws sso login --profile dev` and retry.');
  });

  it('picks up keys written to the credentials file after a failure, without a new resolver', async () => {
    writeFileSync(
      process.env.AWS_SHARED_CREDENTIALS_FILE!,
      '[other]\naws_access_key_id = A\naws_secret_access_key = s\n',
    );
    const resolver = createCredentialResolver({ profile: 'late' });
    const err = await rejectedToolError(resolver.resolve());
    expect(err.code).toBe('CredentialsError');
    expect(err.hint).toContain('`aws configure --profile late`');
    writeFileSync(
      process.env.AWS_SHARED_CREDENTIALS_FILE!,
      '[late]\naws_access_key_id = AKIALATE\naws_secret_access_key = late-secret\n',
    );
    expect((await resolver.resolve()).accessKeyId).toBe('AKIALATE');
  });

  for (const [kind, config, cacheKey] of [
    [
      'sso-session',
      '[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n' +
        '[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n',
      'corp',
    ],
    [
      'legacy SSO',
      '[profile dev]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n' +
        'sso_account_id = 123456789012\nsso_role_name = Admin\n',
      'https://corp.awsapps.com/start',
    ],
  ] as const) {
    it(`asks for \`aws sso login --profile\` when the cached ${kind} token has expired`, async () => {
      process.env.HOME = dir;
      writeFileSync(process.env.AWS_CONFIG_FILE!, config);
      const cache = path.join(dir, '.aws', 'sso', 'cache');
      mkdirSync(cache, { recursive: true });
      writeFileSync(
        path.join(cache, `${createHash('sha1').update(cacheKey).digest('hex')}.json`),
        JSON.stringify({
          startUrl: 'https://corp.awsapps.com/start',
          region: 'us-east-1',
          accessToken: 'expired-token',
          expiresAt: '2020-01-01T00:00:00Z',
        }),
      );
      const err = await rejectedToolError(createCredentialResolver({ profile: 'dev' }).resolve());
      expect(err.code).toBe('CredentialsError');
      expect(err.message).toMatch(/SSO session for profile "dev"/);
      expect(err.hint).toBe('Run `aws sso login --profile dev` and retry.');
      expect(JSON.stringify(err)).not.toContain('expired-token');
    });
  }

  it('names an unknown profile', async () => {
    writeFileSync(
      process.env.AWS_SHARED_CREDENTIALS_FILE!,
      '[alpha]\naws_access_key_id = A\naws_secret_access_key = s\n',
    );
    const err = await rejectedToolError(createCredentialResolver({ profile: 'nope' }).resolve());
    expect(err.code).toBe('CredentialsError');
    expect(err.message).toBe('No AWS credentials were found for profile "nope".');
    expect(err.hint).toMatch(/profile name/);
  });
});

describe('createCredentialResolver with a role to assume', () => {
  let server: Server;
  let requests: Array<{ body: string; authorization: string }>;
  let expiration: string;
  let deny: boolean;

  beforeEach(async () => {
    requests = [];
    expiration = '2099-01-01T00:00:00Z';
    deny = false;
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        requests.push({ body, authorization: String(req.headers.authorization) });
        if (deny) {
          res.writeHead(403, { 'content-type': 'text/xml' });
          res.end(
            `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>` +
              `<Code>AccessDenied</Code><Message>not authorized to perform: sts:AssumeRole</Message></Error>` +
              `<RequestId>r</RequestId></ErrorResponse>`,
          );
          return;
        }
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>` +
            `<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/r/s</Arn><AssumedRoleId>AROAX:s</AssumedRoleId></AssumedRoleUser>` +
            `<Credentials><AccessKeyId>ASIAROLE${requests.length}</AccessKeyId><SecretAccessKey>role-secret</SecretAccessKey>` +
            `<SessionToken>role-token</SessionToken><Expiration>${expiration}</Expiration></Credentials>` +
            `</AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>`,
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.AWS_ACCESS_KEY_ID = 'AKIABASE';
    process.env.AWS_SECRET_ACCESS_KEY = 'base-secret';
  });

  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  function resolver() {
    return createCredentialResolver({
      roleArn: 'arn:aws:iam::123456789012:role/deployer',
      externalId: 'ext-1',
      roleSessionName: 'session-a',
      region: 'us-east-1',
      stsEndpointUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    });
  }

  it('assumes the role with the base credentials and caches the result until near expiry', async () => {
    const r = resolver();
    const first = await r.resolve();
    expect(first).toMatchObject({
      accessKeyId: 'ASIAROLE1',
      secretAccessKey: 'role-secret',
      sessionToken: 'role-token',
    });
    expect((await r.resolve()).accessKeyId).toBe('ASIAROLE1');
    expect(requests).toHaveLength(1);
    const params = new URLSearchParams(requests[0]!.body);
    expect(params.get('Action')).toBe('AssumeRole');
    expect(params.get('RoleArn')).toBe('arn:aws:iam::123456789012:role/deployer');
    expect(params.get('ExternalId')).toBe('ext-1');
    expect(params.get('RoleSessionName')).toBe('session-a');
    expect(requests[0]!.authorization).toContain('Credential=AKIABASE/');
  });

  it('assumes the role again when the cached credentials are about to expire', async () => {
    expiration = new Date(Date.now() + 60_000).toISOString(); // inside the five-minute margin
    const r = resolver();
    expect((await r.resolve()).accessKeyId).toBe('ASIAROLE1');
    expect((await r.resolve()).accessKeyId).toBe('ASIAROLE2');
    expect(requests).toHaveLength(2);
  });

  it('reports a refused role assumption as CredentialsError', async () => {
    deny = true;
    const err = await rejectedToolError(resolver().resolve());
    expect(err.code).toBe('CredentialsError');
    expect(err.message).toMatch(/assume the configured role/);
    expect(requests.length).toBeGreaterThanOrEqual(1);
  });
});

describe('invalidate: AWS refused the credentials', () => {
  const file = (key: string, token: string) =>
    `[rotating]\naws_access_key_id = ${key}\naws_secret_access_key = s-${key}\naws_session_token = ${token}\n`;

  it('keeps static keys cached, until invalidated: then the rotated file is read', async () => {
    writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, file('AKIAOLD', 'old-token'));
    const resolver = createCredentialResolver({ profile: 'rotating' });
    expect((await resolver.resolve()).accessKeyId).toBe('AKIAOLD');
    writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, file('AKIANEW', 'new-token'));
    expect((await resolver.resolve()).accessKeyId).toBe('AKIAOLD');
    resolver.invalidate();
    expect(await resolver.resolve()).toMatchObject({ accessKeyId: 'AKIANEW', sessionToken: 'new-token' });
  });

  it('tries again on the next call when the refresh itself fails', async () => {
    writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, file('AKIAOLD', 'old-token'));
    const resolver = createCredentialResolver({ profile: 'rotating' });
    await resolver.resolve();
    writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, '');
    resolver.invalidate();
    await expect(resolver.resolve()).rejects.toMatchObject({ code: 'CredentialsError' });
    writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, file('AKIANEW', 'new-token'));
    expect((await resolver.resolve()).accessKeyId).toBe('AKIANEW');
  });
});

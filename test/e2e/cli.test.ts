// The binary's human commands, run as a person would: every command's --help, a bad flag and a
// typical use with their exit codes, doctor's findings, and the one startup error that lists
// every bad setting.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchCachePath } from '../../src/search/index-cache.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';
import { REPO_ROOT, TEST_MODELS_DIR } from '../helpers/paths.js';

const run = async (args: string[], env: Record<string, string>) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      env,
      cwd: os.tmpdir(),
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

beforeAll(() => requireBuild());

describe('aws-tool-mcp CLI', () => {
  it('prints help, and the version with the model commit in use', async () => {
    const help = await run(['help'], serverEnv());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('policy explain');
    for (const args of [['--version'], ['version']]) {
      const version = await run(args, serverEnv());
      expect(version.code).toBe(0);
      expect(version.stdout).toMatch(/^aws-tool-mcp \d+\.\d+\.\d+\nmodels: commit [0-9a-f]{40} at /);
    }
  });

  it('stops at startup with every bad setting listed', async () => {
    const r = await run(['serve'], serverEnv({ SMITHY_AUTO_SYNC: 'sometimes', LOG_LEVEL: 'loud' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SMITHY_AUTO_SYNC="sometimes"');
    expect(r.stderr).toContain('LOG_LEVEL="loud"');
  });

  it('searches and prints schemas', async () => {
    const search = await run(['search', 'tail', 'a', 'log', 'group', '--json'], serverEnv());
    expect(search.code).toBe(0);
    expect(JSON.parse(search.stdout).results[0].service).toBe('logs');
    const schema = await run(['schema', 'sts', 'get-caller-identity'], serverEnv());
    expect(JSON.parse(schema.stdout).operation).toBe('GetCallerIdentity');
  });

  it('checks and explains policies', async () => {
    const example = path.join(REPO_ROOT, 'policy.example.yaml');
    const check = await run(['policy', 'check', example], serverEnv());
    expect(check.code, check.stderr).toBe(0);
    const explain = await run(['policy', 'explain', 's3:DeleteBucket'], serverEnv({ POLICY_PATH: example }));
    expect(explain.stdout).toMatch(/deny/i);
    expect(explain.code).toBe(3);

    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-policy-'));
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'version: 1\nmode: standard\nservices:\n  denylist: [not-a-service]\nrules:\n  deny: ["(a+)+$"]\n',
    );
    const broken = await run(['policy', 'check', bad], serverEnv());
    expect(broken.code).not.toBe(0);
    const said = broken.stdout + broken.stderr;
    expect(said).toMatch(/bad\.yaml:4:\d+: services\.denylist: Unknown AWS service "not-a-service"/);
    expect(said).toMatch(/bad\.yaml:6:\d+: rules\.deny\[0\].*catastrophic backtracking/);
  });

  it('shows the audit trail of execute calls, as JSON lines, secrets redacted', async () => {
    const env = serverEnv();
    const client = new Client({ name: 'cli-e2e', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [BIN], env, stderr: 'pipe' }),
    );
    let txId: string;
    try {
      const r = await client.callTool({
        name: 'aws_execute',
        arguments: {
          action: 'validate',
          service: 'secretsmanager',
          operation: 'CreateSecret',
          payload: { Name: 'db-password', SecretString: 'hunter2-very-secret' },
        },
      });
      txId = (r.structuredContent as any).metadata.tx_id;
    } finally {
      await client.close();
    }
    const audit = await run(['audit', '--json'], env);
    expect(audit.code, audit.stderr).toBe(0);
    const records = audit.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const record = records.find((x) => JSON.stringify(x).includes(txId));
    expect(record).toBeDefined();
    expect(JSON.stringify(record)).toContain('CreateSecret');
    expect(audit.stdout).not.toContain('hunter2-very-secret');
  });
});

/** [command line, what its help says, a bad flag's line, a typical use, its exit code, what it prints]. */
const WALK: ReadonlyArray<{ cmd: string[]; typical: string[]; code: number; says: RegExp }> = [
  { cmd: ['serve'], typical: [], code: -1, says: /./ }, // serving is exercised over MCP below
  { cmd: ['sync'], typical: [], code: 0, says: /^models at .*, commit [0-9a-f]{40}: \d+ services/ },
  {
    cmd: ['search'],
    typical: ['--limit', '2', 'list', 'my', 'buckets'],
    code: 0,
    says: /^s3:ListBuckets\s+read/,
  },
  { cmd: ['schema'], typical: ['s3', 'ListBuckets'], code: 0, says: /"operation": "ListBuckets"/ },
  { cmd: ['policy', 'check'], typical: [], code: 0, says: /builtin:read-only: OK/ },
  { cmd: ['policy', 'explain'], typical: ['s3', 'ListBuckets'], code: 0, says: /decision: ALLOW/ },
  { cmd: ['approve'], typical: [], code: 0, says: /No approval requests are waiting/ },
  // approve (above) created the audit store; no call has been audited in it yet.
  { cmd: ['audit'], typical: ['--since', '1h'], code: 0, says: /No audit records match/ },
  { cmd: ['doctor'], typical: [], code: 0, says: /Nothing to fix/ },
  { cmd: ['version'], typical: [], code: 0, says: /^aws-tool-mcp \d/ },
];

describe('every command, as a person types it', () => {
  it('--help prints the usage and exits 0 without doing anything else', async () => {
    const env = serverEnv({ SMITHY_MODEL_PATH: path.join(os.tmpdir(), 'no-models-here') });
    for (const { cmd } of [...WALK, { cmd: ['policy'] }]) {
      for (const help of ['--help', '-h']) {
        const r = await run([...cmd, help], env);
        expect(r.code, `${cmd.join(' ')} ${help}: ${r.stderr}`).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^usage: aws-tool-mcp ${cmd.join(' ')}`));
        expect(r.stderr).toBe('');
      }
    }
    // `help <command>` is the same text; `search -- --help` searches for the words instead.
    expect((await run(['help', 'search'], env)).stdout).toBe((await run(['search', '--help'], env)).stdout);
  });

  it('an unknown flag or a missing value is an error with the usage, exit 2', async () => {
    const env = serverEnv();
    for (const { cmd } of WALK) {
      const r = await run([...cmd, '--no-such-flag'], env);
      expect(r.code, cmd.join(' ')).toBe(2);
      expect(r.stderr).toContain("Unknown option '--no-such-flag'");
      expect(r.stderr).toContain(`usage: aws-tool-mcp ${cmd.join(' ')}`);
      expect(r.stdout).toBe('');
    }
    for (const args of [
      ['search', 'x', '--limit'],
      ['search', 'x', '--limit', 'two'],
      ['policy', 'explain', 's3:ListBuckets', '--policy'],
      ['audit', '--since'],
      ['schema', 's3'],
      ['frobnicate'],
      ['policy', 'frobnicate'],
    ]) {
      expect((await run(args, env)).code, args.join(' ')).toBe(2);
    }
  });

  it('a typical use of each command exits as documented, logs readable and only warnings', async () => {
    const { LOG_LEVEL: _, ...env } = serverEnv(); // the default log level of human commands
    for (const { cmd, typical, code, says } of WALK.filter((w) => w.code >= 0)) {
      const r = await run([...cmd, ...typical], env);
      expect(r.code, `${cmd.join(' ')}: ${r.stderr}`).toBe(code);
      expect(r.stdout + r.stderr).toMatch(says);
      expect(r.stderr, cmd.join(' ')).not.toMatch(/^\{"time"/m);
    }
  });

  it('search honours --limit and --service; hints name commands and flags, not MCP tools', async () => {
    const env = serverEnv();
    const limited = await run(['search', 'list', 'my', 'buckets', '--limit', '2', '--json'], env);
    expect(JSON.parse(limited.stdout).results).toHaveLength(2);
    const typo = await run(['schema', 's3:ListBukkets'], env);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('Did you mean ListBuckets?');
    expect(typo.stderr).toContain('aws-tool-mcp search <words> --service s3');
    expect(typo.stderr).not.toMatch(/aws_search_operations|serviceHint/);
  });

  it('policy explain takes --policy, and a missing policy file is named', async () => {
    const example = path.join(REPO_ROOT, 'policy.example.yaml');
    const env = serverEnv();
    // The built-in read-only policy denies a write; the file given allows it with approval.
    expect((await run(['policy', 'explain', 'dynamodb:DeleteTable'], env)).code).toBe(3);
    const given = await run(['policy', 'explain', 'dynamodb', 'DeleteTable', '--policy', example], env);
    expect(given.stdout).toContain(`under ${example}`);
    const missing = path.join(os.tmpdir(), 'no-such-dir', 'policy.yaml');
    for (const [args, extra] of [
      [['policy', 'explain', 'dynamodb:Scan', '--policy', missing], {}],
      [['search', 'buckets'], { POLICY_PATH: missing }],
      [['serve'], { POLICY_PATH: missing }],
    ] as const) {
      const r = await run([...args], serverEnv(extra));
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(`The policy file ${missing}`);
      expect(r.stderr).not.toMatch(/ENOENT|:0:0/);
    }
  });

  it('sync shows git progress on stderr while the models clone, the result on stdout', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-sync-'));
    const cacheDir = path.join(dir, 'c');
    const r = await run(
      ['sync'],
      serverEnv({
        SMITHY_AUTO_SYNC: 'true',
        SMITHY_SYNC_URL: TEST_MODELS_DIR,
        SMITHY_MODEL_PATH: path.join(dir, 'm'),
        AWS_MCP_CACHE_DIR: cacheDir,
      }),
    );
    const commit = /commit ([0-9a-f]{40})/.exec(r.stdout)?.[1] ?? '';
    // the search index is built with the catalog, so a server's first search loads it
    const indexCached = existsSync(searchCachePath(cacheDir, commit));
    rmSync(dir, { recursive: true, force: true });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Cloning the AWS Smithy models from');
    expect(r.stderr).toMatch(/Cloning into|Updating files/); // git's own progress lines
    expect(r.stdout).toMatch(
      /^models at .*, commit [0-9a-f]{40}: \d+ services, \d+ operations, search index of \d+ terms/,
    );
    expect(indexCached).toBe(true);
  }, 180_000);
});

describe('aws-tool-mcp doctor', () => {
  function awsHome(): { dir: string; env: Record<string, string> } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'doctor-'));
    writeFileSync(
      path.join(dir, 'config'),
      '[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\nregion = eu-west-1\n' +
        '[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n',
    );
    writeFileSync(
      path.join(dir, 'credentials'),
      '[static]\naws_access_key_id = AKIAEXAMPLE9876\naws_secret_access_key = s3cr3t\n',
    );
    const cache = path.join(dir, '.aws', 'sso', 'cache');
    mkdirSync(cache, { recursive: true });
    writeFileSync(
      path.join(cache, `${createHash('sha1').update('corp').digest('hex')}.json`),
      JSON.stringify({ accessToken: 'tok', expiresAt: '2020-01-01T00:00:00Z', region: 'us-east-1' }),
    );
    const env = {
      HOME: dir,
      AWS_CONFIG_FILE: path.join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'),
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
    };
    return { dir, env };
  }

  it('static keys from the credentials file: nothing to fix, exit 0, no secret shown', async () => {
    const { env } = awsHome();
    const r = await run(
      ['doctor'],
      serverEnv({ ...env, AWS_PROFILE: 'static', AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:1' }),
    );
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/ok\s+credentials\s+profile "static": access key \*\*\*\*9876, long-term/);
    expect(r.stdout).toMatch(/note\s+endpoints\s+.*AWS_ENDPOINT_URL_DYNAMODB=http:\/\/127\.0\.0\.1:1/);
    expect(r.stdout).toMatch(/ok\s+node\s+Node\.js/);
    expect(r.stdout).toMatch(/ok\s+models\s+commit [0-9a-f]{12}/);
    expect(r.stdout).not.toContain('s3cr3t');
  });

  it('a missing profile must be fixed: exit 1 with the command to run', async () => {
    const { env } = awsHome();
    const r = await run(['doctor'], serverEnv({ ...env, AWS_PROFILE: 'nope' }));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+credentials\s+AWS_PROFILE="nope" is in neither/);
    expect(r.stdout).toContain('fix: aws configure --profile nope');
  });

  it('an expired SSO session says `aws sso login --profile dev`; the unused profile region is flagged', async () => {
    const { env } = awsHome();
    const r = await run(['doctor'], serverEnv({ ...env, AWS_PROFILE: 'dev', AWS_REGION: '' }));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+sso session\s+the SSO session of profile "dev" expired/);
    expect(r.stdout).toContain('fix: aws sso login --profile dev');
    expect(r.stdout).toMatch(/WARN\s+region\s+the profile's region eu-west-1 is not used/);
    expect(r.stdout).toMatch(/1 thing to fix, 1 warning\./);
  });

  it('a missing policy file and an unusable model path must be fixed', async () => {
    const r = await run(
      ['doctor'],
      serverEnv({
        POLICY_PATH: '/nonexistent/policy.yaml',
        SMITHY_MODEL_PATH: path.join(os.tmpdir(), 'none-models'),
      }),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /FAIL\s+policy\s+The policy file \/nonexistent\/policy\.yaml \(POLICY_PATH\) does not exist/,
    );
    expect(r.stdout).toMatch(/FAIL\s+models\s+no models at .* and SMITHY_AUTO_SYNC=false/);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/load-config.js';
import { envExample } from '../../../src/config/settings-doc.js';
import { withSettingsTable } from '../../../scripts/gen-docs.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const noDotEnv = { dotEnv: false } as const;

describe('loadConfig', () => {
  it('applies documented defaults', () => {
    const c = loadConfig(
      { HOME: '/home/u', XDG_CACHE_HOME: '/xdg/cache', XDG_DATA_HOME: '/xdg/data' },
      noDotEnv,
    );
    expect(c.smithyAutoSync).toBe(true);
    expect(c.smithySyncRef).toBe('main');
    expect(c.smithyModelPath).toBe('/xdg/cache/aws-tool-mcp/models');
    expect(c.auditDbPath).toBe('/xdg/data/aws-tool-mcp/audit.db');
    expect(c.toolNames).toBe('underscore');
    expect(c.maxOutputCharacters).toBe(20000);
    expect(c.region).toBe('us-east-1');
    expect(c.policyPath).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('parses values and falls back to AWS_DEFAULT_REGION', () => {
    const c = loadConfig(
      {
        SMITHY_AUTO_SYNC: 'no',
        AWS_MCP_TOOL_NAMES: 'DOTTED',
        SMITHY_DEFAULT_MODEL_VERSION: '339D6B9C3E43178E84BAF4DC0503807C82021761',
        AWS_DEFAULT_REGION: 'eu-west-1',
        LOG_LEVEL: 'debug',
      },
      noDotEnv,
    );
    expect(c.smithyAutoSync).toBe(false);
    expect(c.toolNames).toBe('dotted');
    expect(c.smithyDefaultModelVersion).toBe('339d6b9c3e43178e84baf4dc0503807c82021761');
    expect(c.region).toBe('eu-west-1');
    expect(c.logLevel).toBe('debug');
  });

  it('reports every bad variable at once, with what it accepts', () => {
    let error: unknown;
    try {
      loadConfig(
        {
          SMITHY_AUTO_SYNC: 'maybe',
          AWS_MCP_TOOL_NAMES: 'camel',
          MAX_OUTPUT_CHARACTERS: '-5',
          SMITHY_DEFAULT_MODEL_VERSION: 'not-a-sha',
          AWS_ENDPOINT_URL_DYNAMODB: 'ftp://x',
        },
        noDotEnv,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect((error as ConfigError).problems).toHaveLength(5);
    expect(problems).toContain('SMITHY_AUTO_SYNC="maybe": expected true | false');
    expect(problems).toContain('AWS_MCP_TOOL_NAMES="camel": expected underscore | dotted');
    expect(problems).toContain('MAX_OUTPUT_CHARACTERS');
    expect(problems).toContain('a git commit sha');
    expect(problems).toContain('AWS_ENDPOINT_URL_DYNAMODB');
  });

  it('reads .env, and the environment wins over it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cfg-'));
    writeFileSync(path.join(dir, '.env'), 'LOG_LEVEL=warn\nAWS_MCP_TOOL_NAMES=dotted\n# comment\n');
    const c = loadConfig({ AWS_MCP_TOOL_NAMES: 'underscore' }, { cwd: dir });
    expect(c.logLevel).toBe('warn');
    expect(c.toolNames).toBe('underscore');
  });

  it('HTTP request limits: Node-like defaults, and a headers limit over the request limit refused', () => {
    const c = loadConfig({}, noDotEnv);
    expect(c.httpMaxHeaderBytes).toBe(16 * 1024);
    expect(c.httpMaxBodyBytes).toBe(10 * 1024 * 1024);
    expect([c.httpHeadersTimeoutSeconds, c.httpRequestTimeoutSeconds, c.httpKeepAliveTimeoutSeconds]).toEqual(
      [10, 60, 5],
    );
    const equal = { AWS_MCP_HTTP_HEADERS_TIMEOUT_SECONDS: '20', AWS_MCP_HTTP_REQUEST_TIMEOUT_SECONDS: '20' };
    expect(loadConfig(equal, noDotEnv).httpHeadersTimeoutSeconds).toBe(20);
    const over = { AWS_MCP_HTTP_HEADERS_TIMEOUT_SECONDS: '61' };
    expect(() => loadConfig(over, noDotEnv)).toThrow(
      /HEADERS_TIMEOUT_SECONDS=61 is over .*REQUEST_TIMEOUT_SECONDS=60/,
    );
    // A body limit above the message limit stdio shares is refused, not silently capped.
    expect(() => loadConfig({ AWS_MCP_HTTP_MAX_BODY_BYTES: String(10 * 1024 * 1024 + 1) }, noDotEnv)).toThrow(
      ConfigError,
    );
  });

  it('collects endpoint overrides the way the AWS SDKs name them', () => {
    const c = loadConfig(
      { AWS_ENDPOINT_URL: 'http://127.0.0.1:1', AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:2' },
      noDotEnv,
    );
    expect(c.endpointOverrides).toEqual({
      global: 'http://127.0.0.1:1',
      byService: { DYNAMODB: 'http://127.0.0.1:2' },
    });
  });
});

describe('generated settings docs', () => {
  it('README and .env.example match the settings table (run `npm run docs` to refresh)', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(withSettingsTable(readme)).toBe(readme);
    expect(readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8')).toBe(envExample());
  });
});

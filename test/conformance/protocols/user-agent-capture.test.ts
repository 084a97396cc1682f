// Who we say we are, next to what the official client says, on the wire: the same user-agent
// structure (product token first, then ua/2.1, os, lang, runtime, api, app), the same OS, language
// and runtime tokens byte for byte, and the same signing of x-amz-user-agent; our product, the MCP
// client and the audit transaction where the official client names itself.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeOperation } from '../../../src/execution/executor.js';
import { runOfficialClient, startCaptureServer, type CaptureServer } from '../../helpers/capture.js';
import { loadServiceModel } from '../../helpers/capture-models.js';
import { createCallEnvironment } from '../../../src/execution/environment.js';

/** One transport, clock and clock skew for every call of this file, as a server has. */
const env = createCallEnvironment();

const CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const FIXED_TIME = '2026-01-15T10:20:30.000Z';
const TX_ID = '0190f1a2-b3c4-7d5e-8f60-718293a4b5c6';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer(() => ({
    status: 200,
    headers: { 'content-type': 'application/x-amz-json-1.0' },
    body: '{}',
  }));
});
afterAll(async () => {
  await server.close();
});

/** Section name of a token: `os/linux#6.1` -> `os`, `md/nodejs#20` -> `md/nodejs`, `aws-sdk-js/3` -> product. */
const sectionOf = (token: string, product: string): string =>
  token.startsWith(`${product}/`) ? 'product' : token.split('#')[0]!.replace(/^(os|api|app|m)\/.*/, '$1');

const signedHeaders = (authorization: string | undefined): string[] =>
  /SignedHeaders=([^,\s]+)/.exec(authorization ?? '')?.[1]?.split(';') ?? [];

describe('user agent, ours beside the official client', () => {
  it('has the official structure and tokens, naming us, the MCP client and the transaction', async () => {
    const model = loadServiceModel('dynamodb');
    const input = { TableName: 't' };
    server.take();
    await invokeOperation({
      env,
      model,
      op: model.operation('DescribeTable')!,
      input,
      region: 'us-east-1',
      credentials: CREDENTIALS,
      endpointUrl: server.url,
      signingDate: new Date(FIXED_TIME),
      maxAttempts: 1,
      userAgent: {
        product: { name: 'aws-tool-mcp', version: '0.1.0' },
        client: { name: 'claude-code', version: '2.1.0' },
        txId: TX_ID,
        appId: 'my-app',
      },
    });
    const [ours] = server.take();
    await runOfficialClient({
      pkg: '@aws-sdk/client-dynamodb',
      client: 'DynamoDBClient',
      command: 'DescribeTableCommand',
      input,
      region: 'us-east-1',
      endpoint: server.url,
      credentials: CREDENTIALS,
      fixedTime: FIXED_TIME,
      config: { userAgentAppId: 'my-app' },
    });
    const [official] = server.take();
    const ourTokens = ours!.headers['user-agent']!.split(' ');
    const theirTokens = official!.headers['user-agent']!.split(' ');

    // Same sections in the same order; ours adds the client and transaction, theirs its features.
    const sections = (tokens: string[], product: string) => [
      ...new Set(tokens.map((t) => sectionOf(t, product))),
    ];
    expect(sections(ourTokens, 'aws-tool-mcp')).toEqual([
      'product',
      'ua/2.1',
      'os',
      'lang/js',
      'md/nodejs',
      'api',
      'md/mcp-client',
      'md/tx_id',
      'app',
    ]);
    expect(sections(theirTokens, 'aws-sdk-js').filter((s) => s !== 'm')).toEqual([
      'product',
      'ua/2.1',
      'os',
      'lang/js',
      'md/nodejs',
      'api',
      'app',
    ]);
    // The language, OS and runtime tokens are the official client's, byte for byte.
    for (const section of ['ua/2.1', 'os', 'lang/js', 'md/nodejs', 'app']) {
      const pick = (tokens: string[], product: string) =>
        tokens.filter((t) => sectionOf(t, product) === section);
      expect([...new Set(pick(ourTokens, 'aws-tool-mcp'))]).toEqual([
        ...new Set(pick(theirTokens, 'aws-sdk-js')),
      ]);
    }
    expect(ourTokens[0]).toBe('aws-tool-mcp/0.1.0');
    expect(ourTokens).toContain('api/dynamodb#2012-08-10');
    expect(theirTokens.some((t) => t.startsWith('api/dynamodb#'))).toBe(true);
    expect(ourTokens).toContain('md/mcp-client#claude-code_2.1.0');
    expect(ourTokens).toContain(`md/tx_id#${TX_ID}`);

    // x-amz-user-agent: the product token alone, signed, as the official client sends its own.
    expect(official!.headers['x-amz-user-agent']).toMatch(/^aws-sdk-js\/[0-9.]+$/);
    expect(ours!.headers['x-amz-user-agent']).toBe('aws-tool-mcp/0.1.0');
    for (const name of ['user-agent', 'x-amz-user-agent']) {
      expect(signedHeaders(ours!.headers.authorization).includes(name), name).toBe(
        signedHeaders(official!.headers.authorization).includes(name),
      );
    }
    expect(signedHeaders(ours!.headers.authorization)).toContain('x-amz-user-agent');
  });
});

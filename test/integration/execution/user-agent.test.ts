// The user agent a call sends: the SDK's token format, and nothing a client names itself can
// break out of its own token (a space would start a new one, and CloudTrail searches by token).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUserAgentPair, userAgentHeaders } from '../../../src/execution/user-agent.js';
import { loadServiceModel } from '../../helpers/models.js';

const TOKEN = /^[!$%&'*+\-.^_`|~\w/#]+$/;

describe('user-agent tokens', () => {
  it('formats pairs as the AWS SDKs do', () => {
    expect(formatUserAgentPair(['aws-tool-mcp', '0.1.0'])).toBe('aws-tool-mcp/0.1.0');
    expect(formatUserAgentPair(['ua', '2.1'])).toBe('ua/2.1');
    expect(formatUserAgentPair(['os/linux', '6.1.0-1'])).toBe('os/linux#6.1.0-1');
    expect(formatUserAgentPair(['lang/js'])).toBe('lang/js');
    expect(formatUserAgentPair(['api/CloudWatch Logs', '2014-03-28'])).toBe('api/cloudwatch-logs#2014-03-28');
    expect(formatUserAgentPair(['md/mcp-client', 'Claude Desktop_1.0 (beta)'])).toBe(
      'md/mcp-client#Claude-Desktop_1.0--beta-',
    );
  });

  it('keeps any client name inside one token', async () => {
    const s3 = loadServiceModel('s3');
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }),
        fc.string(),
        fc.string({ maxLength: 50 }),
        async (name, version, appId) => {
          const headers = await userAgentHeaders(
            {
              product: { name: 'aws-tool-mcp', version: '0.1.0' },
              client: { name, version },
              txId: 'tx-1',
              appId,
            },
            s3,
          );
          const tokens = headers['user-agent'].split(' ');
          for (const t of tokens) expect(t).toMatch(TOKEN);
          expect(tokens[0]).toBe('aws-tool-mcp/0.1.0');
          expect(tokens.filter((t) => t.startsWith('md/tx_id#'))).toEqual(['md/tx_id#tx-1']);
          expect(tokens.filter((t) => t.startsWith('md/mcp-client#'))).toHaveLength(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('sends the standard sections and names the service by its API version', async () => {
    const headers = await userAgentHeaders(
      { product: { name: 'aws-tool-mcp', version: '0.1.0' } },
      loadServiceModel('s3'),
    );
    const tokens = headers['user-agent'].split(' ');
    expect(tokens.slice(0, 2)).toEqual(['aws-tool-mcp/0.1.0', 'ua/2.1']);
    expect(tokens).toContain('lang/js');
    expect(tokens).toContain(`md/nodejs#${process.versions.node}`);
    expect(tokens).toContain('api/s3#2006-03-01');
    expect(tokens.some((t) => t.startsWith('os/'))).toBe(true);
    expect(tokens.some((t) => t.startsWith('md/mcp-client') || t.startsWith('app/'))).toBe(false);
    expect(headers['x-amz-user-agent']).toBe('aws-tool-mcp/0.1.0');
  });
});

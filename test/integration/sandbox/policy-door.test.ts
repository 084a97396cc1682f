// The door is the policy: a script that builds a denied operation's name from pieces is stopped by
// the same decide() a single call meets, and nothing denied is sent. The host here is the real
// catalog and a real policy (no stand-in); "sent" is what would have gone to AWS.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import { ToolError } from '../../../src/errors/tool-error.js';
import { decide } from '../../../src/policy/decide.js';
import { parsePolicy } from '../../../src/policy/load.js';
import type { Policy } from '../../../src/policy/types.js';
import { runScript } from '../../../src/sandbox/run-script.js';
import type { InnerCall, ScriptHost } from '../../../src/sandbox/types.js';
import { openBundleCatalog } from '../catalog/bundle-catalog.js';

let catalog: Catalog;
let policy: Policy;
beforeAll(async () => {
  catalog = await openBundleCatalog();
  policy = parsePolicy(
    'version: 1\nmode: standard\nrules:\n  deny: ["^iam:Delete.*", "s3:DeleteBucket"]\n',
    catalog,
  );
});

class PolicyHost implements ScriptHost {
  readonly sent: string[] = [];

  async call(req: InnerCall): Promise<unknown> {
    const resolved = catalog.resolveOperation(req.service, req.operation);
    const decision = decide(policy, {
      service: resolved.service,
      operation: resolved.operation,
      region: 'us-east-1',
    });
    if (decision.effect === 'deny')
      throw new ToolError('PolicyDenied', decision.reason, { details: { rule: decision.rule } });
    this.sent.push(`${resolved.service.id}:${resolved.operation.name}`);
    return {};
  }

  async regions(): Promise<readonly string[]> {
    return ['us-east-1'];
  }
}

describe('a denied operation reached through string building', () => {
  it('is denied by the policy inside the script, and never sent', async () => {
    const host = new PolicyHost();
    const { value } = await runScript({
      source: `const verb = ["De", "le", "te"].join("");
        const svc = String.fromCharCode(105, 97, 109);
        const tries = [[svc, verb + "User"], ["s3", verb + "Bucket"], ["s3", "delete-bucket"], ["S3", "deletebucket"],
          [svc, "ListUsers"]];
        const out = [];
        for (const [s, o] of tries) out.push(await aws.call(s, o, {}).then(() => "sent", e => e.code));
        return out;`,
      host,
    });
    expect(value).toEqual(['PolicyDenied', 'PolicyDenied', 'PolicyDenied', 'PolicyDenied', 'sent']);
    expect(host.sent).toEqual(['iam:ListUsers']);
  });

  it('an uncaught denial stops the script with the denial as its cause', async () => {
    const host = new PolicyHost();
    const e = await runScript({
      source: 'await aws.call("iam", "Delete" + "Role", {}); await aws.call("iam", "ListRoles", {});',
      host,
    }).then(
      () => undefined,
      (err: unknown) => err as ToolError,
    );
    expect(e?.details).toMatchObject({ reason: 'error', error: { code: 'PolicyDenied' } });
    expect(host.sent).toEqual([]);
  });
});

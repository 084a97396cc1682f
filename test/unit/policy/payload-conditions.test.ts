// required_tags found through the models of several services, conditions on payload paths, the
// rate limiter, and the STS session policy (with its size limit).

import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import { isToolError, type ToolError } from '../../../src/errors/tool-error.js';
import type { Principal } from '../../../src/identity/principal.js';
import { effectivePolicy } from '../../../src/policy/identities.js';
import { parsePolicy, PolicyLoadError } from '../../../src/policy/load.js';
import { checkPayloadConditions, payloadDenial } from '../../../src/policy/payload-conditions.js';
import { MemoryRateCounters, RateLimiter } from '../../../src/policy/rate-limit.js';
import { sessionPolicy, STS_INLINE_POLICY_MAX_CHARS } from '../../../src/policy/session-policy.js';
import { sessionIdentity } from '../../../src/policy/session-identity.js';
import { tagLocations } from '../../../src/policy/tag-locations.js';
import { openBundleCatalog } from '../catalog/bundle-catalog.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await openBundleCatalog();
});

async function call(name: string) {
  const [svc, op] = name.split(':') as [string, string];
  const { service, operation } = catalog.resolveOperation(svc, op);
  const model = await catalog.loadModel(service.id);
  return { service, operation, model, op: model.operation(operation.name)! };
}

const policy = (body: string) => parsePolicy(`version: 1\nmode: standard\n${body}`, catalog);
const person: Principal = { source: 'oauth', subject: 'u1', issuer: 'https://idp', groups: ['dev'] };

describe('required_tags: wherever the model puts tags', () => {
  const p = () => policy('required_tags:\n  - { key: "^team$", value: "^(web|data)$" }\n');
  it.each([
    [
      'ec2:RunInstances',
      { TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'team', Value: 'web' }] }] },
    ],
    ['dynamodb:CreateTable', { Tags: [{ Key: 'team', Value: 'data' }] }],
    ['lambda:CreateFunction', { Tags: { team: 'web' } }],
    ['s3:PutObject', { Bucket: 'b', Key: 'k', Tagging: 'env=dev&team=web' }],
    ['s3:PutBucketTagging', { Bucket: 'b', Tagging: { TagSet: [{ Key: 'team', Value: 'web' }] } }],
    ['sqs:CreateQueue', { QueueName: 'q', tags: { team: 'data' } }],
  ])('%s passes with the tag and is denied, naming it, without', async (name, tagged) => {
    const c = await call(name);
    expect(tagLocations(c.model, c.op).length).toBeGreaterThan(0);
    expect(payloadDenial(p(), c, tagged)).toBeUndefined();
    const denial = payloadDenial(p(), c, {
      ...tagged,
      Tags: undefined,
      TagSpecifications: undefined,
      Tagging: undefined,
      tags: undefined,
    });
    expect(denial).toMatchObject({ rule: 'required_tags[0]' });
    expect(denial!.reason).toContain("key matches '^team$'");
  });

  it('a wrong value is denied; reads and deletes are not tag calls', async () => {
    const c = await call('dynamodb:CreateTable');
    expect(payloadDenial(p(), c, { Tags: [{ Key: 'team', Value: 'ops' }] })).toBeDefined();
    expect(payloadDenial(p(), await call('ec2:DeleteTags'), {})).toBeUndefined();
    expect(payloadDenial(p(), await call('s3:ListBuckets'), {})).toBeUndefined();
  });
});

describe('conditions on payload members', () => {
  const p = () =>
    policy(
      'conditions:\n' +
        '  - { operation: "s3:(Put|Delete)Object", where: { Bucket: "^dev-" } }\n' +
        '  - { operation: "^ec2:RunInstances$", where: { InstanceType: "^t3\\\\.", "TagSpecifications.*.ResourceType": "^instance$" } }\n',
    );
  it('allows only matching values, names the condition, and a missing member fails', async () => {
    const put = await call('s3:PutObject');
    expect(payloadDenial(p(), put, { Bucket: 'dev-x', Key: 'k' })).toBeUndefined();
    expect(payloadDenial(p(), put, { Bucket: 'prod', Key: 'k' })).toMatchObject({ rule: 'conditions[0]' });
    const run = await call('ec2:RunInstances');
    expect(payloadDenial(p(), run, { InstanceType: 't3.micro' })!.reason).toContain(
      'TagSpecifications.*.ResourceType is missing',
    );
    const e = (() => {
      try {
        checkPayloadConditions(p(), person, run, { InstanceType: 'm5.large' });
      } catch (err) {
        return err as ToolError;
      }
    })();
    expect(e?.code).toBe('PolicyDenied');
    expect(e?.message).toContain("InstanceType matches '^t3\\.'");
  });

  it('per identity too, on top of the base', async () => {
    const q = policy(
      'conditions: [{ operation: "^s3:PutObject$", where: { Key: "^a" } }]\n' +
        'identities:\n  - match: { groups: [dev] }\n    conditions: [{ operation: "^s3:PutObject$", where: { Bucket: "^dev-" } }]\n',
    );
    const put = await call('s3:PutObject');
    expect(payloadDenial(effectivePolicy(q, person), put, { Bucket: 'prod', Key: 'a' })).toMatchObject({
      rule: 'identities[0].conditions[0]',
    });
    expect(payloadDenial(effectivePolicy(q, person), put, { Bucket: 'dev-1', Key: 'b' })).toMatchObject({
      rule: 'conditions[0]',
    });
  });
});

describe('rate limits', () => {
  it('counts calls and writes per person per minute; over the limit says when to retry', async () => {
    let now = 60_000 * 100 + 15_000;
    const limiter = new RateLimiter(new MemoryRateCounters(() => now), () => now);
    const limits = { callsPerMinute: 3, writesPerMinute: 1 };
    await limiter.count(person, limits, 'write');
    const write = await limiter.count(person, limits, 'destructive').catch((e: unknown) => e);
    expect(isToolError(write) && write.code).toBe('RateLimited');
    expect((write as ToolError).details).toMatchObject({ retryAfterSeconds: 45, limit: 'writes' });
    const other = { ...person, subject: 'u2' };
    await limiter.count(other, limits, 'write'); // another person has their own counters
    await limiter.count(person, limits, 'read'); // the third call this minute
    await expect(limiter.count(person, limits, 'read')).rejects.toMatchObject({ code: 'RateLimited' });
    now += 45_000; // the next minute
    await limiter.count(person, limits, 'read');
  });

  it('limits calls in flight and gives the slot back once', async () => {
    const limiter = new RateLimiter(new MemoryRateCounters());
    const leave = await limiter.enter(person, { concurrentCalls: 1 });
    await expect(limiter.enter(person, { concurrentCalls: 1 })).rejects.toMatchObject({
      code: 'RateLimited',
    });
    await leave();
    await leave();
    const again = await limiter.enter(person, { concurrentCalls: 1 });
    await expect(limiter.enter(person, { concurrentCalls: 1 })).rejects.toMatchObject({
      code: 'RateLimited',
    });
    await again();
  });
});

describe('session policy', () => {
  const role = 'role: arn:aws:iam::123456789012:role/r\n';
  it('standard: allows only the allowed services by IAM prefix, denies denied ones', () => {
    const p = effectivePolicy(
      policy(
        `services: { denylist: [iam] }\nidentities:\n  - match: { groups: [dev] }\n    ${role}    services: { allowlist: [stepfunctions, logs, s3, iam] }\n`,
      ),
      person,
    );
    const s = sessionPolicy(p, catalog);
    expect(JSON.parse(s.policy!)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['logs:*', 's3:*', 'states:*'], Resource: '*' }],
    });
    expect(s.policyArns).toEqual([]);
    const open = sessionPolicy(policy('services: { denylist: [iam, sts] }\n'), catalog);
    expect(JSON.parse(open.policy!).Statement).toEqual([
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: ['iam:*', 'sts:*'], Resource: '*' },
    ]);
  });

  it('read-only: the managed ReadOnlyAccess policy, narrowed to the allowed services', () => {
    const p = effectivePolicy(
      policy(
        `identities:\n  - match: { groups: [dev] }\n    mode: read-only\n    ${role}    services: { allowlist: [s3] }\n`,
      ),
      person,
    );
    const s = sessionPolicy(p, catalog);
    expect(s.policyArns).toEqual([{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }]);
    expect(JSON.parse(s.policy!).Statement).toEqual([{ Effect: 'Deny', NotAction: ['s3:*'], Resource: '*' }]);
  });

  it('over the STS size limit: the policy is refused at load, naming the identity line', () => {
    const all = catalog
      .services()
      .slice(0, 400)
      .map((s) => s.id);
    const text = `version: 1\nmode: standard\nidentities:\n  - match: { groups: [dev] }\n    ${role}    services: { allowlist: [${all.join(', ')}] }\n`;
    let error: unknown;
    try {
      parsePolicy(text, catalog);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyLoadError);
    expect((error as PolicyLoadError).problems[0]).toMatchObject({ line: 4 });
    expect((error as Error).message).toContain(`over STS's limit of ${STS_INLINE_POLICY_MAX_CHARS}`);
    // Without a role no session policy is sent, so the same lists load.
    expect(() => parsePolicy(text.replace(`    ${role}`, ''), catalog)).not.toThrow();
  });
});

describe('session identity for AssumeRole', () => {
  it("names the person within STS's character sets and lengths", () => {
    const long = { ...person, email: `${'x'.repeat(80)}@example.com`, groups: ['dev', 'ops/eu'] };
    const s = sessionIdentity(long);
    for (const v of [s.sourceIdentity, s.roleSessionName]) {
      expect(v).toMatch(/^[\w+=,.@-]{2,64}$/);
    }
    expect(s.roleSessionName.startsWith('mcp-xxx')).toBe(true);
    expect(s.tags).toEqual([
      { Key: 'mcp:sub', Value: 'u1' },
      { Key: 'mcp:groups', Value: 'dev ops/eu' },
    ]);
    expect(sessionIdentity({ ...long, issuer: 'https://other' }).sourceIdentity).not.toBe(s.sourceIdentity);
  });
});

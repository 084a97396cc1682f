// The invariant of identities: for random base policies, identity rules, calls and payloads, the
// decision for the matched person is never more permissive than the base decision, a payload the
// base refuses is refused for them too, and their rate limits are never higher.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import type { Principal } from '../../../src/identity/principal.js';
import { decide } from '../../../src/policy/decide.js';
import { effectivePolicy } from '../../../src/policy/identities.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { payloadDenial } from '../../../src/policy/payload-conditions.js';
import type { Decision } from '../../../src/policy/types.js';
import { openBundleCatalog } from '../catalog/bundle-catalog.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await openBundleCatalog();
});

const SERVICES = ['s3', 'dynamodb', 'lambda', 'ec2', 'iam'];
const RULES = ['^s3:.*', '^.*:Delete.*', 'Put', '^ec2:RunInstances$', '^dynamodb:(Get|Put)Item$', 'List'];
const TIERS = ['read', 'sensitive-read', 'write'];
const CALLS = [
  's3:PutObject',
  's3:DeleteObject',
  's3:ListBuckets',
  's3:CreateBucket',
  'dynamodb:PutItem',
  'dynamodb:DeleteTable',
  'dynamodb:CreateTable',
  'lambda:CreateFunction',
  'ec2:RunInstances',
  'ec2:DescribeInstances',
  'iam:CreateUser',
  'iam:GetUser',
];
const PAYLOADS = [
  {},
  { Bucket: 'dev-a', Key: 'k', Tagging: 'team=web' },
  { Bucket: 'prod', Key: 'k' },
  {
    InstanceType: 't3.micro',
    TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'team', Value: 'web' }] }],
  },
  { TableName: 't', Tags: [{ Key: 'team', Value: 'data' }] },
  { FunctionName: 'f', Tags: { team: 'web' } },
];
const CONDITIONS = [
  '{ operation: "^s3:(Put|Delete)Object$", where: { Bucket: "^dev-" } }',
  '{ operation: "^ec2:RunInstances$", where: { InstanceType: "^t3\\\\." } }',
];
const TAGS = ['{ key: "^team$" }', '{ key: "^team$", value: "^web$" }', '{ key: "^cost$" }'];

const list = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
const section = fc.record({
  mode: fc.option(fc.constantFrom('read-only', 'standard'), { nil: undefined }),
  allow: fc.option(fc.subarray(SERVICES, { minLength: 1 }), { nil: undefined }),
  deny: fc.subarray(SERVICES, { maxLength: 2 }),
  ruleAllow: fc.option(fc.subarray(RULES, { minLength: 1 }), { nil: undefined }),
  ruleDeny: fc.subarray(RULES, { maxLength: 2 }),
  requireFor: fc.subarray(TIERS),
  approval: fc.option(fc.constantFrom('elicit-or-token', 'token', 'out-of-band'), { nil: undefined }),
  conditions: fc.subarray(CONDITIONS),
  tags: fc.subarray(TAGS),
  calls: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  writes: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
});
type Section = typeof section extends fc.Arbitrary<infer T> ? T : never;

function yaml(s: Section, indent: string): string {
  const lines = [
    s.mode && `mode: ${s.mode}`,
    `services: { ${s.allow ? `allowlist: ${list(s.allow)}, ` : ''}denylist: ${list(s.deny)} }`,
    `rules: { ${s.ruleAllow ? `allow: ${list(s.ruleAllow)}, ` : ''}deny: ${list(s.ruleDeny)} }`,
    `approval: { require_for: ${list(s.requireFor)}${s.approval ? `, mode: ${s.approval}` : ''} }`,
    s.conditions.length ? `conditions: [${s.conditions.join(', ')}]` : undefined,
    s.tags.length ? `required_tags: [${s.tags.join(', ')}]` : undefined,
    s.calls || s.writes
      ? `rate_limits: { ${[s.calls && `calls_per_minute: ${s.calls}`, s.writes && `writes_per_minute: ${s.writes}`].filter(Boolean).join(', ')} }`
      : undefined,
  ];
  return lines
    .filter(Boolean)
    .map((l) => `${indent}${l}\n`)
    .join('');
}

const RANK: Record<Decision['effect'], number> = { deny: 0, confirm: 1, allow: 2 };
const dev: Principal = { source: 'oauth', subject: 'u1', issuer: 'https://idp', groups: ['dev'] };

describe('identities only narrow', () => {
  it('never more permissive than the base policy: decision, payload checks, rate limits', async () => {
    const models = new Map<string, Awaited<ReturnType<Catalog['loadModel']>>>();
    for (const s of new Set(CALLS.map((c) => c.split(':')[0]!))) models.set(s, await catalog.loadModel(s));
    fc.assert(
      fc.property(
        section,
        section,
        fc.constantFrom(...CALLS),
        fc.constantFrom(...PAYLOADS),
        (b, i, name, payload) => {
          const text = `version: 1\n${yaml(b, '')}identities:\n  - match: { groups: [dev] }\n${yaml(i, '    ').replace(/^ {4}/, '    ')}`;
          const base = parsePolicy(text, catalog);
          const person = effectivePolicy(base, dev);
          const [svc, opName] = name.split(':') as [string, string];
          const { service, operation } = catalog.resolveOperation(svc, opName);
          const req = { service, operation, region: 'us-east-1' };
          const before = decide(base, req);
          const after = decide(base, { ...req, principal: dev });
          expect(RANK[after.effect]).toBeLessThanOrEqual(RANK[before.effect]);
          const model = models.get(svc)!;
          const call = { service, operation, model, op: model.operation(operation.name)! };
          if (payloadDenial(base, call, payload)) expect(payloadDenial(person, call, payload)).toBeDefined();
          for (const k of ['callsPerMinute', 'writesPerMinute', 'concurrentCalls'] as const) {
            const limit = base.rateLimits?.[k];
            if (limit !== undefined) expect(person.rateLimits?.[k]).toBeLessThanOrEqual(limit);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

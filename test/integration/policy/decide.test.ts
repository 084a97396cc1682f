// decide() against the real catalog: the documented order, spelling-proof matching, and the
// invariants as properties over random policies and real operations.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, OperationEntry, ServiceEntry } from '../../../src/catalog/types.js';
import { decide, explain } from '../../../src/policy/decide.js';
import { defaultPolicy } from '../../../src/policy/default-policy.js';
import { parsePolicy } from '../../../src/policy/load.js';
import type { Decision } from '../../../src/policy/types.js';
import { openBundleCatalog } from '../catalog/bundle-catalog.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await openBundleCatalog();
});

function req(
  name: string,
  extra: { region?: string; profile?: string; roleArn?: string; account?: string } = {},
) {
  const [svc, op] = name.split(':') as [string, string];
  const r = catalog.resolveOperation(svc, op);
  return { service: r.service, operation: r.operation, region: 'us-east-1', ...extra };
}

function policy(body: string) {
  return parsePolicy(`version: 1\n${body}`, catalog);
}

describe('decide: the documented order', () => {
  it('read-only mode denies non-reads whatever the rules say', () => {
    const p = policy('mode: read-only\nrules:\n  allow: [".*"]\n');
    expect(decide(p, req('s3:DeleteBucket'))).toMatchObject({ effect: 'deny', rule: 'mode' });
    expect(decide(p, req('s3:PutObject'))).toMatchObject({ effect: 'deny', rule: 'mode' });
    expect(decide(p, req('s3:ListBuckets'))).toMatchObject({ effect: 'allow', risk: 'read' });
  });

  it('service denylist beats the allowlist; outside the allowlist is denied', () => {
    const p = policy('mode: standard\nservices:\n  allowlist: [s3, iam]\n  denylist: [iam]\n');
    expect(decide(p, req('iam:ListUsers'))).toMatchObject({ effect: 'deny', rule: 'services.denylist' });
    expect(decide(p, req('lambda:ListFunctions'))).toMatchObject({
      effect: 'deny',
      rule: 'services.allowlist',
    });
    expect(decide(p, req('s3:ListBuckets')).effect).toBe('allow');
  });

  it('a deny rule beats an allow rule; with allow rules an operation must match one', () => {
    const p = policy('mode: standard\nrules:\n  allow: ["^s3:.*"]\n  deny: ["^Delete.*"]\n');
    expect(decide(p, req('s3:DeleteObject'))).toMatchObject({ effect: 'deny', rule: 'rules.deny[0]' });
    expect(decide(p, req('lambda:ListFunctions'))).toMatchObject({ effect: 'deny', rule: 'rules.allow' });
    expect(decide(p, req('s3:GetObject')).effect).toBe('allow');
  });

  it('regions allowlist; an unknown region fails closed except in previews', () => {
    const p = policy('mode: standard\nregions: [eu-west-1]\n');
    expect(decide(p, req('s3:ListBuckets', { region: 'us-east-1' }))).toMatchObject({ rule: 'regions' });
    expect(decide(p, req('s3:ListBuckets', { region: 'eu-west-1' })).effect).toBe('allow');
    expect(decide(p, { ...req('s3:ListBuckets'), region: undefined })).toMatchObject({ effect: 'deny' });
    expect(decide(p, { ...req('s3:ListBuckets'), region: undefined, preview: true }).effect).toBe('allow');
  });

  it('profiles, roles and accounts allowlists', () => {
    const p = policy(
      "mode: standard\nprofiles: [prod-ro]\nroles: ['arn:aws:iam::111122223333:role/mcp-*']\naccounts: ['111122223333']\n",
    );
    const ok = { profile: 'prod-ro', account: '111122223333' };
    expect(decide(p, req('s3:ListBuckets', ok)).effect).toBe('allow');
    expect(decide(p, req('s3:ListBuckets', { ...ok, profile: 'admin' }))).toMatchObject({ rule: 'profiles' });
    expect(decide(p, req('s3:ListBuckets', { account: ok.account }))).toMatchObject({ rule: 'profiles' });
    expect(
      decide(p, req('s3:ListBuckets', { ...ok, roleArn: 'arn:aws:iam::111122223333:role/mcp-reader' }))
        .effect,
    ).toBe('allow');
    expect(
      decide(p, req('s3:ListBuckets', { ...ok, roleArn: 'arn:aws:iam::111122223333:role/admin' })),
    ).toMatchObject({ rule: 'roles' });
    expect(decide(p, req('s3:ListBuckets', { ...ok, account: '999999999999' }))).toMatchObject({
      rule: 'accounts',
    });
    expect(decide(p, req('s3:ListBuckets', { profile: 'prod-ro' }))).toMatchObject({ rule: 'accounts' });
  });

  it('destructive operations need approval; require_for adds tiers; destructive_patterns raise risk', () => {
    const p = policy(
      'mode: standard\ndestructive_patterns: ["^sqs:PurgeQueue$"]\napproval:\n  require_for: [sensitive-read]\n',
    );
    expect(decide(p, req('s3:DeleteBucket'))).toMatchObject({
      effect: 'confirm',
      requiredFor: 'destructive',
    });
    expect(decide(p, req('secretsmanager:GetSecretValue'))).toMatchObject({
      effect: 'confirm',
      requiredFor: 'sensitive-read',
    });
    expect(decide(p, req('sqs:PurgeQueue'))).toMatchObject({ effect: 'confirm', risk: 'destructive' });
    expect(decide(p, req('s3:PutObject')).effect).toBe('allow');
  });

  it('the built-in default is read-only and asks before revealing secrets', () => {
    const p = defaultPolicy();
    expect(decide(p, req('s3:ListBuckets')).effect).toBe('allow');
    expect(decide(p, req('s3:PutObject'))).toMatchObject({ effect: 'deny', rule: 'mode' });
    expect(decide(p, req('secretsmanager:GetSecretValue')).effect).toBe('confirm');
  });

  it('deny rules match aliases and CLI spellings, not just the canonical form', () => {
    for (const rule of [
      '^(cloudwatch-logs):DeleteLogGroup$',
      '^cloudwatchlogs:.*',
      '^logs:delete-log-group$',
      'delete-log-group',
    ]) {
      const p = policy(`mode: standard\nrules:\n  deny: ['${rule}']\n`);
      expect(decide(p, req('logs:DeleteLogGroup')), rule).toMatchObject({
        effect: 'deny',
        rule: 'rules.deny[0]',
      });
    }
  });

  it('explain lists every step up to the decision', () => {
    const p = policy('mode: standard\nrules:\n  deny: ["^Delete.*"]\n');
    const { decision, steps } = explain(p, req('s3:DeleteBucket'));
    expect(decision.effect).toBe('deny');
    expect(steps.map((s) => s.step)).toEqual([
      'mode',
      'services.denylist',
      'services.allowlist',
      'rules.deny[0]',
    ]);
  });
});

// ---- properties over random policies ---------------------------------------------------------

const SERVICES = ['s3', 'lambda', 'iam', 'logs', 'dynamodb', 'sqs', 'secretsmanager', 'ec2'];
const PREFIXES = [
  'Get',
  'List',
  'Delete',
  'Put',
  'Create',
  'Describe',
  'Update',
  'Invoke',
  'Send',
  'Tag',
  '',
];
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-south-1'];

interface RuleSpec {
  svc?: string;
  prefix: string;
}
interface Spec {
  mode: 'read-only' | 'standard';
  allowlist: string[];
  denylist: string[];
  deny: RuleSpec[];
  allow?: RuleSpec[];
  destructive: RuleSpec[];
  requireFor: string[];
  regions?: string[];
}

const ruleArb = fc.record(
  { svc: fc.constantFrom(...SERVICES), prefix: fc.constantFrom(...PREFIXES) },
  { requiredKeys: ['prefix'] },
);
const specArb: fc.Arbitrary<Spec> = fc.record(
  {
    mode: fc.constantFrom('read-only' as const, 'standard' as const),
    allowlist: fc.subarray(SERVICES),
    denylist: fc.subarray(SERVICES, { maxLength: 3 }),
    deny: fc.array(ruleArb, { maxLength: 3 }),
    allow: fc.array(ruleArb, { maxLength: 4 }),
    destructive: fc.array(ruleArb, { maxLength: 2 }),
    requireFor: fc.subarray(['write', 'sensitive-read']),
    regions: fc.subarray(REGIONS, { minLength: 1 }),
  },
  { requiredKeys: ['mode', 'allowlist', 'denylist', 'deny', 'destructive', 'requireFor'] },
);

/** Names usable for a service in YAML and in a rule's literal prefix: the id and its plain aliases. */
function spellings(id: string): string[] {
  const svc = catalog.findService(id) as ServiceEntry;
  return [svc.id, ...svc.aliases.filter((a) => /^[a-z0-9-]+$/.test(a))];
}

function render(spec: Spec, name: (id: string) => string): string {
  const list = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  const rules = (rs: RuleSpec[]) => list(rs.map((r) => `^${r.svc ? `${name(r.svc)}:` : ''}${r.prefix}.*`));
  return [
    `mode: ${spec.mode}`,
    'services:',
    `  allowlist: ${list(spec.allowlist.map(name))}`,
    `  denylist: ${list(spec.denylist.map(name))}`,
    'rules:',
    `  deny: ${rules(spec.deny)}`,
    ...(spec.allow ? [`  allow: ${rules(spec.allow)}`] : []),
    `destructive_patterns: ${rules(spec.destructive)}`,
    'approval:',
    `  require_for: ${list(spec.requireFor)}`,
    ...(spec.regions ? [`regions: ${list(spec.regions)}`] : []),
    '',
  ].join('\n');
}

const matches = (r: RuleSpec, op: OperationEntry) =>
  (!r.svc || r.svc === op.service) && op.name.startsWith(r.prefix);

describe('decide: properties', () => {
  let opArb: fc.Arbitrary<OperationEntry>;
  beforeAll(() => {
    // Service first, so EC2's 675 operations do not crowd out the services that have aliases.
    opArb = fc.constantFrom(...SERVICES).chain((s) => fc.constantFrom(...catalog.operationsOf(s)));
  });
  const callArb = () => fc.record({ op: opArb, region: fc.constantFrom(...REGIONS) });
  const run = (spec: Spec, op: OperationEntry, region: string, name = (id: string) => id): Decision =>
    decide(policy(render(spec, name)), {
      service: catalog.findService(op.service)!,
      operation: op,
      region,
    });

  it('deny always wins: a denied service or a matching deny rule is never allowed or confirmed', () => {
    fc.assert(
      fc.property(specArb, callArb(), (spec, { op, region }) => {
        const d = run(spec, op, region);
        const denied =
          spec.denylist.includes(op.service) ||
          (spec.allowlist.length > 0 && !spec.allowlist.includes(op.service)) ||
          spec.deny.some((r) => matches(r, op));
        if (denied) expect(d.effect).toBe('deny');
        if (spec.allow && !spec.allow.some((r) => matches(r, op))) expect(d.effect).toBe('deny');
        if (spec.regions && !spec.regions.includes(region)) expect(d.effect).toBe('deny');
      }),
      { numRuns: 400 },
    );
  });

  it('read-only mode never allows or confirms a non-read', () => {
    fc.assert(
      fc.property(specArb, callArb(), (spec, { op, region }) => {
        const d = run({ ...spec, mode: 'read-only' }, op, region);
        if (d.effect !== 'deny') {
          expect(['read', 'sensitive-read']).toContain(op.risk);
          expect(spec.destructive.some((r) => matches(r, op))).toBe(false);
        }
        if (!['read', 'sensitive-read'].includes(op.risk))
          expect(d).toMatchObject({ effect: 'deny', rule: 'mode' });
      }),
      { numRuns: 300 },
    );
  });

  it('an operation outside the service allowlist never runs', () => {
    fc.assert(
      fc.property(specArb, callArb(), (spec, { op, region }) => {
        fc.pre(spec.allowlist.length > 0 && !spec.allowlist.includes(op.service));
        expect(run(spec, op, region).effect).toBe('deny');
      }),
      { numRuns: 200 },
    );
  });

  it('a policy written with aliases decides exactly like the same policy with canonical ids', () => {
    fc.assert(
      fc.property(specArb, callArb(), fc.nat(), (spec, { op, region }, seed) => {
        let k = seed;
        const alias = (id: string) => {
          const names = spellings(id);
          return names[k++ % names.length]!;
        };
        expect(run(spec, op, region, alias)).toEqual(run(spec, op, region));
      }),
      { numRuns: 300 },
    );
  });

  it('destructive operations are never allowed without a human yes', () => {
    fc.assert(
      fc.property(specArb, callArb(), (spec, { op, region }) => {
        const d = run(spec, op, region);
        if (op.risk === 'destructive' || spec.destructive.some((r) => matches(r, op))) {
          expect(d.effect).not.toBe('allow');
        }
      }),
      { numRuns: 300 },
    );
  });
});

// Every `smithy.rules#endpointTests` case of every model in the bundle, through our endpoint code.
// Failures must be listed, with their cause, in endpoint-tests.known-gaps.json; a listed case that
// starts passing fails the run too, so the list never goes stale.
// Regenerate the list after an SDK or model upgrade: UPDATE_ENDPOINT_GAPS=1 npx vitest run <this file>

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runModelCases, type CaseResult } from './endpoint-tests-cases.js';
import { bundleModelFiles } from '../helpers/models.js';

const GAPS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'endpoint-tests.known-gaps.json');
const MIN_PASSING = 13_600;

interface GapGroup {
  cause: string;
  reason: string;
  cases: string[];
}

/** Why a case fails, decided from what we resolved; anything unrecognised needs a human. */
const CAUSES: Array<{ cause: string; reason: string; matches: (r: CaseResult) => boolean }> = [
  {
    cause: 'isolated-partition-now-supports-fips-dualstack',
    reason:
      "The test expects the isolated partitions (aws-iso*, us-isof, eu-isoe) to reject FIPS or dual-stack; the SDK's newer partition data says they support both, so the rules resolve an endpoint.",
    matches: (r) => r.detail.startsWith('expected an error') && ISO_HOST.test(r.detail),
  },
  {
    cause: 'isolated-partition-dns-suffix-changed',
    reason:
      "The test expects an isolated partition's older DNS suffix; the SDK's newer partition data gives its dual-stack suffix (api.aws.ic.gov, api.aws.scloud, ...).",
    matches: (r) => r.detail.startsWith('got ') && ISO_HOST.test(r.detail),
  },
  {
    cause: 's3-express-ip-endpoint-trailing-slash',
    reason:
      "S3 Express on a custom IP endpoint: the SDK's URL parser normalises the rule's path to end in '/', the test expects none. Harmless: the executor appends the object path.",
    matches: (r) => /10\.0\.0\.1\/mybucket--usw2-az1--x-s3\//.test(r.detail),
  },
];
const ISO_HOST =
  /\.(api\.aws\.ic\.gov|api\.aws\.scloud|api\.cloud-aws\.adc-e\.uk|api\.aws\.hci\.ic\.gov|c2s\.ic\.gov|sc2s\.sgov\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)\//;

describe('endpoint rule-set tests from every model', () => {
  let results: CaseResult[] = [];
  let gaps: GapGroup[] = [];

  beforeAll(() => {
    const files = bundleModelFiles().map((f) => f.path);
    results = files.flatMap(runModelCases);
    if (process.env.UPDATE_ENDPOINT_GAPS) writeGaps(results);
    gaps = (JSON.parse(readFileSync(GAPS_FILE, 'utf8')) as { groups: GapGroup[] }).groups;
  });

  it('loads every service model and its test cases', () => {
    expect(bundleModelFiles().map((f) => f.path).length).toBeGreaterThanOrEqual(400);
    expect(results.length).toBeGreaterThanOrEqual(15_320);
  });

  it(`passes at least ${MIN_PASSING} cases`, () => {
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(MIN_PASSING);
  });

  it('fails only on cases listed as known gaps', () => {
    const listed = new Set(gaps.flatMap((g) => g.cases));
    const unexpected = results.filter((r) => !r.ok && !listed.has(r.id)).map((r) => `${r.id}: ${r.detail}`);
    expect(unexpected.slice(0, 20)).toEqual([]);
  });

  it('lists no case that now passes or no longer exists (the gap list is not stale)', () => {
    const byId = new Map(results.map((r) => [r.id, r]));
    const stale = gaps.flatMap((g) => g.cases).filter((id) => byId.get(id)?.ok !== false);
    expect(stale.slice(0, 20)).toEqual([]);
  });

  it('gives every known gap a cause that still explains it', () => {
    const byId = new Map(results.map((r) => [r.id, r]));
    const wrong: string[] = [];
    for (const g of gaps) {
      const cause = CAUSES.find((c) => c.cause === g.cause);
      for (const id of g.cases) {
        const r = byId.get(id);
        if (!cause || (r && !cause.matches(r))) wrong.push(`${g.cause}: ${id}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});

function writeGaps(results: CaseResult[]): void {
  const groups: GapGroup[] = CAUSES.map((c) => ({ cause: c.cause, reason: c.reason, cases: [] as string[] }));
  const unexplained: GapGroup = { cause: 'unexplained', reason: 'TODO: investigate', cases: [] };
  for (const r of results.filter((x) => !x.ok)) {
    const i = CAUSES.findIndex((c) => c.matches(r));
    (i >= 0 ? groups[i]! : unexplained).cases.push(r.id);
  }
  const out = {
    about:
      'Endpoint test cases (from the models) that our resolver does not pass, grouped by cause. Checked by test/conformance/endpoint-tests.test.ts.',
    groups: [...groups, ...(unexplained.cases.length ? [unexplained] : [])].filter((g) => g.cases.length),
  };
  writeFileSync(GAPS_FILE, `${JSON.stringify(out, null, 2)}\n`);
}

// The AWS protocol compliance suite (botocore's copy) through our whole wire path: every case
// must pass unless test/conformance/known-gaps-protocols.ts lists it, and that list must be exact.

import { beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_KNOWN_GAPS } from '../known-gaps-protocols.js';
import { runRequestCases, runResponseCases, type CaseOutcome } from './run-cases.js';

let requests: CaseOutcome[] = [];
let responses: CaseOutcome[] = [];

beforeAll(async () => {
  requests = await runRequestCases();
  responses = await runResponseCases();
});

function unexpected(outcomes: CaseOutcome[]): Record<string, string> {
  return Object.fromEntries(
    outcomes.filter((o) => o.failure && !(o.id in PROTOCOL_KNOWN_GAPS)).map((o) => [o.id, o.failure!]),
  );
}

describe('AWS protocol compliance cases', () => {
  it('runs the whole suite (367 request and 365 response cases)', () => {
    expect(requests).toHaveLength(367);
    expect(responses).toHaveLength(365);
  });

  it('serializes every request case except the listed gaps', () => {
    expect(unexpected(requests)).toEqual({});
    expect(requests.filter((o) => !o.failure).length).toBeGreaterThanOrEqual(350);
  });

  it('parses every response case except the listed gaps', () => {
    expect(unexpected(responses)).toEqual({});
    expect(responses.filter((o) => !o.failure).length).toBeGreaterThanOrEqual(359);
  });

  it('lists no gap that passes or no longer exists', () => {
    const byId = new Map([...requests, ...responses].map((o) => [o.id, o]));
    const stale = Object.keys(PROTOCOL_KNOWN_GAPS).filter((id) => !byId.get(id)?.failure);
    expect(stale).toEqual([]);
  });
});

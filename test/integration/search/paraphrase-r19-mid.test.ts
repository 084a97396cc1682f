// Issue 16, round 19 (paraphrases and tasks for the services below the best-known twenty):
// everyday words for a thing whose model noun people do not know (data/concepts-r19-mid.ts),
// taking a grant away again (data/verbs-r19-mid.ts), a comparative size after a light verb as a
// new value (data/value-change.ts VALUE_COMPARATIVES), and everyday settings wordings added to the
// asked words of the operations that hold them (data/asked/*.ts). Every entry has a reason and an
// example that must find its operation in the top five; the cases below are other wordings.

import { describe, expect, it } from 'vitest';
import { R19_MID_CONCEPTS } from '../../../src/search/data/concepts-r19-mid.js';
import { VALUE_COMPARATIVES } from '../../../src/search/data/value-change.js';
import { R19_MID_VERBS } from '../../../src/search/data/verbs-r19-mid.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 19 data: every entry has a reason and a passing example', () => {
  it.each(R19_MID_CONCEPTS.map((c) => [c.example[0], c] as const))('concept: %s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
  it.each(Object.entries(R19_MID_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
  it('comparatives', () => {
    expect(VALUE_COMPARATIVES.why.length).toBeGreaterThan(10);
    expect(top(VALUE_COMPARATIVES.example[0], 5)).toContain(VALUE_COMPARATIVES.example[1]);
  });
});

describe('a thing called by its everyday name is found as the model names it', () => {
  it.each([
    ['which fiber connections do we have into aws', 'directconnect:DescribeConnections'],
    ['register a new app client for the ios app in the user pool', 'cognito-idp:CreateUserPoolClient'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('taking access away revokes it, it never grants', () => {
  it.each([
    [
      "take away the contractor's access to the prod account in identity center",
      'sso-admin:DeleteAccountAssignment',
    ],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('a light verb with a comparative size changes the thing in place', () => {
  it.each([
    ['give the sagemaker notebook a larger instance', 'sagemaker:UpdateNotebookInstance'],
    ['make the emr core nodes larger', 'emr:ModifyInstanceGroups'],
    ['give the opensearch domain bigger data nodes', 'opensearch:UpdateDomainConfig'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('everyday settings of a service find the operation that holds them', () => {
  it.each([
    ['make the user pool send sms codes for password resets', 'cognito-idp:UpdateUserPool'],
    ['send the verification emails from our own ses address in cognito', 'cognito-idp:UpdateUserPool'],
    ['let people sign in with their email address instead of a username', 'cognito-idp:CreateUserPool'],
    ['compress the files firehose writes as gzip', 'firehose:UpdateDestination'],
    ['run codebuild inside our vpc', 'codebuild:UpdateProject'],
    ['cap each athena query at 10 gb scanned', 'athena:UpdateWorkGroup'],
    ['stop the nightly etl from running', 'glue:StopTrigger'],
    ['turn the glue trigger off for the nightly workflow', 'glue:StopTrigger'],
    ['put a guardrail on the sandbox ou so nobody can turn off cloudtrail', 'organizations:AttachPolicy'],
    ["did last night's glue job finish ok", 'glue:GetJobRun'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['let our partner log in over sftp to upload reports', 'transfer:CreateUser'],
    ['block all accounts in the dev ou from launching gpu instances', 'organizations:AttachPolicy'],
    ['store athena results in a different bucket', 'athena:UpdateWorkGroup'],
  ])('%s (top five)', (query, expected) => {
    expect(top(query, 5)).toContain(expected);
  });
});

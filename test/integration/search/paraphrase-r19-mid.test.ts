// Issue 16, round 19 (paraphrases and tasks for the services below the best-known twenty):
// everyday words for a thing whose model noun people do not know (data/concepts-r19-mid.ts),
// taking a grant away again (data/verbs-r19-mid.ts), a comparative size after a light verb as a
// new value (data/value-change.ts VALUE_COMPARATIVES), and everyday settings wordings added to the
// asked words of the operations that hold them (data/asked/*.ts). Every entry has a reason and an
// example that must find its operation in the top five; the cases below are other wordings.

import { describe, expect, it } from 'vitest';
import { R19_MID_CONCEPTS } from '../../../src/search/data/concepts-r19-mid.js';
import { MADE_INTO } from '../../../src/search/data/made-into-r19.js';
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
  it('made into a state', () => {
    expect(MADE_INTO.why.length).toBeGreaterThan(10);
    expect(top(MADE_INTO.example[0], 5)).toContain(MADE_INTO.example[1]);
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

describe('undoing a release rolls it back or stops it', () => {
  it.each([
    ['undo the last codedeploy release', 'codedeploy:StopDeployment'],
    ["undo yesterday's rds parameter change", 'rds:ResetDBParameterGroup'],
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

describe('"make the X <state>" changes a thing that exists; "make a X" or "make all new X" does not', () => {
  it.each([
    ['make the sqs queue encrypted', 'sqs:SetQueueAttributes'],
    ['make the rds instance private', 'rds:ModifyDBInstance'],
    ['make our opensearch domain publicly accessible', 'opensearch:UpdateDomainConfig'],
    ['make the snapshot private again', 'ec2:ModifySnapshotAttribute'],
    ['make all new ebs volumes encrypted by default in this region', 'ec2:EnableEbsEncryptionByDefault'],
    ['make the shared nfs drive reachable from the new subnet', 'efs:CreateMountTarget'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('settings and everyday tasks of the services below the top twenty', () => {
  it.each([
    ['scan new s3 uploads for malware with guardduty', 'guardduty:CreateMalwareProtectionPlan'],
    ['hide guardduty alerts caused by our own vulnerability scanner', 'guardduty:CreateFilter'],
    ['pull security hub findings from every region into one place', 'securityhub:CreateFindingAggregator'],
    ["replay last week's events from the eventbridge archive", 'events:StartReplay'],
    ['keep a copy of every event that goes through the bus', 'events:CreateArchive'],
    ['turn on in-transit encryption for the redis cluster', 'elasticache:ModifyReplicationGroup'],
    ['let one app write only into its own folder on the efs share', 'efs:CreateAccessPoint'],
    ['accept the subnets another account shared with us', 'ram:AcceptResourceShareInvitation'],
    ['teach macie to spot our employee id format', 'macie2:CreateCustomDataIdentifier'],
    ['store a department field on every cognito user', 'cognito-idp:AddCustomAttributes'],
    ['log requests the web firewall blocked to s3', 'wafv2:PutLoggingConfiguration'],
    ['password protect the amplify preview branch', 'amplify:UpdateBranch'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['require an api key on the post method of the rest api', 'apigateway:UpdateMethod'],
    ['see if the redis cluster survives losing its primary node', 'elasticache:TestFailover'],
    ['suppress inspector findings for a cve we accepted', 'inspector2:CreateFilter'],
    ['ship the firehose stream to splunk instead of s3', 'firehose:UpdateDestination'],
    ['only copy files that changed since the last datasync run', 'datasync:UpdateTask'],
  ])('%s (top five)', (query, expected) => {
    expect(top(query, 5)).toContain(expected);
  });
});

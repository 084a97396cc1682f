// Issue 16, round 21 (security and governance, as security engineers and platform teams ask):
// a service named after "with", "using", "via" or "through" is the tool that does the task
// (tool-service.ts, data/tool-service-r21-sec.ts); the services named before it are what it acts
// on. "inspector" names Inspector v2 as strongly as Inspector Classic (data/service-versions.ts).

import { describe, expect, it } from 'vitest';
import { TOOL_SERVICE_MARKERS } from '../../../src/search/data/tool-service-r21-sec.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 21 tool-service data has a reason and a passing example', () => {
  it('tool markers', () => {
    expect(TOOL_SERVICE_MARKERS.why.length).toBeGreaterThan(10);
    expect(top(TOOL_SERVICE_MARKERS.example[0], 1)).toEqual([TOOL_SERVICE_MARKERS.example[1]]);
  });
});

describe('the service named after "with" or "using" does the task', () => {
  it.each([
    // the thing of another service is only what the tool works on
    ['protect the api gateway stage with waf', 'wafv2:AssociateWebACL'],
    ['turn on ddos protection for the load balancer with shield', 'shield:CreateProtection'],
    ['scan the ecr images with inspector', 'inspector2:Enable'],
    ['check the s3 buckets for personal data with macie', 'macie2:CreateClassificationJob'],
    // a thing of the tool's own stays what the task makes
    ['translate the documents in s3 with translate', 'translate:TranslateDocument'],
    ['find out who changed the iam role with cloudtrail', 'cloudtrail:LookupEvents'],
    // the thing acted on may still be the service the task belongs to
    ['trigger the lambda function with sqs', 'lambda:CreateEventSourceMapping'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    // an everyday word that names a service names it fully after the marker
    ['record changes to the security groups with config', 'config:PutConfigurationRecorder'],
    ['keep a record of every change to our iam roles using config', 'config:PutConfigurationRecorder'],
    ['keep nightly copies of the efs file system using aws backup', 'backup:CreateBackupPlan'],
    ['deploy the stack with cloudformation', 'cloudformation:CreateStack'],
  ])('%s (top 3)', (query, expected) => {
    expect(top(query, 3)).toContain(expected);
  });

  it.each([
    // a name followed by a pasted id is a thing, not a tool
    ['share ami-0a1b2c3d4e5f67890 with account 123456789012', 'ec2:ModifyImageAttribute'],
    // "trouble with ec2 in us-east-1": the words after the name are not a clause, no tool
    ['is aws having trouble with ec2 in us-east-1 right now', 'health:DescribeEvents'],
  ])('not a tool: %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

// Issue 16, round 21 (data engineers and scientists in their own words): a query "over the lake"
// is Athena, a copy from an NFS or SMB share into S3 is DataSync (data/concepts-r21-data.ts);
// "teach" a model trains it, "tack" a step onto a cluster adds it, "analyze" a text detects in it,
// "keep X between 2 and 10" sets it (data/verbs-r21-data.ts); "get
// a daily X" sets up what makes X (data/get-new-r21-data.ts). Every entry has a reason and an
// example; the cases below are other wordings of the same kinds, on several services.

import { describe, expect, it } from 'vitest';
import { R21_DATA_CONCEPTS } from '../../../src/search/data/concepts-r21-data.js';
import { GET_RECURRING } from '../../../src/search/data/get-new-r21-data.js';
import { R21_DATA_VERBS } from '../../../src/search/data/verbs-r21-data.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 21 data concepts and verbs: every entry has a reason and a passing example', () => {
  it.each(R21_DATA_CONCEPTS.map((c) => [c.phrases[0]!, c] as const))('%s', (_, c) => {
    expect(c.why.length).toBeGreaterThan(10);
    expect(top(c.example[0], 5)).toContain(c.example[1]);
  });
  it.each(Object.entries(R21_DATA_VERBS))('%s', (_, v) => {
    expect(v.why.length).toBeGreaterThan(10);
    expect(top(v.example[0], 5)).toContain(v.example[1]);
  });
  it('get recurring', () => {
    expect(GET_RECURRING.why.length).toBeGreaterThan(10);
    expect(top(GET_RECURRING.example[0], 1)).toEqual([GET_RECURRING.example[1]]);
  });
});

describe('the everyday wording finds the operation first', () => {
  it.each([
    ['run a query over the lake tables for last week', 'athena:StartQueryExecution'],
    ['fire off a query over the lake tables', 'athena:StartQueryExecution'],
    ['run sql against the data lake', 'athena:StartQueryExecution'],
    ['copy everything on the nfs share into s3 every night', 'datasync:CreateTask'],
    ['move data from my smb file server to s3', 'datasync:CreateTask'],
    ['teach a model on the training data sitting in my bucket', 'sagemaker:CreateTrainingJob'],
    ["tack another spark step onto the cluster that's already running", 'emr:AddJobFlowSteps'],
    ['get a daily listing of every object in the bucket as a report', 's3:PutBucketInventoryConfiguration'],
    ['get a daily snapshot of my volumes', 'dlm:CreateLifecyclePolicy'],
    ['get a nightly backup of the orders table', 'backup:CreateBackupPlan'],
    ['get a new access key for the deploy user', 'iam:CreateAccessKey'],
    ['analyze the sentiment with comprehend', 'comprehend:DetectSentiment'],
    ['analyze the faces in this photo', 'rekognition:DetectFaces'],
    ['analyze this receipt', 'textract:AnalyzeExpense'],
    ['keep the glue job between 2 and 10 workers', 'glue:UpdateJob'],
    ['keep the kinesis stream at 8 shards', 'kinesis:UpdateShardCount'],
    ['keep the logs for 30 days', 'logs:PutRetentionPolicy'],
    ['keep old versions of my objects', 's3:PutBucketVersioning'],
    ['keep a copy of the ami in us-west-2', 'ec2:CopyImage'],
  ])('%s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});

describe('the words that must not be read so', () => {
  it.each([
    ['give analysts read access to a data lake table', 'lakeformation:GrantPermissions'],
    ['create an nfs file share on the storage gateway', 'storagegateway:CreateNFSFileShare'],
    ['get the daily cost report definition', 'cur:DescribeReportDefinitions'],
  ])('%s', (query, op) => {
    expect(top(query, 3)).toContain(op);
  });
});

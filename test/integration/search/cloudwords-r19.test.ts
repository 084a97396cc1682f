// Issue 16, round 19 (another platform's words for an AWS thing): Azure, Google Cloud and
// Kubernetes nouns read as the AWS thing they name (data/concepts-r19-cloudwords*.ts). Every
// entry has a reason and an example that must find its operation in the top five; the cases
// below are other queries of the same kind, and blobs that live nowhere near a container.

import { describe, expect, it } from 'vitest';
import { R19_CLOUDWORDS_CONCEPTS } from '../../../src/search/data/concepts-r19-cloudwords.js';
import { R19_CLOUDWORDS_CONCEPTS_2 } from '../../../src/search/data/concepts-r19-cloudwords-2.js';
import { R19_CLOUDWORDS_CONCEPTS_3 } from '../../../src/search/data/concepts-r19-cloudwords-3.js';
import { MANAGED_BY_R19_CLOUDWORDS } from '../../../src/search/data/managed-by-r19-cloudwords.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

const ENTRIES = [...R19_CLOUDWORDS_CONCEPTS, ...R19_CLOUDWORDS_CONCEPTS_2, ...R19_CLOUDWORDS_CONCEPTS_3];

describe('round 19 platform words: every entry has a reason and a passing example', () => {
  it.each(ENTRIES.map((c) => [c.example[0], c] as const))('%s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe("another platform's noun finds the AWS thing of the same kind", () => {
  it.each([
    ['create a gcs bucket for build artifacts', 's3:CreateBucket'],
    ['set blobs in container logs to the cool tier after a week', 's3:PutBucketLifecycleConfiguration'],
    ['push objects into coldline after 90 days', 's3:PutBucketLifecycleConfiguration'],
    ['rehydrate an archived blob so it can be read', 's3:RestoreObject'],
    ['create a vm scale set of web servers', 'autoscaling:CreateAutoScalingGroup'],
    ['create a managed instance group from a template', 'autoscaling:CreateAutoScalingGroup'],
    ['create an expressroute circuit to our datacenter', 'directconnect:CreateConnection'],
    ['create a virtual wan hub to connect our networks', 'ec2:CreateTransitGateway'],
    ['create an app service web app for a node site', 'elasticbeanstalk:CreateEnvironment'],
    ['create a cosmos db container with partition key userId', 'dynamodb:CreateTable'],
    ['create a firestore collection for user profiles', 'dynamodb:CreateTable'],
    ['run a bigquery query over the sales dataset', 'athena:StartQueryExecution'],
    ['resume the synapse sql pool', 'redshift:ResumeCluster'],
    ['create a logic app workflow with several steps', 'stepfunctions:CreateStateMachine'],
    ['store a connection string in key vault', 'secretsmanager:CreateSecret'],
    ['create a service principal for the deploy pipeline', 'iam:CreateRole'],
    ['add a user to azure ad b2c', 'cognito-idp:AdminCreateUser'],
    ['show the activity log for the last day', 'cloudtrail:LookupEvents'],
    ['create a log analytics workspace', 'logs:CreateLogGroup'],
    ['deploy an arm template', 'cloudformation:CreateStack'],
    ['create a deployment manager deployment', 'cloudformation:CreateStack'],
    ['create a management group for the finance team', 'organizations:CreateOrganizationalUnit'],
    ['analyze an image with the vision api', 'rekognition:DetectLabels'],
    ['build a chatbot with dialogflow', 'lexv2-models:CreateBot'],
    ['update the device twin of sensor-7', 'iot-data:UpdateThingShadow'],
    ['create a cloud dns managed zone', 'route53:CreateHostedZone'],
    ['create a gke cluster', 'eks:CreateCluster'],
    ['swap deployment slots for the web app', 'elasticbeanstalk:SwapEnvironmentCNAMEs'],
    ['get an image pull secret for the registry', 'ecr:GetAuthorizationToken'],
    ['enable soft delete for blobs', 's3:PutBucketVersioning'],
    ['forward syslog from my servers to a central log store', 'logs:PutLogEvents'],
    ['what rsync jobs have we set up?', 'datasync:ListTasks'],
    ['list the keys of service account ci-bot', 'iam:ListAccessKeys'],
    ['delete the service account old-bot', 'iam:DeleteRole'],
    ['create a memorystore instance with 5 gb', 'elasticache:CreateReplicationGroup'],
    ['create a spanner instance', 'rds:CreateDBCluster'],
    ['create a bigquery dataset', 'glue:CreateDatabase'],
    ['create a workload identity pool for github', 'iam:CreateOpenIDConnectProvider'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['delete the dataproc cluster etl-old', 'emr:TerminateJobFlows'],
    ['rsync a directory from our datacenter to object storage', 'datasync:CreateTask'],
    ['create an azure data factory pipeline to copy data nightly', 'glue:CreateWorkflow'],
    ['call azure openai to summarize a document', 'bedrock-runtime:InvokeModel'],
  ])('%s (top three)', (query, expected) => {
    expect(top(query, 3)).toContain(expected);
  });
});

describe('a blob that is not in a storage container keeps its own service', () => {
  it.each([
    ['make sense of the garbled permission-denied blob in this error', 'sts:DecodeAuthorizationMessage'],
    ['decrypt this ciphertext blob with alias/payments-prod', 'kms:Decrypt'],
    ['count the objects in the logs bucket', 's3:ListObjectsV2'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('the logs of a function, task or job are read from CloudWatch Logs', () => {
  it.each(MANAGED_BY_R19_CLOUDWORDS.map((e) => [e.example[0], e] as const))('%s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it.each([
    ['show logs for cloud function resize-images', 'logs:GetLogEvents'],
    ['get the logs of ecs task 0f1e2d3c in cluster web', 'logs:GetLogEvents'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

// Data: what a pasted AWS console URL says. Agents and people paste the page they are looking at
// (`https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1#/functions/api`): the
// first path segment is the console's service, and the page's kind segments (`functions`,
// `clusters/prod/services`) the kind of resource the page shows; the last kind segment is the
// most specific. The rest (region, tab, view, the resource's own name) says nothing about the
// task. Each entry says why and gives an example query that must find the operation in its top 5.

import type { Reasoned } from './reasoned.js';

/** A console path segment whose service id differs from it (others are a service id or ARN namespace). */
export interface ConsoleService extends Reasoned {
  /** The catalog's service id, or `next`: the next segment names it (`codesuite/codebuild`). */
  readonly service: string;
}

export const CONSOLE_SERVICES: Readonly<Record<string, ConsoleService>> = {
  codesuite: {
    service: 'next',
    why: 'the developer tools share one console, /codesuite/<tool>/: the tool is the service',
    example: [
      'https://us-east-1.console.aws.amazon.com/codesuite/codebuild/projects/api-ci/history start a build',
      'codebuild:StartBuild',
    ],
  },
  gluestudio: {
    service: 'glue',
    why: 'Glue Studio is the console of Glue jobs',
    example: [
      'https://console.aws.amazon.com/gluestudio/home#/editor/job/etl/details show the job',
      'glue:GetJob',
    ],
  },
  cognito: {
    service: 'cognito-idp',
    why: 'the Cognito console pages are mostly user pools (cognito-idp)',
    example: [
      'https://console.aws.amazon.com/cognito/v2/idp/user-pools/us-east-1_Ab12/users list',
      'cognito-idp:ListUsers',
    ],
  },
  'systems-manager': {
    service: 'ssm',
    why: 'the Systems Manager console is /systems-manager/, its API is ssm',
    example: [
      'https://console.aws.amazon.com/systems-manager/parameters/app/db-url/description value',
      'ssm:GetParameter',
    ],
  },
  dynamodbv2: {
    service: 'dynamodb',
    why: 'the DynamoDB console is /dynamodbv2/',
    example: [
      'https://console.aws.amazon.com/dynamodbv2/home#table?name=Users key schema',
      'dynamodb:DescribeTable',
    ],
  },
  vpc: {
    service: 'ec2',
    why: 'the VPC console shows EC2 networking resources',
    example: ['https://console.aws.amazon.com/vpc/home#subnets: list', 'ec2:DescribeSubnets'],
  },
};

/** A console kind segment (lower-case): the resource words, and the service when it is another one's page. */
export interface ConsoleKind extends Reasoned {
  readonly terms: string;
  /** The kind lives in another service than the console's (`cloudwatch ... log-groups` is logs). */
  readonly service?: string;
}

const kind = (terms: string, example: readonly [string, string], service?: string): ConsoleKind => ({
  terms,
  ...(service ? { service } : {}),
  why: `the page lists or shows ${terms}s`,
  example,
});

export const CONSOLE_KINDS: Readonly<Record<string, ConsoleKind>> = {
  functions: kind('function', [
    'https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1#/functions/api?tab=code timeout?',
    'lambda:GetFunctionConfiguration',
  ]),
  alarm: kind('alarm', [
    'https://console.aws.amazon.com/cloudwatch/home#alarmsV2:alarm/cpu-high state',
    'cloudwatch:DescribeAlarms',
  ]),
  services: kind('service', [
    'https://console.aws.amazon.com/ecs/v2/clusters/prod/services/web/health status',
    'ecs:DescribeServices',
  ]),
  tasks: kind('task', [
    'https://console.aws.amazon.com/ecs/v2/clusters/prod/tasks/9f8e7d/configuration why stopped',
    'ecs:DescribeTasks',
  ]),
  pipelines: kind('pipeline', [
    'https://console.aws.amazon.com/codesuite/codepipeline/pipelines/release/view start',
    'codepipeline:StartPipelineExecution',
  ]),
  queues: kind('queue', [
    'https://console.aws.amazon.com/sqs/v2/home#/queues/https%3A%2F%2Fq empty it',
    'sqs:PurgeQueue',
  ]),
  job: kind('job', [
    'https://console.aws.amazon.com/gluestudio/home#/editor/job/etl/runs run now',
    'glue:StartJobRun',
  ]),
  users: kind('user', [
    'https://console.aws.amazon.com/iam/home#/users/details/bob keys',
    'iam:ListAccessKeys',
  ]),
  roles: kind('role', [
    'https://console.aws.amazon.com/iam/home#/roles/details/deployer trust policy',
    'iam:GetRole',
  ]),
  endpoints: kind('endpoint', [
    'https://console.aws.amazon.com/sagemaker/home#/endpoints/churn what is this',
    'sagemaker:DescribeEndpoint',
  ]),
  secret: kind('secret', [
    'https://console.aws.amazon.com/secretsmanager/secret?name=prod%2Fdb rotate',
    'secretsmanager:RotateSecret',
  ]),
  'log-groups': kind(
    'log group',
    [
      'https://console.aws.amazon.com/cloudwatch/home#logsV2:log-groups/log-group/app retention',
      'logs:PutRetentionPolicy',
    ],
    'logs',
  ),
  table: kind('table', [
    'https://console.aws.amazon.com/dynamodbv2/home#table?name=Orders describe',
    'dynamodb:DescribeTable',
  ]),
  stackinfo: kind('stack', [
    'https://console.aws.amazon.com/cloudformation/home#/stacks/stackinfo?stackId=web events',
    'cloudformation:DescribeStackEvents',
  ]),
  executions: kind('execution', [
    'https://console.aws.amazon.com/states/home#/v2/executions/details/x stop this',
    'stepfunctions:StopExecution',
  ]),
  distributions: kind('distribution', [
    'https://console.aws.amazon.com/cloudfront/v4/home#/distributions/E2QWRUHAPOMQZL invalidate /*',
    'cloudfront:CreateInvalidation',
  ]),
  buckets: kind('bucket', [
    'https://s3.console.aws.amazon.com/s3/buckets/logs-acme?tab=objects versioning on?',
    's3:GetBucketVersioning',
  ]),
  subnets: kind('subnet', ['https://console.aws.amazon.com/vpc/home#subnets: list', 'ec2:DescribeSubnets']),
  instances: kind('instance', [
    'https://console.aws.amazon.com/ec2/home#Instances:instanceState=running list',
    'ec2:DescribeInstances',
  ]),
};

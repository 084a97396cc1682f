// Data: more everyday kind words read in the service another word names (round 16, "kinds");
// see kind-words-r16.ts for what an entry means.

import { HOST_KINDS, type KindReading } from './kind-words-r16.js';

/** Products with fleets of their own: there a fleet is not an Auto Scaling group. */
const OTHER_FLEETS = ['spot', 'ec2 fleet', 'game', 'gamelift', 'appstream', 'codebuild', 'render'];

export const KIND_READINGS_2: readonly KindReading[] = [
  {
    service: 'kinesis',
    signals: ['kinesis', 'shard'],
    kinds: ['pipe', 'feed', 'channel', 'firehose'],
    terms: 'stream',
    why: 'a pipe or feed with shards is a Kinesis data stream (only streams have shards), not an EventBridge pipe',
    example: ['raise the shard count of the orders pipe', 'kinesis:UpdateShardCount'],
  },
  {
    service: 'autoscaling',
    signals: ['web', 'api', 'worker', 'frontend', 'backend', 'asg', 'auto scaling', 'autoscaling', 'scaling'],
    // other fleets; and work done on a fleet's machines (scripts, patches, deploys) is not the group's
    unless: [...OTHER_FLEETS, 'script', 'command', 'patch', 'shell', 'ssm', 'deploy', 'install'],
    kinds: ['fleet', 'farm', 'tier'],
    terms: 'auto scaling group',
    why: 'the web or worker fleet people resize or count is an Auto Scaling group, not an EC2 Fleet',
    example: ['how many servers is the web fleet running', 'autoscaling:DescribeAutoScalingGroups'],
  },
  {
    service: 'elb',
    signals: ['classic load balancer', 'classic lb', 'classic elb', 'clb'],
    kinds: [...HOST_KINDS, 'backend'],
    terms: 'instance',
    why: 'a server behind a Classic Load Balancer is an instance registered with it (no target groups there)',
    example: ['take a box out of the classic load balancer', 'elb:DeregisterInstancesFromLoadBalancer'],
  },
  {
    service: 'cognito-idp',
    signals: ['app', 'mobile app', 'web app', 'cognito', 'customer', 'signup', 'sign up'],
    unless: ['corp', 'corporate', 'active directory', 'ad', 'windows', 'employee', 'staff', 'ldap'],
    kinds: ['directory', 'userbase'],
    terms: 'user pool',
    why: "an app's own user directory (its sign-ups and logins) is a Cognito user pool, not a Directory Service directory",
    example: ["list the accounts in the mobile app's user directory", 'cognito-idp:ListUsers'],
  },
  {
    service: 'ec2',
    signals: ['ec2', 'ebs', 'vm', 'box', 'server', 'machine', 'instance'],
    unless: ['nfs', 'efs', 'fsx', 'lustre', 'google drive', 'onedrive', 'workdocs'],
    kinds: ['drive', 'hdd', 'ssd'],
    terms: 'volume',
    why: 'a drive attached to a server or VM is an EBS volume (a drive alone may be a road trip)',
    example: ['attach a second drive to the build vm', 'ec2:AttachVolume'],
  },
  {
    service: 'dynamodb',
    signals: ['dynamodb', 'dynamo', 'ddb'],
    kinds: ['database', 'db'],
    terms: 'table',
    why: 'a DynamoDB "database" is a table (the account is the database), not an RDS DB instance',
    example: ['create a dynamo database for the orders service', 'dynamodb:CreateTable'],
  },
  {
    service: 'workspaces',
    signals: ['workspaces', 'amazon workspaces'],
    kinds: ['desktop', 'pc', 'box', 'vm', 'machine', 'computer'],
    terms: 'workspace',
    why: 'a WorkSpaces desktop or PC is a workspace in the model',
    example: ["reboot dana's workspaces desktop", 'workspaces:RebootWorkspaces'],
  },
  {
    service: 'glue',
    signals: ['glue', 'etl'],
    unless: ['codepipeline', 'sagemaker', 'data pipeline'],
    kinds: ['pipeline', 'script'],
    terms: 'job workflow',
    why: 'an ETL pipeline or script in Glue is a job (several chained: a workflow), not a CodePipeline pipeline',
    example: ['start the glue pipeline that builds the sales tables', 'glue:StartJobRun'],
  },
  {
    service: 'sqs',
    signals: ['sqs', 'message'],
    kinds: ['inbox', 'mailbox', 'backlog', 'buffer'],
    terms: 'queue',
    why: 'an inbox or backlog of messages waiting for a worker is an SQS queue',
    example: ['how many messages are waiting in the sqs inbox', 'sqs:GetQueueAttributes'],
  },
  {
    service: 'opensearchserverless',
    signals: ['opensearch serverless', 'aoss'],
    kinds: ['cluster', 'domain'],
    terms: 'collection',
    why: 'OpenSearch Serverless has no clusters or domains: what people call one is a collection',
    example: ['delete the opensearch serverless cluster', 'opensearchserverless:DeleteCollection'],
  },
  {
    service: 'neptune',
    signals: ['neptune', 'gremlin', 'sparql', 'graph database', 'graph db'],
    kinds: HOST_KINDS,
    terms: 'db instance',
    why: 'a Neptune graph database server is a DB instance, not an EC2 instance',
    example: ['reboot the neptune box', 'neptune:RebootDBInstance'],
  },
  {
    service: 'memorydb',
    signals: ['memorydb'],
    kinds: HOST_KINDS,
    terms: 'cluster',
    why: "a MemoryDB server belongs to a MemoryDB cluster (UpdateCluster changes its node type); node is left out, node types are the model's own word",
    example: ['resize the memorydb box', 'memorydb:UpdateCluster'],
  },
  {
    service: 'redshift',
    signals: ['redshift'],
    unless: ['serverless', 'workgroup'],
    kinds: [...HOST_KINDS, 'warehouse'],
    terms: 'cluster',
    why: 'a provisioned Redshift warehouse or box is a Redshift cluster, not an EC2 instance',
    example: ['snapshot the redshift box', 'redshift:CreateClusterSnapshot'],
  },
];

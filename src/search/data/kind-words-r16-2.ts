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
];

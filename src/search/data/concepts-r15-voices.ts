// Data: abbreviations agents and busy people type for AWS things (round 15, "voices"). Each is
// the short form engineers use in chat, tickets and runbooks; the long form it stands for is
// the model's own name for the thing. Ambiguous short forms are only taken beside their
// service's name ("ecs td", "efs fs"), where the service says which thing is meant.

import type { Concept } from './concepts.js';

export const R15_VOICE_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['tgw', 'tgws'],
    terms: 'transit gateway',
    services: ['ec2'],
    why: 'network engineers write TGW for a transit gateway (its ids start tgw-)',
    example: ['show the route tables of our tgw', 'ec2:DescribeTransitGatewayRouteTables'],
  },
  {
    phrases: ['azs', 'az list'],
    terms: 'availability zone',
    services: ['ec2'],
    why: 'AZ is the everyday short form of availability zone; its plural AZs was not read as one',
    example: ['show me the azs of eu-west-1', 'ec2:DescribeAvailabilityZones'],
  },
  {
    phrases: ['eks ng', 'eks ngs', 'mng', 'mngs'],
    terms: 'nodegroup',
    services: ['eks'],
    why: 'an EKS managed node group is an NG or MNG in chat and runbooks',
    example: ['delete the old eks ng', 'eks:DeleteNodegroup'],
  },
  {
    phrases: ['ecs svc', 'ecs svcs'],
    terms: 'service',
    services: ['ecs'],
    why: 'svc is the short form of service (kubectl and ecs-cli both print it)',
    example: ['describe the ecs svc api-prod', 'ecs:DescribeServices'],
  },
  {
    phrases: ['ecs td', 'ecs tds', 'task def', 'task defs'],
    terms: 'task definition',
    services: ['ecs'],
    why: 'an ECS task definition is a TD or a task def',
    example: ['show the latest ecs td of the web family', 'ecs:DescribeTaskDefinition'],
  },
  {
    phrases: ['sgs'],
    terms: 'security group',
    services: ['ec2'],
    why: 'SG is a security group (ids sg-); its plural SGs was not read as the same thing',
    example: ['which sgs allow 0.0.0.0/0 on 22', 'ec2:DescribeSecurityGroups'],
  },
  {
    phrases: ['elasticache rg', 'redis rg', 'valkey rg'],
    terms: 'replication group',
    services: ['elasticache'],
    why: 'an ElastiCache replication group is an RG beside the engine or service name',
    example: ['show the members of the redis rg', 'elasticache:DescribeReplicationGroups'],
  },
  {
    phrases: ['cf distro', 'cf distros', 'cloudfront distro', 'cloudfront distros', 'cdn distro'],
    terms: 'distribution',
    services: ['cloudfront'],
    why: 'a CloudFront distribution is a distro; CF beside it is CloudFront, not CloudFormation',
    example: ['invalidate /* on the prod cf distro', 'cloudfront:CreateInvalidation'],
  },
  {
    phrases: ['efs fs'],
    terms: 'file system',
    services: ['efs'],
    why: 'FS is a file system beside the EFS name',
    example: ['delete the unused efs fs', 'efs:DeleteFileSystem'],
  },
  {
    phrases: ['kds', 'kds stream'],
    terms: 'kinesis data stream',
    services: ['kinesis'],
    why: 'KDS is Kinesis Data Streams, the short form AWS training and blogs use',
    example: ['how many shards does the kds stream have', 'kinesis:DescribeStreamSummary'],
  },
  {
    phrases: ['kdf'],
    terms: 'firehose delivery stream',
    services: ['firehose'],
    why: 'KDF is Kinesis Data Firehose, the older name of Amazon Data Firehose',
    example: ['send one event into kdf', 'firehose:PutRecord'],
  },
  {
    phrases: ['eb env', 'eb envs', 'eb app', 'eb environment'],
    terms: 'environment',
    services: ['elasticbeanstalk'],
    why: 'EB is Elastic Beanstalk (its CLI is eb), whose apps run in environments',
    example: ['rebuild the eb env staging', 'elasticbeanstalk:RebuildEnvironment'],
  },
  {
    phrases: ['aos', 'aos domain', 'aos domains'],
    terms: 'domain',
    services: ['opensearch'],
    why: 'AOS is Amazon OpenSearch Service, the short form in AWS blogs',
    example: ['upgrade the aos domain to the next engine version', 'opensearch:UpgradeDomain'],
  },
  {
    phrases: ['ec2 lt', 'launch templ', 'lt version'],
    terms: 'launch template',
    services: ['ec2'],
    why: 'a launch template is an LT beside EC2 (and its versions LT versions)',
    example: ['create an ec2 lt for the web tier', 'ec2:CreateLaunchTemplate'],
  },
  {
    phrases: ['tg', 'tgs'],
    terms: 'target group',
    services: ['elbv2'],
    why: 'a target group of a load balancer is a TG in chat and runbooks',
    example: ['which targets are unhealthy in the tg', 'elbv2:DescribeTargetHealth'],
  },
  {
    phrases: ['sns sub', 'sns subs'],
    terms: 'subscription',
    services: ['sns'],
    why: 'sub is the short form of subscription beside SNS',
    example: ['show all the sns subs of the alerts topic', 'sns:ListSubscriptionsByTopic'],
  },
  {
    phrases: ['rtb', 'rtbs'],
    terms: 'route table',
    services: ['ec2'],
    why: 'a route table is an RTB (its ids start rtb-)',
    example: ['add a default route to the private rtb', 'ec2:CreateRoute'],
  },
  {
    phrases: ['airflow ui', 'airflow web ui', 'airflow webserver', 'airflow console'],
    terms: 'web login token',
    services: ['mwaa'],
    why: "getting into the Airflow UI of a managed environment needs a web login token (MWAA's way in)",
    example: ['log me in to the airflow ui of the mwaa env', 'mwaa:CreateWebLoginToken'],
  },
];

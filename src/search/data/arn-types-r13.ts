// Data: ARN resource types whose words are not the words of the operations that act on them
// (`elasticache:cluster` is a cache cluster, `rds:pg` a DB parameter group), or ARNs with no
// type at all (a CodePipeline ARN ends with the pipeline's name). Keyed `<namespace>:<type>`.
// Each entry says why and gives an example query that must find the operation in its top five.

import type { Reasoned } from './reasoned.js';

export interface ArnType extends Reasoned {
  readonly terms: string;
}

export const ARN_TYPES_R13: Readonly<Record<string, ArnType>> = {
  'elasticache:cluster': {
    terms: 'cache cluster',
    why: 'an ElastiCache cluster ARN names a cache cluster (DescribeCacheClusters)',
    example: [
      'arn:aws:elasticache:us-east-1:123456789012:cluster:redis-001 node type',
      'elasticache:DescribeCacheClusters',
    ],
  },
  'elasticache:replicationgroup': {
    terms: 'replication group',
    why: 'replicationgroup is one word in the ARN, two in the operation names',
    example: [
      'arn:aws:elasticache:us-east-1:123456789012:replicationgroup:sessions members',
      'elasticache:DescribeReplicationGroups',
    ],
  },
  'codepipeline:': {
    terms: 'pipeline',
    why: 'a CodePipeline ARN has no type: the name follows the account (arn:aws:codepipeline:r:a:web-release)',
    example: [
      'arn:aws:codepipeline:us-east-1:123456789012:web-release state',
      'codepipeline:GetPipelineState',
    ],
  },
  'rds:pg': {
    terms: 'db parameter group parameters',
    why: 'pg in an RDS ARN is a DB parameter group',
    example: ['arn:aws:rds:us-east-1:123456789012:pg:app-params show parameters', 'rds:DescribeDBParameters'],
  },
  'rds:cluster-pg': {
    terms: 'db cluster parameter group parameters',
    why: 'cluster-pg in an RDS ARN is a DB cluster parameter group',
    example: [
      'arn:aws:rds:us-east-1:123456789012:cluster-pg:aurora-params values',
      'rds:DescribeDBClusterParameters',
    ],
  },
  'rds:subgrp': {
    terms: 'db subnet group',
    why: 'subgrp in an RDS ARN is a DB subnet group',
    example: [
      'arn:aws:rds:us-east-1:123456789012:subgrp:app-subnets which subnets',
      'rds:DescribeDBSubnetGroups',
    ],
  },
  'rds:cluster-snapshot': {
    terms: 'db cluster snapshot',
    why: 'cluster-snapshot in an RDS ARN is a DB cluster snapshot',
    example: [
      'arn:aws:rds:us-east-1:123456789012:cluster-snapshot:snap-1 share',
      'rds:ModifyDBClusterSnapshotAttribute',
    ],
  },
  'ec2:natgateway': {
    terms: 'nat gateway',
    why: 'natgateway is one word in the ARN, two in the operation names',
    example: [
      'arn:aws:ec2:us-east-1:123456789012:natgateway/nat-0a1b2c3d4e5f67890 state',
      'ec2:DescribeNatGateways',
    ],
  },
  'ec2:elastic-ip': {
    terms: 'address',
    why: 'an elastic IP is an Address in the EC2 API',
    example: [
      'arn:aws:ec2:us-east-1:123456789012:elastic-ip/eipalloc-0a1b2c3d which instance',
      'ec2:DescribeAddresses',
    ],
  },
  'cognito-idp:userpool': {
    terms: 'user pool',
    why: 'userpool is one word in the ARN, two in the operation names',
    example: [
      'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123 settings',
      'cognito-idp:DescribeUserPool',
    ],
  },
  'route53:hostedzone': {
    terms: 'hosted zone',
    why: 'hostedzone is one word in the ARN, two in the operation names',
    example: ['arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ name servers', 'route53:GetHostedZone'],
  },
  'dms:task': {
    terms: 'replication task',
    why: 'a DMS task is a replication task',
    example: ['arn:aws:dms:us-east-1:123456789012:task:ABCDEFGHIJ restart', 'dms:StartReplicationTask'],
  },
  'dms:rep': {
    terms: 'replication instance',
    why: 'rep in a DMS ARN is a replication instance',
    example: ['arn:aws:dms:us-east-1:123456789012:rep:ABCDEFGHIJ size', 'dms:DescribeReplicationInstances'],
  },
  'wafv2:regional': {
    terms: 'web acl',
    why: 'a regional WAF ARN puts the scope before the kind (regional/webacl/<name>/<id>)',
    example: ['arn:aws:wafv2:us-east-1:123456789012:regional/webacl/main/a1b2 rules', 'wafv2:GetWebACL'],
  },
  'wafv2:global': {
    terms: 'web acl',
    why: 'a CloudFront-scope WAF ARN puts the scope before the kind (global/webacl/<name>/<id>)',
    example: ['arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/a1b2 show', 'wafv2:GetWebACL'],
  },
  'athena:workgroup': {
    terms: 'work group',
    why: 'workgroup is one word in the ARN, two in the operation names',
    example: ['arn:aws:athena:us-east-1:123456789012:workgroup/analysts scan limit', 'athena:GetWorkGroup'],
  },
};

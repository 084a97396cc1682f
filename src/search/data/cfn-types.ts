// Data: CloudFormation resource types pasted into a task (`AWS::Events::Rule`, from a template, a
// drift report or a stack event). `AWS::<Namespace>::<Type>` names the service (the namespace,
// compacted, is mostly its id) and the kind of resource (the type's words). Namespaces spelt
// otherwise map here; beside a word of the stack the type is a resource of the stack, which
// CloudFormation answers. Each entry says why and gives an example query (top 5, tested).

import type { Reasoned } from './reasoned.js';

export const CFN_TYPE = /^AWS::([A-Za-z0-9]+)::([A-Za-z0-9]+)$/;

export interface CfnNamespace extends Reasoned {
  readonly service: string;
}

const ns = (service: string, why: string, example: readonly [string, string]): CfnNamespace => ({
  service,
  why,
  example,
});

export const CFN_NAMESPACES: Readonly<Record<string, CfnNamespace>> = {
  KinesisFirehose: ns('firehose', 'Kinesis Data Firehose resources are the firehose API', [
    'is AWS::KinesisFirehose::DeliveryStream logs-out active',
    'firehose:DescribeDeliveryStream',
  ]),
  ElasticLoadBalancingV2: ns('elbv2', 'application and network load balancers are the elbv2 API', [
    'AWS::ElasticLoadBalancingV2::TargetGroup api-tg health of its targets',
    'elbv2:DescribeTargetHealth',
  ]),
  ElasticLoadBalancing: ns('elb', 'classic load balancers are the elb API', [
    'AWS::ElasticLoadBalancing::LoadBalancer legacy-web instance health',
    'elb:DescribeInstanceHealth',
  ]),
  CertificateManager: ns('acm', 'Certificate Manager is the acm API', [
    'AWS::CertificateManager::Certificate for shop.example.com when does it expire',
    'acm:DescribeCertificate',
  ]),
  OpenSearchService: ns('opensearch', 'OpenSearch Service domains are the opensearch API', [
    'AWS::OpenSearchService::Domain logs-search, show its settings',
    'opensearch:DescribeDomain',
  ]),
  Cognito: ns('cognito-idp', 'AWS::Cognito:: types are mostly user pools (cognito-idp)', [
    'AWS::Cognito::UserPool app-users list its clients',
    'cognito-idp:ListUserPoolClients',
  ]),
  StepFunctions: ns('stepfunctions', 'state machines are the stepfunctions API (ARN namespace states)', [
    'AWS::StepFunctions::StateMachine orders definition',
    'stepfunctions:DescribeStateMachine',
  ]),
  EFS: ns('efs', 'EFS file systems are the efs API', [
    'AWS::EFS::FileSystem shared-home mount targets',
    'efs:DescribeMountTargets',
  ]),
};

/** Words near the type that make it a resource of a stack: its physical id, drift or status in the stack. */
export const CFN_STACK_SENSE = {
  words: ['stack', 'physical', 'logical'],
  service: 'cloudformation',
  terms: 'stack resource',
  why: 'a type beside its stack (physical id, logical id) asks about the stack resource, which CloudFormation answers',
  example: ['physical id of the AWS::SQS::Queue in stack app', 'cloudformation:DescribeStackResources'],
} as const;

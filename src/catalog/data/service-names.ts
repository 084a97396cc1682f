// Data: the AWS CLI name of each upstream model directory, where the two differ.
//
// Upstream (aws/api-models-aws) names directories after the sdkId, kebab-cased
// (`cloudwatch-logs`); the AWS CLI and botocore use the older endpoint-style names (`logs`).
// The canonical service id in this product is what AWS CLI users type, i.e. botocore's
// service directory name. This table was established by matching every model's sdkId to the
// `metadata.serviceId` of botocore 1.43.11's service-2.json files (one match each); directories
// that match their botocore name, and services botocore has never shipped or has since
// retired (apptest, cloudwatch-events, evidently, iotanalytics, iotfleethub, lookoutmetrics,
// lookoutvision, opsworks, opsworkscm, privatenetworks, qldb, qldb-session, robomaker, sms,
// transcribe-streaming), keep their directory name. `elastic-transcoder` was retired from
// botocore too; its historic CLI name was `elastictranscoder`.
// A directory missing from this table (a new upstream service) falls back to its own name.

export const CLI_NAME_BY_DIRECTORY: Readonly<Record<string, string>> = {
  'api-gateway': 'apigateway',
  'app-mesh': 'appmesh',
  'application-auto-scaling': 'application-autoscaling',
  'application-discovery-service': 'discovery',
  'auto-scaling': 'autoscaling',
  'auto-scaling-plans': 'autoscaling-plans',
  'cloudhsm-v2': 'cloudhsmv2',
  'cloudsearch-domain': 'cloudsearchdomain',
  'cloudwatch-logs': 'logs',
  'cognito-identity-provider': 'cognito-idp',
  'config-service': 'config',
  'cost-and-usage-report-service': 'cur',
  'cost-explorer': 'ce',
  'data-pipeline': 'datapipeline',
  'database-migration-service': 'dms',
  'device-farm': 'devicefarm',
  'direct-connect': 'directconnect',
  'directory-service': 'ds',
  'directory-service-data': 'ds-data',
  'dynamodb-streams': 'dynamodbstreams',
  'elastic-beanstalk': 'elasticbeanstalk',
  'elastic-load-balancing': 'elb',
  'elastic-load-balancing-v2': 'elbv2',
  'elastic-transcoder': 'elastictranscoder',
  'elasticsearch-service': 'es',
  eventbridge: 'events',
  'global-accelerator': 'globalaccelerator',
  'iot-data-plane': 'iot-data',
  'iot-events': 'iotevents',
  'iot-events-data': 'iotevents-data',
  'iot-jobs-data-plane': 'iot-jobs-data',
  'iot-wireless': 'iotwireless',
  'kinesis-analytics': 'kinesisanalytics',
  'kinesis-analytics-v2': 'kinesisanalyticsv2',
  'kinesis-video': 'kinesisvideo',
  'lex-model-building-service': 'lex-models',
  'lex-models-v2': 'lexv2-models',
  'lex-runtime-service': 'lex-runtime',
  'lex-runtime-v2': 'lexv2-runtime',
  'machine-learning': 'machinelearning',
  'marketplace-commerce-analytics': 'marketplacecommerceanalytics',
  'marketplace-entitlement-service': 'marketplace-entitlement',
  'marketplace-metering': 'meteringmarketplace',
  'migration-hub': 'mgh',
  'resource-groups-tagging-api': 'resourcegroupstaggingapi',
  'route-53': 'route53',
  'route-53-domains': 'route53domains',
  's3-control': 's3control',
  'secrets-manager': 'secretsmanager',
  serverlessapplicationrepository: 'serverlessrepo',
  'service-catalog': 'servicecatalog',
  'service-catalog-appregistry': 'servicecatalog-appregistry',
  sfn: 'stepfunctions',
  'storage-gateway': 'storagegateway',
};

/**
 * Extra names users type, keyed by canonical id. These outrank names derived from the model
 * (sdkId, endpoint prefix, signing name, ARN namespace) when two services claim the same name.
 * - The AWS CLI renames three botocore services on its command line: `s3api` (the API commands
 *   of s3; `aws s3` is the high-level command set), `configservice` and `deploy`.
 * - botocore ships Pinpoint SMS Voice twice, as `pinpoint-sms-voice` and `sms-voice`.
 */
export const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  s3: ['s3api'],
  config: ['configservice'],
  codedeploy: ['deploy'],
  'pinpoint-sms-voice': ['sms-voice'],
};

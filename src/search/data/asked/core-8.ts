// Data: how people ask for operations (see ../asked.ts), second pass over the most used services:
// RDS clusters, cluster snapshots, parameter groups, proxies, subnet groups, reserved instances and
// certificates; then API Gateway keys, domains and stages for REST (v1) and HTTP/WebSocket (v2).

import type { AskedEntry } from './types.js';

export const ASKED_CORE_8: readonly AskedEntry[] = [
  {
    op: 'rds:DeleteDBCluster',
    asked: 'tear down an aurora cluster, remove a whole cluster, final snapshot before removing',
    example: 'tear down aurora cluster staging-aurora but keep a final snapshot',
  },
  {
    op: 'rds:StartDBCluster',
    asked:
      'power on a stopped aurora cluster, resume a paused cluster, bring the cluster back up, wake a paused aurora cluster, wake up aurora',
    example: 'bring stopped aurora cluster dev-aurora back up for the morning',
  },
  {
    op: 'rds:RebootDBCluster',
    asked: 'restart every instance of an aurora cluster, bounce the cluster, apply static parameters',
    example: 'bounce all nodes of aurora cluster reporting-aurora so new static parameters apply',
  },
  {
    op: 'rds:DescribeDBClusterSnapshots',
    asked:
      'aurora snapshots list, manual and automated cluster snapshots, latest cluster snapshot, when was the aurora cluster last backed up, latest backup of an aurora cluster',
    example: 'which aurora snapshots exist for cluster orders-aurora, newest first?',
  },
  {
    op: 'rds:DeleteDBSnapshot',
    asked: 'get rid of a manual instance backup, clean up manual snapshots to free storage',
    example: 'remove manual snapshot pg-prod-2023-01-01 to save storage',
  },
  {
    op: 'rds:DeleteDBClusterSnapshot',
    asked: 'remove an aurora snapshot, clean up cluster snapshots',
    example: 'remove aurora snapshot orders-aurora-pre-upgrade, we no longer need it',
  },
  {
    op: 'rds:CopyDBClusterSnapshot',
    asked: 'copy an aurora snapshot to another region or account, re-encrypt a cluster snapshot',
    example: 'send a copy of aurora snapshot orders-aurora-final to us-west-2',
  },
  {
    op: 'rds:DescribeDBParameterGroups',
    asked: 'which database parameter groups exist, custom settings groups, group family',
    example: 'what custom database settings groups do we have for postgres 15?',
  },
  {
    op: 'rds:ResetDBParameterGroup',
    asked: 'put every database setting back to engine default, undo parameter changes, reset max_connections',
    example: 'put every setting in group pg15-custom back to the engine default',
  },
  {
    op: 'rds:DescribeDBClusterParameters',
    asked: 'aurora cluster level settings values, binlog format on aurora, cluster parameter values',
    example: 'what is binlog_format set to in aurora settings group aurora-mysql8-custom?',
  },
  {
    op: 'rds:ModifyDBClusterParameterGroup',
    asked: 'change aurora cluster setting, enable binlog on aurora, set cluster wide parameter',
    example: 'turn on binlog_format=ROW for aurora settings group aurora-mysql8-custom',
  },
  {
    op: 'rds:DescribeDBSubnetGroups',
    asked: 'which subnets can the database use, database subnet groups, vpc of the db',
    example: 'which subnets and vpc does database subnet group prod-db-subnets cover?',
  },
  {
    op: 'rds:DescribeDBProxies',
    asked: 'connection pooler status, which rds proxies exist, proxy endpoint',
    example: 'what connection poolers do we have in front of our databases and their endpoints?',
  },
  {
    op: 'rds:DescribeDBProxyTargets',
    asked:
      'is the proxy connected to the database, proxy target health, why proxy cannot connect, proxy cannot reach the db, connection errors between proxy and db',
    example: 'proxy app-proxy cannot reach its database, what health state do its targets report?',
  },
  {
    op: 'rds:DeleteDBProxy',
    asked: 'remove a connection pooler, tear down an rds proxy',
    example: 'remove connection pooler legacy-proxy',
  },
  {
    op: 'rds:DescribeOrderableDBInstanceOptions',
    asked:
      'which instance classes are available for an engine version, supported sizes in a region, which instance sizes can i pick for an engine version, instance types available for postgres or mysql',
    example: 'which instance sizes can I pick for postgres 16.2 in eu-west-1?',
  },
  {
    op: 'rds:DescribeValidDBInstanceModifications',
    asked: 'what can i change this database to, allowed storage and class changes, valid upgrade options',
    example: 'what storage sizes and instance classes could pg-prod be changed to?',
  },
  {
    op: 'rds:DescribeReservedDBInstances',
    asked: 'our reserved database instances, prepaid db capacity, when do reservations expire',
    example: 'which prepaid database reservations do we own and when do they expire?',
  },
  {
    op: 'rds:DescribeReservedDBInstancesOfferings',
    asked: 'price of a database reservation, one or three year db commitment offers',
    example: 'what does a 1-year no-upfront rds reserved instance offering for db.r6g.large cost?',
  },
  {
    op: 'rds:DescribeCertificates',
    asked: 'ssl ca certificates for database connections, rds-ca-2019 expiry, which ca to use',
    example: 'which CA bundles are available for TLS to our databases and when do they expire?',
  },
  {
    op: 'rds:ApplyPendingMaintenanceAction',
    asked: 'apply the pending patch now, do the required maintenance immediately or next window',
    example: 'apply the pending engine patch on pg-prod during the next window',
  },
  {
    op: 'rds:DescribeBlueGreenDeployments',
    asked:
      'status of a blue green switch, is the green copy ready, staging copy for upgrades, is the green environment ready to switch over, status of the green database',
    example: 'is the green environment for pg-prod upgrade ready to switch over?',
  },
  {
    op: 'rds:DeleteBlueGreenDeployment',
    asked: 'remove a blue green setup, clean up leftover blue/green after switchover, drop the green copy',
    example: 'clean up the leftover blue/green setup after our pg-prod switchover',
  },
  {
    op: 'rds:EnableHttpEndpoint',
    asked: 'turn on the data api, query aurora over https without a driver, http endpoint for sql',
    example: 'enable the data api on aurora cluster serverless-app so lambda can run sql over https',
  },
  {
    op: 'rds:AddRoleToDBCluster',
    asked: 'let aurora read from s3, attach iam role to a cluster, load data from s3 into aurora',
    example: 'let aurora cluster orders-aurora run LOAD DATA FROM S3 with role AuroraS3Read',
  },
  {
    op: 'apigateway:GetApiKeys',
    asked: 'which client keys have been issued, keys handed to clients, key values for partners',
    example: 'which client keys have we issued for our rest apis?',
  },
  {
    op: 'apigateway:DeleteApiKey',
    asked: 'revoke a client key, remove a leaked api key, cut off a partner',
    example: 'revoke partner-acme client key, it leaked',
  },
  {
    op: 'apigateway:GetUsagePlans',
    asked: 'throttling and quota plans, rate limit tiers for clients, bronze silver gold plans',
    example: 'what rate-limit tiers do we offer our rest api clients?',
  },
  {
    op: 'apigateway:UpdateUsagePlan',
    asked: 'change throttling rate or monthly quota for clients, raise a client rate limit',
    example: 'raise the gold tier to 500 requests per second and 1M per month',
  },
  {
    op: 'apigateway:GetDomainNames',
    asked: 'custom domains for rest apis, which hostnames point at api gateway',
    example: 'which custom hostnames do our rest apis serve on?',
  },
  {
    op: 'apigateway:DeleteRestApi',
    asked: 'remove a rest api entirely, tear down an unused api',
    example: 'remove the unused legacy-orders rest api',
  },
  {
    op: 'apigateway:GetStage',
    asked:
      'stage settings, logging and throttling of a stage, cache settings, which deployment is live, is caching enabled on a stage, is logging or tracing on for a stage, throttling of a stage',
    example: 'which deployment is live on the prod stage of rest api a1b2c3 and is logging on?',
  },
  {
    op: 'apigateway:GetResources',
    asked: 'paths and methods of a rest api, routes tree, which urls it serves',
    example: 'what paths and methods does rest api a1b2c3 expose?',
  },
  {
    op: 'apigateway:GetAuthorizers',
    asked: 'lambda or cognito authorizers on a rest api, who validates callers',
    example: 'which token checkers are configured on rest api a1b2c3?',
  },
  {
    op: 'apigateway:UpdateAccount',
    asked: 'cloudwatch logging role for api gateway, enable execution logs account setting',
    example: 'set the cloudwatch role arn so api gateway is allowed to write execution logs',
  },
  {
    op: 'apigatewayv2:GetApi',
    asked: 'http or websocket api details, endpoint url, protocol and cors of an api',
    example: 'what is the endpoint url of http api abc123 and its cors settings?',
  },
  {
    op: 'apigatewayv2:DeleteApi',
    asked: 'remove an http api, tear down a websocket api',
    example: 'tear down websocket api chat-dev',
  },
  {
    op: 'apigatewayv2:GetRoutes',
    asked: 'routes of an http api, which paths and methods, websocket route keys',
    example: 'what routes does http api abc123 have, like GET /orders?',
  },
  {
    op: 'apigatewayv2:GetStages',
    asked: 'stages of an http api, $default stage, auto deploy on',
    example: 'which stages does http api abc123 have and is auto-deploy on?',
  },
  {
    op: 'apigatewayv2:UpdateStage',
    asked: 'turn on access logs for an http api stage, throttle a stage, stage variables',
    example: 'turn on access logging to a log group for the prod stage of http api abc123',
  },
  {
    op: 'apigatewayv2:CreateDomainName',
    asked:
      'custom domain for an http or websocket api, own hostname for an api, map api to a domain name, serve an api on api.example.com, put the http api behind our own domain, vanity url for an api',
    example: 'serve http api abc123 on our own hostname api.example.com',
  },
  {
    op: 'apigatewayv2:CreateVpcLink',
    asked:
      'reach an internal load balancer inside a vpc from an http api, private alb or nlb, private integration',
    example: 'let http api abc123 reach an internal load balancer inside vpc-0abc',
  },
  {
    op: 'apigatewayv2:GetIntegrations',
    asked: 'backends of an http api, which lambda or url each route calls',
    example: 'which backends and lambdas are wired to http api abc123?',
  },
];

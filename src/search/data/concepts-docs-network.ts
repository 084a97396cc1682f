// Data: concepts (see concepts.ts) for databases, DNS, delivery and API front doors, in the
// plain words each service's documentation uses for its resources (a read replica is a
// read-only copy, a hosted zone's records give a website its address). Written from the
// service descriptions, not from missed queries.

import type { Concept } from './concepts.js';

export const DOC_NETWORK_CONCEPTS: readonly Concept[] = [
  // databases
  {
    phrases: ['database backup', 'db backup', 'backup of my database', 'copy of my database'],
    terms: 'db snapshot',
    services: ['rds'],
    why: 'RDS documents a DB snapshot as a storage-volume backup of the whole DB instance',
    example: ['make a backup of my database before the upgrade', 'rds:CreateDBSnapshot'],
  },
  {
    phrases: ['read copy', 'read-only copy', 'copy for reads', 'offload reads', 'read replica'],
    terms: 'read replica',
    services: ['rds'],
    why: 'an RDS read replica is a read-only copy of a DB instance that serves read traffic',
    example: ['add a read-only copy of the orders database', 'rds:CreateDBInstanceReadReplica'],
  },
  {
    phrases: ['database settings', 'db settings', 'database parameters', 'max_connections'],
    terms: 'db parameter group',
    services: ['rds'],
    why: 'an RDS DB parameter group holds the engine configuration values',
    example: ['change max_connections in the database settings', 'rds:ModifyDBParameterGroup'],
  },
  {
    phrases: ['standby', 'switch to the standby', 'promote the standby'],
    terms: 'failover db cluster',
    services: ['rds'],
    why: 'a failover promotes the standby (or a replica) of a Multi-AZ deployment',
    example: ['switch my aurora cluster to the standby', 'rds:FailoverDBCluster'],
  },
  {
    phrases: ['master password', 'admin password of the database', 'database admin password'],
    terms: 'modify db instance master user password',
    services: ['rds'],
    why: 'the master user password of a DB instance is changed by modifying the instance',
    example: ['reset the master password of my postgres database', 'rds:ModifyDBInstance'],
  },
  {
    phrases: ['connection pooling', 'too many connections', 'pool connections'],
    terms: 'db proxy',
    services: ['rds'],
    why: 'RDS Proxy pools and shares database connections',
    example: ['add connection pooling in front of my database', 'rds:CreateDBProxy'],
  },
  {
    phrases: ['secondary index', 'query by another attribute', 'look up by another field', 'gsi'],
    terms: 'update table global secondary index',
    services: ['dynamodb'],
    why: 'a DynamoDB global secondary index lets a table be queried by other attributes',
    example: ['add a secondary index on email to the users table', 'dynamodb:UpdateTable'],
  },
  {
    phrases: ['change feed', 'changes to my table', 'item changes', 'item level changes'],
    terms: 'stream records',
    services: ['dynamodbstreams'],
    why: 'DynamoDB Streams is the time-ordered record of item-level changes in a table',
    example: ['read the change feed of my dynamodb table', 'dynamodbstreams:GetRecords'],
  },
  {
    phrases: ['export my table', 'dump my table', 'table to s3'],
    terms: 'export table to point in time',
    services: ['dynamodb'],
    why: 'DynamoDB exports table data to S3 from its point-in-time recovery window',
    example: ['export my dynamodb table to s3', 'dynamodb:ExportTableToPointInTime'],
  },
  {
    phrases: ['pay per request', 'on-demand capacity', 'provisioned capacity', 'capacity mode'],
    terms: 'update table billing mode',
    services: ['dynamodb'],
    why: 'DynamoDB billing mode is on-demand (pay per request) or provisioned capacity',
    example: ['switch my table to pay per request', 'dynamodb:UpdateTable'],
  },
  {
    phrases: ['full text search', 'search engine', 'search cluster', 'kibana'],
    terms: 'domain',
    services: ['opensearch'],
    why: 'OpenSearch Service runs search and analytics engine clusters, called domains',
    example: ['create a search cluster for full text search', 'opensearch:CreateDomain'],
  },
  // DNS, delivery, APIs
  {
    phrases: ['website address', 'web address', 'hostname', 'host name', 'name of my site'],
    terms: 'resource record sets',
    services: ['route53'],
    why: 'Route 53 translates names like www.example.com into IP addresses through DNS records',
    example: ['change the website address of my shop to a new ip', 'route53:ChangeResourceRecordSets'],
  },
  {
    phrases: ['buy a domain', 'purchase a domain', 'is this domain available', 'domain available'],
    terms: 'domain',
    services: ['route53domains'],
    why: 'Route 53 Domains registers and transfers domain names',
    example: ['buy a domain example-shop.com', 'route53domains:RegisterDomain'],
  },
  {
    phrases: ['check if my site is up', 'check my endpoint', 'dns failover', 'endpoint is up'],
    terms: 'health check',
    services: ['route53'],
    why: 'Route 53 health checks monitor an endpoint and drive DNS failover',
    example: ['check if my site is up from route 53', 'route53:GetHealthCheckStatus'],
  },
  {
    phrases: ['dns forwarding', 'forward dns queries', 'resolve on premises names', 'conditional forwarder'],
    terms: 'resolver rule',
    services: ['route53resolver'],
    why: 'Route 53 Resolver rules forward DNS queries for a domain to other resolvers',
    example: ['forward dns queries for corp.local to our data center', 'route53resolver:CreateResolverRule'],
  },
  {
    phrases: ['content delivery', 'edge locations', 'speed up my website', 'serve faster worldwide'],
    terms: 'distribution',
    services: ['cloudfront'],
    why: 'CloudFront delivers content through a worldwide network of edge locations',
    example: ['create content delivery for my website from edge locations', 'cloudfront:CreateDistribution'],
  },
  {
    phrases: ['listen on port', 'https listener', 'redirect http to https', 'port 443'],
    terms: 'listener',
    services: ['elbv2'],
    why: 'a load balancer listener checks for connections on a protocol and port',
    example: ['make the load balancer listen on port 443', 'elbv2:CreateListener'],
  },
  {
    phrases: ['http endpoint', 'api endpoint', 'rest endpoint', 'front door for my api'],
    terms: 'rest api',
    services: ['apigateway'],
    why: 'API Gateway creates REST, HTTP and WebSocket APIs as the front door for backends',
    example: ['create an http endpoint for my backend', 'apigateway:CreateRestApi'],
  },
  {
    phrases: ['publish my api', 'push api changes live', 'make api changes live'],
    terms: 'create deployment stage',
    services: ['apigateway'],
    why: 'API Gateway changes take effect when the API is deployed to a stage',
    example: ['push api changes live to prod', 'apigateway:CreateDeployment'],
  },
  {
    phrases: ['api key for a customer', 'api keys for customers', 'keys for my api clients'],
    terms: 'api key',
    services: ['apigateway'],
    why: 'API Gateway API keys identify the clients of a usage plan',
    example: ['create an api key for a customer of my api', 'apigateway:CreateApiKey'],
  },
];

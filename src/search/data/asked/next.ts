// Data: how people ask for operations (see ../asked.ts), second tier of services that already had
// their main entries: ElastiCache, Glue and Athena here; streams and email in next-2.ts, the rest
// in next-3.ts to next-8.ts.

import type { AskedEntry } from './types.js';

export const ASKED_NEXT: readonly AskedEntry[] = [
  {
    op: 'elasticache:DescribeCacheClusters',
    asked:
      'memcached node endpoints, cache node status, node addresses, show cache nodes, per node details, which memcached clusters exist',
    example: 'show the node addresses of memcached cluster sessions-mc',
  },
  {
    op: 'elasticache:DeleteReplicationGroup',
    asked:
      'tear down a redis cluster, remove a valkey cluster, decommission the cache, final backup before removing, get rid of redis',
    example: 'tear down redis orders-cache but keep one last backup',
  },
  {
    op: 'elasticache:DescribeSnapshots',
    asked:
      'redis backups, which backups exist for the cache, automatic daily backup of redis, manual backups of valkey, backup retention',
    example: 'which backups do we have of redis checkout-redis',
  },
  {
    op: 'elasticache:RebootCacheCluster',
    asked:
      'restart cache nodes, bounce memcached, reboot a redis node, apply pending parameter changes, cache node hung',
    example: 'bounce node 0002 of memcached cluster sessions-mc',
  },
  {
    op: 'elasticache:DecreaseReplicaCount',
    asked:
      'remove read replicas from redis, fewer replicas, scale in reads, shrink replicas, cut cache cost by dropping replica nodes',
    example: 'drop redis sessions-prod down to one replica to save money',
  },
  {
    op: 'elasticache:CreateUser',
    asked:
      'redis acl user, access string, redis auth password, rbac login for valkey, cache user with limited commands',
    example: 'add a redis ACL login app-reader that may only run read commands',
  },
  {
    op: 'elasticache:DescribeCacheEngineVersions',
    asked:
      'which redis versions are supported, available valkey versions, memcached versions we can pick, latest engine release',
    example: 'what redis and valkey releases can elasticache run',
  },
  {
    op: 'elasticache:ModifyCacheCluster',
    asked:
      'add memcached nodes, remove memcached nodes, change memcached node size, change cache maintenance window, resize memcached',
    example: 'grow memcached cluster sessions-mc from 3 to 5 nodes',
  },
  {
    op: 'elasticache:CreateCacheSubnetGroup',
    asked:
      'which subnets the cache lives in, put redis in private subnets, vpc subnets for the cache, network placement of cache nodes',
    example: 'let redis run in private subnets subnet-0a1 and subnet-0b2',
  },
  {
    op: 'elasticache:DescribeServerlessCaches',
    asked:
      'serverless redis endpoint, serverless valkey status, which serverless caches exist, usage limits of serverless cache',
    example: 'what is the endpoint of the serverless valkey cache api-cache',
  },
  {
    op: 'glue:GetJob',
    asked:
      'etl job definition, script location of a job, worker type, number of workers, job arguments, glue version of the job, job settings',
    example: 'which script and worker type does glue etl job nightly-orders use',
  },
  {
    op: 'glue:DeleteJob',
    asked: 'remove an etl job, get rid of an old spark job, retire a glue script job',
    example: 'remove the old glue etl job legacy-import',
  },
  {
    op: 'glue:StopCrawler',
    asked: 'halt a crawler that is running, crawler stuck, cancel crawl, abort schema discovery',
    example: 'the raw-events crawler has been going for hours, halt it',
  },
  {
    op: 'glue:UpdateCrawler',
    asked:
      'change crawler targets, point crawler at another s3 path, crawler schema change policy, exclude patterns, change crawler role',
    example: 'point crawler raw-events at s3://lake/raw/v2/ as well',
  },
  {
    op: 'glue:DeleteCrawler',
    asked: 'remove a crawler, get rid of an unused crawler, retire schema discovery',
    example: 'remove crawler old-clicks, nobody uses it',
  },
  {
    op: 'glue:GetCrawlers',
    asked:
      'all crawlers and their state, which crawlers are running, crawler last run status, every crawler definition',
    example: 'which of our glue crawlers are running and which failed last time',
  },
  {
    op: 'glue:GetConnection',
    asked:
      'jdbc url of a connection, connection properties, which vpc subnet the connection uses, database connection details for glue',
    example: 'what jdbc url does glue connection orders-postgres point at',
  },
  {
    op: 'glue:TestConnection',
    asked:
      'can glue reach the database, check jdbc connectivity, connection timeout, verify credentials and network for a connection',
    example: 'can glue actually reach postgres through connection orders-pg',
  },
  {
    op: 'glue:GetDatabase',
    asked:
      'catalog database details, location uri of a database, database description, does the database exist in the catalog',
    example: 'does the analytics database exist in the glue catalog and where is its location',
  },
  {
    op: 'glue:DeleteDatabase',
    asked: 'drop a catalog database, remove a database and its tables from the data catalog, drop schema',
    example: 'drop the scratch database from the glue catalog',
  },
  {
    op: 'glue:GetJobBookmark',
    asked:
      'where did incremental processing stop, last processed files, bookmark state, job progress marker, already processed data',
    example: 'how far has incremental etl job orders-incr got through the input files',
  },
  {
    op: 'glue:BatchDeletePartition',
    asked:
      'drop partitions, remove many partitions at once, clean out old dt partitions, drop partition values',
    example: 'drop all 2022 dt partitions from table lake.events',
  },
  {
    op: 'glue:GetPartition',
    asked:
      'one partition details, partition location, does partition dt=2024-01-01 exist, partition storage descriptor',
    example: 'does partition dt=2024-05-01 exist in lake.events and where does it point',
  },
  {
    op: 'glue:GetTableVersions',
    asked:
      'schema history of a table, previous table definitions, what changed in the table schema, older columns',
    example: 'what did the columns of lake.events look like before the last change',
  },
  {
    op: 'glue:CreateSchema',
    asked:
      'schema registry, avro schema, protobuf schema, json schema for kafka, compatibility mode, register a message format',
    example: 'register an avro format for the orders kafka topic with backward compatibility',
  },
  {
    op: 'glue:RegisterSchemaVersion',
    asked:
      'new version of an avro schema, evolve the message format, add a field to the schema, compatibility check',
    example: 'add a new optional field to the orders avro format in the registry',
  },
  {
    op: 'glue:CreateSession',
    asked:
      'interactive spark session, notebook session, pyspark shell, interactive etl development, idle timeout',
    example: 'open an interactive pyspark session to try out etl code',
  },
  {
    op: 'glue:RunStatement',
    asked: 'run code in the interactive session, execute pyspark snippet, send a cell, evaluate spark code',
    example: 'run df.count() in interactive session dev-42',
  },
  {
    op: 'glue:StartTrigger',
    asked:
      'activate a schedule, turn on a trigger, enable a cron for etl jobs, kick off a conditional trigger, resume a paused schedule, let a paused trigger fire again',
    example: 'activate the nightly-2am glue schedule that fires our etl jobs',
  },
  {
    op: 'glue:GetTriggers',
    asked: 'which triggers exist, schedules for etl jobs, what fires a job, cron expressions of triggers',
    example: 'what schedules fire our glue etl jobs',
  },
  {
    op: 'athena:GetNamedQuery',
    asked: 'saved query text, open a saved sql, read the sql of a saved query',
    example: 'show me the sql of saved athena query monthly-revenue',
  },
  {
    op: 'athena:ListNamedQueries',
    asked: 'which saved queries exist, all saved sql in a workgroup, saved query ids',
    example: 'what saved queries does the analysts workgroup have',
  },
  {
    op: 'athena:GetWorkGroup',
    asked:
      'workgroup settings, results location of a workgroup, scan limit of a workgroup, engine version in a workgroup, is it enabled',
    example: 'where does the analysts athena workgroup write its output and what is its scan cap',
  },
  {
    op: 'athena:ListWorkGroups',
    asked: 'which workgroups exist, all athena workgroups, team workgroups',
    example: 'what athena workgroups do we have',
  },
  {
    op: 'athena:ListDatabases',
    asked: 'which databases can athena see, schemas in the catalog, show databases',
    example: 'show databases available to athena in AwsDataCatalog',
  },
  {
    op: 'athena:ListTableMetadata',
    asked: 'which tables, show tables in a database, table names and columns, tables athena can query',
    example: 'show tables in the weblogs database in athena',
  },
  {
    op: 'athena:GetTableMetadata',
    asked: 'columns and types of a table, describe table, partition keys, table schema in athena',
    example: 'describe the columns and partition keys of weblogs.requests in athena',
  },
  {
    op: 'athena:CreateCapacityReservation',
    asked:
      'reserved dpus, dedicated query capacity, provisioned capacity, predictable query cost, guaranteed concurrency',
    example: 'reserve 24 dpus of dedicated athena capacity for the bi team',
  },
];

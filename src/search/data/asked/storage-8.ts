// Data: how people ask for operations (see ../asked.ts), analytics and migration stores:
// Redshift (provisioned, serverless, Data API), DMS, OpenSearch and OpenSearch Serverless.

import type { AskedEntry } from './types.js';

export const ASKED_STORAGE_8: readonly AskedEntry[] = [
  {
    op: 'redshift:CreateCluster',
    asked:
      'data warehouse, provisioned warehouse, columnar analytics database, olap, bi reporting, ra3 nodes',
    example: 'stand up a provisioned data warehouse with 4 ra3 nodes for bi reporting',
  },
  {
    op: 'redshift:DescribeClusters',
    asked:
      'warehouse endpoint, jdbc url, status, node type and count, is the warehouse available or paused, endpoint to connect to the warehouse, hostname and port of a cluster',
    example: 'what jdbc host do analysts use for warehouse analytics-prod and is it up?',
  },
  {
    op: 'redshift:ResizeCluster',
    asked:
      'add nodes, scale the warehouse, elastic resize, classic resize, change node count, more compute, make the warehouse bigger, grow the cluster, queries too slow need more nodes, change node type',
    example: 'go from 4 to 8 nodes on warehouse analytics-prod for month-end',
  },
  {
    op: 'redshift:PauseCluster',
    asked:
      'stop warehouse billing, suspend compute at night, save money on idle warehouse, shut the warehouse down and keep its data, turn the redshift cluster off without deleting it',
    example: 'stop paying for warehouse analytics-dev compute over the weekend',
  },
  {
    op: 'redshift:ResumeCluster',
    asked: 'start a paused warehouse again, wake up, bring compute back',
    example: 'analytics-dev warehouse is paused, bring it back up for the morning',
  },
  {
    op: 'redshift:CreateClusterSnapshot',
    asked: 'manual backup of the warehouse, snapshot before a big load, keep a copy of all data',
    example: 'take a manual backup of warehouse analytics-prod before the big reload',
  },
  {
    op: 'redshift:RestoreFromClusterSnapshot',
    asked:
      'new warehouse from a backup, recover a deleted warehouse, copy prod warehouse to test, bring up or spin up a new redshift cluster from a snapshot, rs: automated snapshot',
    example: 'build a test warehouse from the snapshot of analytics-prod taken last night',
  },
  {
    op: 'redshift:RestoreTableFromClusterSnapshot',
    asked:
      'someone dropped a warehouse table, bring back just that one table from a backup, recover a dropped table, single table restore',
    example: 'someone dropped sales.orders in the warehouse, bring back just that table',
  },
  {
    op: 'redshift:GetClusterCredentials',
    asked: 'temporary database password, iam authentication, dbuser, short lived login to the warehouse',
    example: 'give me a temporary login for db user analyst on warehouse analytics-prod',
  },
  {
    op: 'redshift:EnableLogging',
    asked:
      'audit logging, record who connects to the warehouse and which queries they run, user activity log, connection log to s3 or cloudwatch',
    example: 'record who connects and what they run on warehouse analytics-prod',
  },
  {
    op: 'redshift-data:ExecuteStatement',
    asked:
      'run sql on the warehouse without a driver, async query over http, query redshift from lambda, insert or copy command, run sql on a serverless workgroup or a provisioned cluster, execute a select on a workgroup',
    example: 'run select count(*) from sales on redshift from a lambda without jdbc',
  },
  {
    op: 'redshift-data:GetStatementResult',
    asked:
      'fetch the rows returned by a warehouse query id, read query results, output of a finished query, records and column metadata, result set of a data api call, rows for a statement id, get the rows back, what did my redshift query return, data api query output',
    example: 'fetch the rows returned by query id d9b6c0c9 on the warehouse',
  },
  {
    op: 'redshift-data:DescribeStatement',
    asked:
      'is my warehouse query done, status, finished or failed, error message, duration, rows affected, did my sql finish yet, has the data api statement completed, still running',
    example: 'did warehouse query d9b6c0c9 finish, and if it failed why?',
  },
  {
    op: 'redshift-data:ListTables',
    asked: 'which tables are in a schema, show warehouse tables, table names matching a pattern',
    example: 'what tables exist in schema sales of the warehouse database dev?',
  },
  {
    op: 'redshift-data:CancelStatement',
    asked: 'kill a warehouse query running too long, stop a stuck query, abort running sql',
    example: 'kill warehouse query d9b6c0c9, it has been running for an hour',
  },
  {
    op: 'redshift-serverless:CreateWorkgroup',
    asked: 'serverless warehouse compute, base rpu capacity, no cluster to manage, pay per query warehouse',
    example: 'set up a serverless warehouse with 32 base rpus',
  },
  {
    op: 'redshift-serverless:CreateNamespace',
    asked: 'serverless warehouse databases and users, admin user, storage side of serverless, kms key',
    example: 'create the storage side of a serverless warehouse with admin user admin',
  },
  {
    op: 'redshift-serverless:UpdateWorkgroup',
    asked: 'change base rpu capacity, raise max capacity, enable public access, change serverless settings',
    example: 'raise base capacity of serverless warehouse wg-analytics to 64 rpus',
  },
  {
    op: 'redshift-serverless:CreateUsageLimit',
    asked: 'cap serverless spending, limit rpu hours per day or month, budget guardrail, alert or turn off',
    example: 'stop the serverless warehouse from using more than 500 rpu hours a month',
  },
  {
    op: 'dms:CreateReplicationInstance',
    asked: 'migration server, compute for a database migration, instance that runs migration tasks',
    example: 'provision the server that will run our oracle to postgres move',
  },
  {
    op: 'dms:CreateEndpoint',
    asked:
      'register a source or target database for the migration, on-prem oracle or mysql source connection, credentials and server name for a migration',
    example: 'register our on-prem oracle as the source for the migration',
  },
  {
    op: 'dms:TestConnection',
    asked:
      'can the migration reach my database, test connectivity to source or target, connection failed, can the replication instance reach the endpoint, network reachability of the source or target endpoint, verify connectivity, check the replication instance reaches the source endpoint, reach an endpoint from the replication instance',
    example: 'check that migration instance can reach our oracle source before starting',
  },
  {
    op: 'dms:CreateReplicationTask',
    asked:
      'migrate all tables from one database engine to another, copy tables from mysql or oracle into aurora or postgres, full load, cdc, keep syncing changes until cutover, ongoing replication, table mappings',
    example: 'copy all tables from mysql to aurora and keep syncing changes until cutover',
  },
  {
    op: 'dms:StartReplicationTask',
    asked:
      'start the migration task, start the task that copies data from the source database to the target, run the replication task now, start the migration, resume a migration, reload target, begin copying data, start replicating, ongoing replication, change data capture, cdc, full load and ongoing changes',
    example: 'kick off the oracle to postgres move now',
  },
  {
    op: 'dms:DescribeReplicationTasks',
    asked:
      'migration progress, percent complete, task status, is the migration still running, errors, is the full load done, percent of tables loaded, full load progress of a task, is the replication task still running, replication running',
    example: 'how far along is our database migration and did it hit errors?',
  },
  {
    op: 'dms:DescribeTableStatistics',
    asked: 'rows migrated per table, inserts and deletes counts, validation status, which table failed',
    example: 'how many rows of each table have been copied so far in migration task orders-move?',
  },
  {
    op: 'dms:StopReplicationTask',
    asked:
      'pause the migration, halt replication for a freeze window, stop copying changes to the target, hold cdc',
    example: 'pause our database migration for the weekend freeze',
  },
  {
    op: 'opensearch:CreateDomain',
    asked:
      'elasticsearch cluster, search engine, log analytics, kibana, dashboards, full text search, managed opensearch',
    example: 'set up a managed elasticsearch-style cluster for log search with dashboards',
  },
  {
    op: 'opensearch:DescribeDomain',
    asked:
      'domain endpoint, dashboards url, kibana url, processing state, cluster config and status, which version a domain is on, engine version of a domain',
    example: 'what is the endpoint url of search domain logs-prod?',
  },
  {
    op: 'opensearch:UpdateDomainConfig',
    asked:
      'add data nodes, change instance type, bigger ebs volume, fine-grained access, access policy, enable slow logs, out of disk, more disk, more storage for the search domain',
    example: 'search domain logs-prod is running out of disk, give it bigger volumes',
  },
  {
    op: 'opensearch:UpgradeDomain',
    asked: 'upgrade elasticsearch version to opensearch, engine version bump, move to newer version',
    example: 'move search domain logs-prod from elasticsearch 7.10 to opensearch 2.13',
  },
  {
    op: 'opensearch:DescribeDomainHealth',
    asked: 'red yellow green status, cluster health, unassigned shards, master node healthy, why red',
    example: 'why is search domain logs-prod red, are shards unassigned?',
  },
  {
    op: 'opensearch:DeleteDomain',
    asked: 'remove a search cluster, tear down elasticsearch, delete all indices and the cluster',
    example: 'get rid of the old elasticsearch cluster logs-2019',
  },
  {
    op: 'opensearch:ListDomainNames',
    asked: 'what search clusters do we have, all elasticsearch and opensearch domains, engine type',
    example: 'which elasticsearch clusters exist in this account?',
  },
  {
    op: 'opensearch:DescribeDomainChangeProgress',
    asked:
      'blue green deployment progress, stuck in processing, config change status, how long left, is the config change still in progress, change still applying, domain stuck after a change, progress of an update',
    example: 'my search domain has been processing for hours, how far is the change?',
  },
  {
    op: 'opensearchserverless:CreateCollection',
    asked:
      'serverless search, vector search, vector store for rag, embeddings index, time series collection, no cluster to size',
    example: 'I need a serverless vector store for rag embeddings',
  },
  {
    op: 'opensearchserverless:CreateSecurityPolicy',
    asked:
      'encryption policy, network policy, public or vpc access to a collection, kms for serverless search',
    example: 'allow public network access to serverless search collection docs-vectors',
  },
  {
    op: 'opensearchserverless:CreateAccessPolicy',
    asked: 'data access policy, who can read or write indexes, grant a role access to a collection',
    example: 'let my bedrock role read and write indexes in collection docs-vectors',
  },
  {
    op: 'opensearchserverless:BatchGetCollection',
    asked: 'collection endpoint, dashboard url, collection status, details of serverless search collections',
    example: 'what endpoint does serverless collection docs-vectors have and is it active?',
  },
];

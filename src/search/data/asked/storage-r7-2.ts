// Data: how people ask for operations (see ../asked.ts), round 7 of the storage group, part 2:
// the uncovered reads and clean-ups of Keyspaces, Timestream, Aurora DSQL, the Redshift Data
// API, Redshift, EFS and S3 Tables that people ask for by what they see, not by the API name.

import type { AskedEntry } from './types.js';

export const ASKED_STORAGE_R7_2: readonly AskedEntry[] = [
  {
    op: 'keyspaces:ListKeyspaces',
    asked:
      'which cassandra databases do we have, show all cql namespaces, every cassandra schema in the account',
    example: 'which cassandra databases exist in our aws account?',
  },
  {
    op: 'keyspaces:ListTables',
    asked:
      'cql column families of a cassandra schema, cassandra column families in it, cassandra schema contents',
    example: 'which cassandra tables are in keyspace iot?',
  },
  {
    op: 'keyspaces:GetTable',
    asked:
      'cassandra column family schema, columns, partition key, capacity mode, is it active, ttl and point in time recovery status',
    example: 'what columns and partition key does cassandra table iot.readings have?',
  },
  {
    op: 'keyspaces:DeleteTable',
    asked: 'drop a cassandra column family, remove cql data and all its rows, tear down',
    example: 'drop the cassandra table iot.readings_old',
  },
  {
    op: 'timestream-write:ListDatabases',
    asked: 'which time series stores do we have, iot metrics stores in timestream, every timestream store',
    example: 'which time series databases do we have in timestream?',
  },
  {
    op: 'timestream-write:DescribeTable',
    asked:
      'retention of memory store and magnetic store, how long data is kept, status, time series settings',
    example: 'how long does timestream table metrics.cpu keep data in memory and on magnetic?',
  },
  {
    op: 'timestream-write:CreateBatchLoadTask',
    asked:
      'bulk import csv from s3 into time series, backfill historical metrics, load old data in bulk, one-off import',
    example: 'backfill two years of csv metrics from s3://metrics-export into timestream',
  },
  {
    op: 'timestream-write:DescribeBatchLoadTask',
    asked:
      'is the bulk import done, backfill progress, records ingested, errors of the csv import, has it finished',
    example: 'has the timestream csv backfill finished, how many records failed?',
  },
  {
    op: 'timestream-query:CancelQuery',
    asked: 'stop a long running time series sql, kill a runaway query, abort by query id, taking too long',
    example: 'kill the runaway timestream sql with query id AEDQCA',
  },
  {
    op: 'timestream-query:ListScheduledQueries',
    asked:
      'which recurring time series rollups exist, periodic aggregations, scheduled sql jobs and their state',
    example: 'which recurring rollups do we run in timestream?',
  },
  {
    op: 'dsql:ListClusters',
    asked:
      'which distributed sql databases do we have, show aurora dsql databases, every serverless postgres compatible database',
    example: 'which aurora dsql databases do we have in this region?',
  },
  {
    op: 'dsql:DeleteCluster',
    asked: 'tear down the aurora dsql database, remove distributed sql, turn off deletion protection first',
    example: 'tear down the aurora dsql database used for the demo',
  },
  {
    op: 'dsql:UpdateCluster',
    asked:
      'turn deletion protection on or off for aurora dsql, change settings of the distributed sql database',
    example: 'turn off deletion protection on aurora dsql database abc123xyz',
  },
  {
    op: 'redshift-data:ListStatements',
    asked:
      'recent warehouse queries i ran, history of data api sql, which queries are still running, failed queries today',
    example: 'which warehouse queries did I submit through the data api today and which failed?',
  },
  {
    op: 'redshift-data:ListDatabases',
    asked: 'what can i connect to in the warehouse, db names in redshift, catalog of dbs, which exist',
    example: 'which databases exist in redshift workgroup analytics through the data api?',
  },
  {
    op: 'redshift-data:ListSchemas',
    asked: 'namespaces of warehouse tables, which name prefixes exist in the redshift db, folders of tables',
    example: 'which schemas are in database dev on redshift cluster analytics?',
  },
  {
    op: 'redshift-data:DescribeTable',
    asked:
      'column names and types in the warehouse, redshift metadata, what columns does it have, data types',
    example: 'what columns and types does redshift table public.sales have?',
  },
  {
    op: 'redshift-data:BatchExecuteStatement',
    asked:
      'run several sql commands in one go on the warehouse, multiple ddl and dml together, script of commands, one transaction',
    example: 'run these three create table statements together on redshift workgroup analytics',
  },
  {
    op: 'redshift:DescribeEvents',
    asked:
      'what happened to the warehouse, recent reboots, patching, failures in the last two weeks, why did it restart, history',
    example: 'what happened to redshift cluster analytics-prod overnight, did it restart?',
  },
  {
    op: 'redshift:ModifyClusterMaintenance',
    asked:
      'defer updates on the warehouse, postpone patching, skip upgrades during quarter end, pause patches',
    example: 'postpone patching of redshift cluster analytics-prod until after quarter end',
  },
  {
    op: 'redshift:RotateEncryptionKey',
    asked: 'new kms data key for the warehouse, rotate keys, re-encrypt, compliance key rotation',
    example: 'rotate the kms keys of redshift cluster finance-dw for compliance',
  },
  {
    op: 'efs:DescribeFileSystemPolicy',
    asked:
      'who can mount the nfs share, resource policy of the shared drive, is root access allowed, enforce tls rule, show permissions',
    example: 'show the resource policy of nfs share fs-0a1b2c3d, who is allowed to mount it?',
  },
  {
    op: 'efs:DescribeMountTargetSecurityGroups',
    asked:
      'which firewall rules guard the nfs endpoint, nfs port 2049 blocked, mount times out, inbound rules of the share endpoint',
    example: 'mounting the nfs share times out, which security groups are on its mount target?',
  },
  {
    op: 'efs:UpdateFileSystemProtection',
    asked:
      'allow replication to overwrite the shared drive, turn off overwrite protection, make it a replica target, failback',
    example: 'turn off overwrite protection on nfs share fs-0a1b2c3d so it can be a replica target',
  },
  {
    op: 's3tables:ListTableBuckets',
    asked: 'which iceberg warehouses do we have in s3, managed iceberg storage, every s3 tables store',
    example: 'which s3 iceberg table buckets exist in this account?',
  },
  {
    op: 's3tables:ListNamespaces',
    asked: 'which iceberg databases exist in s3 tables storage, schemas, show groups of iceberg data',
    example: 'which iceberg databases are in table bucket analytics-tb?',
  },
  {
    op: 's3tables:GetTable',
    asked: 'iceberg details, format, warehouse location, created by, version token, metadata',
    example: 'show details of iceberg table web.clicks in table bucket analytics-tb',
  },
  {
    op: 's3tables:DeleteTable',
    asked: 'drop iceberg data from s3 tables storage, remove managed iceberg data, purge',
    example: 'drop iceberg table web.clicks_old from table bucket analytics-tb',
  },
  {
    op: 's3tables:GetTableMaintenanceJobStatus',
    asked:
      'did compaction run, snapshot expiry status, unreferenced file cleanup result, iceberg housekeeping failed or succeeded',
    example: 'did compaction run on iceberg table web.clicks, and did it fail?',
  },
];

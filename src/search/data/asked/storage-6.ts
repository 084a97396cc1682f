// Data: how people ask for operations (see ../asked.ts), databases: RDS instances and Aurora
// clusters, their backups, settings and logs, and the RDS Data API.

import type { AskedEntry } from './types.js';

export const ASKED_STORAGE_6: readonly AskedEntry[] = [
  {
    op: 'rds:CreateDBInstance',
    asked:
      'new database, spin up postgres, mysql, mariadb, sql server, oracle, managed relational database, provision a db server, master username and password',
    example: 'spin up a managed postgres 16 server for the billing app',
  },
  {
    op: 'rds:DescribeDBInstances',
    asked:
      'database endpoint, hostname to connect, connection string, port, status, engine version, instance class, is it available, which databases do we have, read replica status and lag, is it multi-az, is it publicly accessible, is storage encrypted, is deletion protection on, storage autoscaling limit, which availability zone, settings of an instance, which engine version a database is on, what version is the db running',
    example: 'what hostname and port do I connect to for database pg-prod?',
  },
  {
    op: 'rds:ModifyDBInstance',
    asked:
      'resize a database, move to a bigger instance class, add disk space or storage, change or reset master password, turn on multi-az, change backup retention, apply immediately, engine version upgrade, turn on deletion protection, guard the database from accidental deletion',
    example: 'move database pg-prod to db.r6g.2xlarge and add 200 GB of disk',
  },
  {
    op: 'rds:DeleteDBInstance',
    asked: 'drop a database server, final snapshot, skip final snapshot, decommission, tear down a db',
    example: 'get rid of database staging-old but keep a final snapshot',
  },
  {
    op: 'rds:RebootDBInstance',
    asked: 'restart a database, bounce, apply static parameter changes, reboot with failover, hung db',
    example: 'bounce database pg-prod so the new parameter group takes effect',
  },
  {
    op: 'rds:StopDBInstance',
    asked:
      'pause a database, stop paying for it at night, shut down temporarily for up to 7 days, save money',
    example: 'shut down dev database dev-pg overnight to save money',
  },
  {
    op: 'rds:StartDBInstance',
    asked:
      'switch a stopped database back on, power on, bring it back up in the morning, resume, wake up a paused db',
    example: 'power dev-pg back on this morning',
  },
  {
    op: 'rds:CreateDBSnapshot',
    asked:
      'manual backup of a database, take a snapshot before a migration, back up now, keep forever until deleted, take a backup of a database right now, back up the db before an upgrade',
    example: 'make a manual backup of database pg-prod before the migration tonight',
  },
  {
    op: 'rds:DescribeDBSnapshots',
    asked:
      'list backups of a database, when was the last backup taken, available snapshots, automated and manual, snapshot creation time, do we have a recent backup of a database',
    example: 'which backups do we have of database pg-prod and when was the newest taken?',
  },
  {
    op: 'rds:RestoreDBInstanceFromDBSnapshot',
    asked:
      'new database from a backup, clone from a snapshot, recover a deleted database, spin up a copy from a backup, make a new rds database out of a snapshot, build a test db from last week s snapshot',
    example: "bring up a new database from last sunday's snapshot of pg-prod for testing",
  },
  {
    op: 'rds:RestoreDBInstanceToPointInTime',
    asked:
      'roll back a database to 5 minutes ago, undo a bad migration, restore to a time, latest restorable time, pitr, recover from dropped table',
    example: 'someone dropped a table at 10:32, give me pg-prod as it was at 10:30',
  },
  {
    op: 'rds:CopyDBSnapshot',
    asked:
      'copy a backup to another region, duplicate a snapshot, change kms key of a snapshot, automated to manual, offsite',
    example: 'send a copy of db snapshot pg-prod-2024-06-01 to eu-central-1',
  },
  {
    op: 'rds:ModifyDBSnapshotAttribute',
    asked:
      'share a snapshot with another account, make a snapshot public, restore permission for an account id',
    example: 'let account 444455556666 restore from our snapshot pg-prod-final',
  },
  {
    op: 'rds:CreateDBInstanceReadReplica',
    asked:
      'read replica, scale reads, offload reporting queries, cross region replica, read only copy kept in sync, offload read traffic from the primary, take reads off the main database',
    example: 'add a read-only copy of pg-prod for the reporting team',
  },
  {
    op: 'rds:PromoteReadReplica',
    asked: 'make a replica standalone, promote to primary, break replication, turn replica into its own db',
    example: 'turn replica pg-prod-ro into an independent writable database',
  },
  {
    op: 'rds:CreateDBCluster',
    asked:
      'aurora cluster, aurora postgres, aurora mysql, serverless v2, multi-az db cluster, writer and readers',
    example: 'create an aurora postgres cluster with serverless v2 capacity for the new app',
  },
  {
    op: 'rds:DescribeDBClusters',
    asked:
      'aurora writer endpoint, reader endpoint, cluster members, which instance is the writer, cluster status, aurora version, when is the maintenance window, backup window',
    example: 'what is the reader endpoint of aurora cluster orders-aurora?',
  },
  {
    op: 'rds:ModifyDBCluster',
    asked:
      'change aurora settings, serverless capacity range min max acu, aurora backup retention, master password, deletion protection, aurora version upgrade',
    example: 'let aurora cluster orders-aurora scale between 0.5 and 16 acu',
  },
  {
    op: 'rds:FailoverDBCluster',
    asked:
      'switch the writer, force failover, promote a reader to writer, test failover, simulate primary crash, make the reader the writer, writer moves to another instance, swap primary and replica, make a reader the new writer',
    example: 'make a reader the new writer in aurora cluster orders-aurora to test our app',
  },
  {
    op: 'rds:RestoreDBClusterToPointInTime',
    asked:
      'roll back aurora to a time, clone aurora, copy-on-write clone, restore aurora before a bad deploy',
    example: 'give me a copy of aurora cluster orders-aurora as it was at 09:00 today',
  },
  {
    op: 'rds:CreateDBClusterSnapshot',
    asked: 'manual aurora backup, snapshot an aurora cluster, back up aurora now',
    example: 'take a manual backup of aurora cluster orders-aurora',
  },
  {
    op: 'rds:RestoreDBClusterFromSnapshot',
    asked:
      'new aurora cluster from a backup, recover aurora from snapshot, copy aurora into staging, create a new aurora cluster from a snapshot, build a cluster out of a cluster snapshot',
    example: 'build a staging aurora cluster from snapshot orders-aurora-2024-06-01',
  },
  {
    op: 'rds:StopDBCluster',
    asked: 'pause aurora, stop paying for aurora at night, shut down cluster temporarily',
    example: 'pause aurora cluster dev-aurora over the weekend',
  },
  {
    op: 'rds:ModifyDBParameterGroup',
    asked:
      'change max_connections, set a database parameter, work_mem, turn on slow query log, log_min_duration_statement, tune postgresql.conf or my.cnf, enable slow query logging, turn on the general log, log slow queries on mysql',
    example: 'raise max_connections to 500 in parameter group pg16-prod',
  },
  {
    op: 'rds:CreateDBParameterGroup',
    asked: 'custom database settings, my own postgresql.conf, tunable config, non-default engine settings',
    example: 'I need a custom config for postgres 16 since the default one cannot be edited',
  },
  {
    op: 'rds:DescribeDBParameters',
    asked:
      'what is max_connections set to, current parameter values, which settings are modified, is a parameter set on the database, value of log_min_duration_statement or any setting',
    example: 'what value does work_mem have in our postgres parameter group pg16-prod?',
  },
  {
    op: 'rds:DescribeDBLogFiles',
    asked: 'which log files exist, error log list, slow query log files, audit logs available',
    example: 'what database log files are available for pg-prod?',
  },
  {
    op: 'rds:DownloadDBLogFilePortion',
    asked:
      'read the error log, tail the postgres log, slow query log content, view log lines, show the last lines of a database log, tail the mysql error log, read the slow query log',
    example: 'show me the last lines of the postgres error log of database pg-prod',
  },
  {
    op: 'rds:DescribeDBEngineVersions',
    asked:
      'which postgres or mysql versions are available, supported versions, upgrade targets, valid major version upgrade',
    example: 'which postgres versions can pg-prod be upgraded to?',
  },
  {
    op: 'rds:DescribePendingMaintenanceActions',
    asked:
      'upcoming maintenance, scheduled patches, pending os or engine updates, certificate rotation due, what will be applied in the next window',
    example: 'is any patching scheduled for our databases next week?',
  },
  {
    op: 'rds:DescribeEvents',
    asked:
      'what happened to my database, why did the database restart or reboot, recent events, failover history, backup events, maintenance notices, time of the latest database failover or restart',
    example: 'what happened to our postgres db pg-prod last night, it restarted',
  },
  {
    op: 'rds:CreateEventSubscription',
    asked:
      'email me when a database fails over, notifications via sns, alert on db events, notify on backup failure, get an email or sns message whenever a database restarts or fails over, subscribe to database events, text me when the db goes down',
    example: 'notify our sns topic whenever any database fails over or runs low on storage',
  },
  {
    op: 'rds:CreateBlueGreenDeployment',
    asked:
      'zero downtime upgrade, staging copy for a major version upgrade, blue green, test changes on a synced copy',
    example: 'prepare a synced copy of pg-prod on postgres 16 so we can switch with little downtime',
  },
  {
    op: 'rds:SwitchoverBlueGreenDeployment',
    asked: 'cut over to green, promote the upgraded copy, switch production traffic to the new version',
    example: 'the upgraded green copy looks good, cut production over to it',
  },
  {
    op: 'rds:StartExportTask',
    asked:
      'turn a database snapshot into parquet files in a bucket, analyze a backup in athena, dump database backup to s3',
    example: 'turn rds snapshot pg-prod-final into parquet files for athena',
  },
  {
    op: 'rds:CreateDBProxy',
    asked:
      'connection pooling, too many connections, lambda connections, pgbouncer, faster failover for apps, add a connection pooler, put a pooler in front of a database or an aurora cluster',
    example: 'our lambdas exhaust the postgres connections, put a pooler in front of it',
  },
  {
    op: 'rds:CreateGlobalCluster',
    asked:
      'aurora global database, cross region disaster recovery, secondary region, low latency global reads, make aurora readable from another region, cross region read copy of an aurora database',
    example: 'make aurora cluster orders-aurora span us-east-1 and eu-west-1 for dr',
  },
  {
    op: 'rds:FailoverGlobalCluster',
    asked:
      'regional outage, a region is down, make the aurora copy in another region the primary, promote the secondary region',
    example: 'us-east-1 is down, promote our eu-west-1 aurora secondary to primary',
  },
  {
    op: 'rds:CreateDBSubnetGroup',
    asked: 'which subnets the database goes in, private subnets for a database, vpc placement',
    example: 'put our databases into private subnets subnet-a and subnet-b',
  },
  {
    op: 'rds-data:ExecuteStatement',
    asked: 'run sql over https, data api, query aurora from lambda without a driver, select rows, parameters',
    example: 'run select * from users where id = :id on aurora without a database driver',
  },
  {
    op: 'rds-data:BatchExecuteStatement',
    asked: 'insert many rows with parameter sets, bulk insert over data api, same sql many times',
    example: 'insert 500 rows into aurora table events with one call over the data api',
  },
];

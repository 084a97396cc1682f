// Data: how people ask for operations (see ../asked.ts), databases: DynamoDB and its streams,
// DAX, Keyspaces (Cassandra) and Timestream.

import type { AskedEntry } from './types.js';

export const ASKED_STORAGE_5: readonly AskedEntry[] = [
  {
    op: 'dynamodb:GetItem',
    asked:
      'read one record by key, fetch a row, lookup by id, single entry, primary key lookup, strongly consistent read, find by partition key and sort key, pull up a single record by its id, one item by key, look up a user or order by id',
    example: 'fetch the user record with id u-123 from table users',
  },
  {
    op: 'dynamodb:PutItem',
    asked:
      'insert a record, save a row, write an entry, upsert, store a json document, replace a whole record, add a new row, conditional insert if not exists, insert a json item into a table, put a document into a table, write one item',
    example: 'save a new order row with orderId o-981 into table orders',
  },
  {
    op: 'dynamodb:UpdateItem',
    asked:
      'change one field, bump a count by one, increment a counter, atomic counter, set an attribute, modify part of a record without rewriting the whole row, patch a row, add to a list, update expression, set one attribute of an existing item, set field=value on an item',
    example: 'bump the view count by one on article a-77 without rewriting the whole row',
  },
  {
    op: 'dynamodb:DeleteItem',
    asked: 'remove a record, delete a row by key, erase one entry, conditional delete',
    example: 'remove the session row with key s-42 from table sessions',
  },
  {
    op: 'dynamodb:Query',
    asked:
      'find rows by partition key, all orders or rows for one customer or user, sort key range, placed in a date range, begins_with, gsi lookup, secondary index, key condition, newest first, all messages of a chat room or thread, every item sharing the same partition key, latest n entries for a user, history of one device',
    example: 'get all orders for customer c-17 placed in march, newest first',
  },
  {
    op: 'dynamodb:Scan',
    asked:
      'read the whole table, go through every row, find the ones where a field is missing, full table dump, filter all records, count all entries, expensive read, parallel segments, exact count of items right now, look at every row, search a table by a non key attribute',
    example: 'go through every row in table users and find the ones with no email',
  },
  {
    op: 'dynamodb:BatchGetItem',
    asked:
      'fetch or load many rows by their ids in a single request, up to 100 keys, bulk read, multiple records in one call',
    example: 'load 80 product rows by their ids in a single request',
  },
  {
    op: 'dynamodb:BatchWriteItem',
    asked:
      'bulk insert, load many rows, up to 25 puts or deletes, seed data, write lots of records at once, unprocessed',
    example: 'insert 25 rows at once into table products to seed test data',
  },
  {
    op: 'dynamodb:TransactWriteItems',
    asked:
      'all or nothing, atomic writes across tables, acid, debit one account and credit another, wallet balance transfer, both happen or neither, rollback if one fails',
    example: 'debit one wallet and credit another so both happen or neither does',
  },
  {
    op: 'dynamodb:TransactGetItems',
    asked:
      'consistent snapshot read of several rows atomically, read together, serializable read, read several related rows together so they are consistent, consistent read of items across tables',
    example: 'fetch the cart and the inventory rows together in one transaction',
  },
  {
    op: 'dynamodb:ExecuteStatement',
    asked: 'partiql, sql-like select, run sql against nosql, select where, insert with sql syntax',
    example: "run SELECT * FROM orders WHERE customerId = 'c-17' against my nosql table",
  },
  {
    op: 'dynamodb:CreateTable',
    asked:
      'new nosql table, partition key, sort key, on-demand, pay per request, hash key range key, key value store, provisioned capacity',
    example: 'make a nosql table orders keyed by customerId and orderDate, billed per request',
  },
  {
    op: 'dynamodb:DescribeTable',
    asked:
      'table status active, item count, how big, key schema, indexes, provisioned capacity, stream arn, billing mode, is it ready, what is the partition key of a table, is a table on-demand or provisioned',
    example: 'is table orders active yet and what are its keys and indexes?',
  },
  {
    op: 'dynamodb:ListTables',
    asked: 'what tables exist, show all nosql tables, table names in this region',
    example: 'which nosql tables do we have in us-east-1?',
  },
  {
    op: 'dynamodb:DeleteTable',
    asked: 'drop a table, remove a nosql table and all its data, tear down',
    example: 'drop the old sessions-v1 nosql table',
  },
  {
    op: 'dynamodb:UpdateTable',
    asked:
      'switch to on-demand, change read and write capacity, add a gsi, new secondary index, enable streams, table class, deletion protection, throttling, change the billing mode, move from provisioned capacity to pay per request, add an index to an existing table',
    example: 'add a global secondary index on email to table users',
  },
  {
    op: 'dynamodb:UpdateTimeToLive',
    asked:
      'expire rows automatically, rows delete themselves, auto delete old records, ttl attribute, epoch seconds expiration timestamp, clean up sessions after a day, items vanish or disappear after n days',
    example: 'have session rows delete themselves after their expiresAt epoch passes',
  },
  {
    op: 'dynamodb:UpdateContinuousBackups',
    asked:
      'point in time recovery, pitr, turn on 35 days of restore, enable continuous protection, recover to any second in the last 35 days, make a table restorable to any point in time, enable continuous backups',
    example: 'turn on point-in-time recovery for table payments',
  },
  {
    op: 'dynamodb:RestoreTableToPointInTime',
    asked:
      'roll back a table to yesterday, undo a bad write, restore to a minute ago, recover from accidental deletes, pitr restore into a new table',
    example: 'someone wiped half of table payments at 14:05, get it back as it was at 14:00',
  },
  {
    op: 'dynamodb:CreateBackup',
    asked:
      'on-demand backup of a nosql table, snapshot a table before a change, full copy kept until deleted',
    example: "snapshot nosql table payments before tonight's release",
  },
  {
    op: 'dynamodb:RestoreTableFromBackup',
    asked:
      'recreate a table from a snapshot we took, new table from a saved backup, recover from an on-demand snapshot, clone table from backup',
    example: 'recreate table payments from the snapshot we took on friday',
  },
  {
    op: 'dynamodb:ExportTableToPointInTime',
    asked:
      'dump a table to s3, export for athena, analytics copy, json or ion files, full or incremental export, data lake, without consuming or eating read capacity, no impact on table performance, from the pitr copy',
    example: 'dump table orders into s3://analytics-exports/orders/ so athena can query it',
  },
  {
    op: 'dynamodb:ImportTable',
    asked: 'load csv or json from s3 into a new table, bulk import from a bucket, migrate data in',
    example: 'load the csv files under s3://migration/users/ into a brand new nosql table',
  },
  {
    op: 'dynamodb:CreateGlobalTable',
    asked: 'multi region replica, writable in two or more regions, active active table, global replication',
    example: 'make table sessions writable in both us-east-1 and eu-west-1',
  },
  {
    op: 'dynamodbstreams:GetRecords',
    asked:
      'read change events, cdc, what changed in a table, inserts updates deletes feed, new and old images',
    example: 'read the latest inserts and modifications from the change feed of table orders',
  },
  {
    op: 'dynamodbstreams:GetShardIterator',
    asked: 'start reading a change feed position, trim horizon, latest, after sequence number',
    example: 'begin reading the orders change feed from the oldest available record',
  },
  {
    op: 'dynamodbstreams:DescribeStream',
    asked: 'shards of a change feed, stream status, view type, parent shard',
    example: 'what shards does the change feed of table orders have right now?',
  },
  {
    op: 'dax:CreateCluster',
    asked:
      'in-memory cache in front of dynamodb, microsecond reads, accelerate reads, write-through cache, reduce read load, in-memory accelerator to speed up dynamodb reads',
    example: 'put a microsecond in-memory cache in front of my dynamodb tables',
  },
  {
    op: 'dax:DescribeClusters',
    asked: 'cache endpoint, node status, cluster discovery address, how many nodes',
    example: 'what endpoint should my app use for dax cluster orders-cache?',
  },
  {
    op: 'dax:IncreaseReplicationFactor',
    asked: 'add cache nodes, scale out reads, more replicas, handle more traffic',
    example: 'add two more nodes to dax cluster orders-cache',
  },
  {
    op: 'keyspaces:CreateKeyspace',
    asked:
      'cassandra keyspace, cql, apache cassandra compatible, replication strategy, new cassandra database, container for cassandra tables before making them',
    example: 'create a cassandra-compatible keyspace called iot for our cql apps',
  },
  {
    op: 'keyspaces:CreateTable',
    asked:
      'cassandra table, partition key and clustering columns, cql schema, column definitions, new cassandra table in a keyspace, on-demand or provisioned capacity mode, pay per request',
    example: 'add a cassandra table readings with device_id partition key and ts clustering column',
  },
  {
    op: 'keyspaces:RestoreTable',
    asked: 'cassandra point in time restore, roll back cql table, recover cassandra data to a time',
    example: 'bring cassandra table iot.readings back to how it was yesterday at noon',
  },
  {
    op: 'keyspaces:UpdateTable',
    asked: 'add columns to a cassandra table, change capacity mode, default ttl, alter table',
    example: 'alter cassandra table iot.readings to add a battery column',
  },
  {
    op: 'timestream-write:CreateDatabase',
    asked: 'time series database, iot metrics store, sensor data store, telemetry storage',
    example: 'set up a time series store for our sensor telemetry',
  },
  {
    op: 'timestream-write:CreateTable',
    asked: 'memory store retention, magnetic store retention, time series table, hot and cold retention',
    example: 'new time series table keeping 24 hours hot and 1 year cold',
  },
  {
    op: 'timestream-write:WriteRecords',
    asked:
      'ingest sensor readings, insert metrics, push measurements, telemetry datapoints, write time series points, dimensions, write a metric value for a host, write values into a table, record measures, put a data point',
    example: 'push temperature readings from device d-9 with timestamps into the time series db',
  },
  {
    op: 'timestream-write:UpdateTable',
    asked: 'change retention period, keep hot data longer, magnetic store writes, shorten retention',
    example: 'keep sensor data in memory for 48 hours instead of 24',
  },
  {
    op: 'timestream-query:Query',
    asked:
      'select metrics over time, aggregate by bin, time series sql, average per minute, last hour of readings, where time > ago(15m), read back sensor measurements',
    example: 'average temperature per 5 minutes for device d-9 over the last day',
  },
  {
    op: 'timestream-query:CreateScheduledQuery',
    asked:
      'rollup every hour, compute hourly averages automatically into a summary table, downsample, aggregate periodically, precompute dashboards',
    example: 'compute hourly averages of sensor readings automatically into a summary table',
  },
];

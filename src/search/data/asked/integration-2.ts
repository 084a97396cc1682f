// Data: how people ask for operations (see ../asked.ts), integration services: brokers, streams,
// kafka, graphql and websocket pushes (mq, kinesis, firehose, kafka, kafkaconnect, appsync,
// apigatewaymanagementapi).

import type { AskedEntry } from './types.js';

export const ASKED_INTEGRATION_2: readonly AskedEntry[] = [
  {
    op: 'mq:CreateBroker',
    asked:
      'activemq, rabbitmq, managed message broker, jms, amqp, stomp, openwire, set up, new, message broker service for jms or amqp applications moved from on premises',
    example: 'spin up a managed rabbitmq for our legacy app',
  },
  {
    op: 'mq:RebootBroker',
    asked: 'restart, bounce, apply pending config, reboot activemq, rabbitmq restart',
    example: 'bounce our rabbitmq so the pending config change takes effect',
  },
  {
    op: 'mq:DescribeBroker',
    asked:
      'status, console url, endpoints, amqp address, engine version, web console, connection, instance size and deployment mode of a rabbitmq or activemq broker',
    example: 'what are the amqp endpoints and web console url of our activemq',
  },
  {
    op: 'mq:UpdateBroker',
    asked: 'upgrade engine version, change instance size, attach configuration, maintenance window, modify',
    example: 'upgrade our activemq to the latest engine version during the next maintenance window',
  },
  {
    op: 'mq:CreateUser',
    asked: 'activemq login, username and password, console access, credentials, add account',
    example: 'add a login with a password for our activemq so the app can connect',
  },
  {
    op: 'kinesis:PutRecord',
    asked:
      'write an event, ingest, push into, partition key, producer, clickstream, send one event, real-time data',
    example: 'add one click event to the events kinesis stream keyed by user-17',
  },
  {
    op: 'kinesis:PutRecords',
    asked: 'bulk write, many events at once, batch ingest, several events in one call, producer batching',
    example: 'write 500 clickstream events to the kinesis stream in one request',
  },
  {
    op: 'kinesis:GetRecords',
    asked: 'read, consume, pull data, tail, what came in, fetch events, consumer polling, read events',
    example: 'read the latest events off shard-0001 of the clicks kinesis stream',
  },
  {
    op: 'kinesis:GetShardIterator',
    asked:
      'starting position for reading, trim horizon, latest, at timestamp, read from the beginning, position, sequence number, cursor',
    example: 'get a cursor to read the clicks kinesis stream from the trim horizon',
  },
  {
    op: 'kinesis:CreateStream',
    asked: 'new data stream, on-demand, provisioned shards, real-time ingest, event stream, set up streaming',
    example: 'set up an on-demand kinesis data stream for clickstream events',
  },
  {
    op: 'kinesis:UpdateShardCount',
    asked:
      'scale, more throughput, reshard, resize, throttled writes, provisionedthroughputexceeded, double capacity, add shards',
    example: 'double the capacity of the clicks kinesis stream because producers are being throttled',
  },
  {
    op: 'kinesis:IncreaseStreamRetentionPeriod',
    asked:
      'keep data longer, retention 7 days, 365 days, replay window, longer history, extend hours, hold records for longer, how long records are kept',
    example: 'keep records in the clicks kinesis stream for a week instead of a day',
  },
  {
    op: 'kinesis:DescribeStreamSummary',
    asked:
      'status, shard count, retention, how many consumers, stream mode, is it active, overview, how long does it keep data, how long are records kept, is the stream encrypted, kms key of a stream, encryption of a stream',
    example: 'is the clicks kinesis stream active, and how many shards and consumers does it have',
  },
  {
    op: 'kinesis:ListShards',
    asked: 'shard ids, hash key ranges, open and closed shards, parent shards, which shards',
    example: 'show the shard ids and hash key ranges of the clicks kinesis stream',
  },
  {
    op: 'kinesis:RegisterStreamConsumer',
    asked:
      'enhanced fan-out, dedicated throughput consumer, efo, own read throughput, 2 mb per second per consumer',
    example: 'give my analytics app its own dedicated read throughput on the clicks kinesis stream',
  },
  {
    op: 'kinesis:UpdateStreamMode',
    asked: 'switch to on-demand, provisioned to on demand, capacity mode, stop managing shards, pay per use',
    example: 'switch the clicks kinesis stream from provisioned to on-demand',
  },
  {
    op: 'firehose:CreateDeliveryStream',
    asked:
      'load streaming data into s3, continuously load, redshift, opensearch, splunk, land events in a bucket, buffering, ship logs, ingestion pipeline, pipe that buffers events and writes files, deliver to s3 every few minutes, batch streaming records into files',
    example: 'set up firehose to land incoming json events in s3 every 5 minutes',
  },
  {
    op: 'firehose:PutRecord',
    asked:
      'send one log line, ship an event, push a record into firehose, ingest to s3 via firehose, send an event into the delivery stream, put a json record on a delivery stream',
    example: 'ship a single log line into the firehose that lands in s3',
  },
  {
    op: 'firehose:PutRecordBatch',
    asked:
      'many log lines at once, bulk ship, 500 records, batch into firehose, higher throughput, send a batch of records, a batch of log lines, several events in one request',
    example: 'ship 400 log lines into the firehose in one call',
  },
  {
    op: 'firehose:UpdateDestination',
    asked:
      'change where data goes, switch bucket, buffer size, s3 prefix, transformation lambda, redirect output, deliver somewhere else from now on, send output to another bucket, new destination, compress the files it writes as gzip or snappy, compression format of the output, buffer interval, write a file every n minutes or n mb, convert records to parquet, send to splunk, opensearch or an http endpoint instead',
    example: 'point the logs firehose at a different s3 bucket and prefix',
  },
  {
    op: 'firehose:DescribeDeliveryStream',
    asked: 'status, is it active, why failing, destination config, buffering hints, details of firehose',
    example: 'is the logs firehose active and where does it deliver',
  },
  {
    op: 'kafka:CreateCluster',
    asked:
      'managed kafka, msk, brokers, new kafka, provisioned kafka, set up kafka, apache kafka, provisioned brokers in two or three availability zones, broker count per zone',
    example: 'set up a managed kafka with three brokers across three availability zones',
  },
  {
    op: 'kafka:CreateClusterV2',
    asked: 'serverless kafka, msk serverless, no brokers to manage, kafka without capacity planning',
    example: 'spin up an msk serverless kafka for a small team',
  },
  {
    op: 'kafka:GetBootstrapBrokers',
    asked:
      'connection string, bootstrap servers, broker endpoints, how do clients connect, tls port, iam port, bootstrap.servers, broker addresses to connect to, broker connection string, bootstrap servers, brokers to connect a client to',
    example: 'what broker endpoints do my kafka producers connect to',
  },
  {
    op: 'kafka:DescribeCluster',
    asked: 'status, state, kafka version, broker count, is it active, msk details, configuration',
    example: 'is the orders msk cluster active and which kafka version is it on',
  },
  {
    op: 'kafka:ListClusters',
    asked: 'all msk clusters, what kafka clusters exist, inventory',
    example: 'which msk kafka clusters do we run in this region',
  },
  {
    op: 'kafka:UpdateBrokerCount',
    asked: 'add brokers, scale out kafka, more nodes, grow msk, increase number of brokers',
    example: 'grow the orders msk cluster from 3 to 6 brokers',
  },
  {
    op: 'kafka:UpdateBrokerStorage',
    asked: 'more disk, out of space, increase ebs volume per broker, running out of storage, kafka disk full',
    example: 'msk brokers are running out of disk, give each one 2 tb',
  },
  {
    op: 'kafka:UpdateClusterKafkaVersion',
    asked: 'upgrade kafka, newer apache kafka, move to a newer kafka release, version bump msk',
    example: 'upgrade the orders msk cluster to apache kafka 3.6',
  },
  {
    op: 'kafka:UpdateBrokerType',
    asked: 'bigger instances, change instance class, scale up brokers, m5.large to m5.2xlarge, more cpu',
    example: 'move the msk brokers to a bigger instance type',
  },
  {
    op: 'kafka:BatchAssociateScramSecret',
    asked: 'sasl scram, username password auth, secrets manager credentials for kafka clients, client login',
    example: 'let kafka apps sign in with credentials kept in secrets manager',
  },
  {
    op: 'kafka:CreateReplicator',
    asked:
      'mirror maker, replicate topics between clusters, cross-region kafka, copy topics, disaster recovery kafka',
    example: 'copy kafka topics from the us-east-1 msk cluster to eu-west-1 continuously',
  },
  {
    op: 'kafkaconnect:CreateConnector',
    asked:
      'msk connect, sink, source connector, debezium, cdc, s3 sink, stream database changes into kafka, kafka connect',
    example: 'cdc from postgres into kafka topics with a debezium source on msk',
  },
  {
    op: 'kafkaconnect:CreateCustomPlugin',
    asked: 'upload connector jar, plugin zip, install connector code, connector library',
    example: 'upload the debezium jar as a kafka connect plugin',
  },
  {
    op: 'kafkaconnect:DescribeConnector',
    asked: 'status, failed, running, worker count, capacity, why is it not running, state',
    example: 'get the kafka connect s3 sink status, it shows failed',
  },
  {
    op: 'kafkaconnect:ListConnectors',
    asked: 'all msk connect connectors, what sinks and sources exist, inventory',
    example: 'show every msk connect sink and source we run',
  },
  {
    op: 'appsync:CreateGraphqlApi',
    asked: 'graphql endpoint, new graphql backend, managed graphql, real-time subscriptions, set up appsync',
    example: 'set up a managed graphql backend for our mobile app',
  },
  {
    op: 'appsync:StartSchemaCreation',
    asked: 'upload schema, sdl, define types, graphql schema file, push schema, schema.graphql',
    example: 'define my graphql types in appsync from a schema file',
  },
  {
    op: 'appsync:CreateResolver',
    asked:
      'wire a field to dynamodb, handle a query field, mutation handler, vtl mapping, javascript resolver, field logic, attach a resolver to a type field like Query.getOrder',
    example: 'make the getOrder query field in appsync read from dynamodb',
  },
  {
    op: 'appsync:CreateDataSource',
    asked: 'connect dynamodb table, lambda backend, http endpoint, rds, opensearch, backend for graphql',
    example: 'hook the orders dynamodb table up to my appsync graphql backend',
  },
  {
    op: 'appsync:EvaluateCode',
    asked: 'test resolver code, dry run js resolver, try handler with a context, unit test resolver',
    example: 'try my appsync javascript resolver against a sample context without deploying',
  },
  {
    op: 'appsync:CreateApi',
    asked: 'appsync events, websocket pub sub, real-time events, channel namespaces, broadcast to browsers',
    example: 'let browsers subscribe to live updates over websockets using appsync',
  },
  {
    op: 'apigatewaymanagementapi:PostToConnection',
    asked:
      'send to websocket client, push a message to a connected browser, server push, reply over websocket, connection id',
    example: 'send a chat message to websocket connection abc123= from my lambda',
  },
  {
    op: 'apigatewaymanagementapi:DeleteConnection',
    asked:
      'disconnect a websocket client, kick a user off, force-close, close the socket, hang up, drop client, kick one client off my websocket api',
    example: 'force-close the websocket client with connection id abc123=',
  },
  {
    op: 'apigatewaymanagementapi:GetConnection',
    asked: 'is the client still connected, last active, connected at, websocket client details, source ip',
    example: 'is websocket client abc123= still there, and when did we last hear from it',
  },
];

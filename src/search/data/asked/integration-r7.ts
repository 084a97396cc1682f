// Data: how people ask for operations (see ../asked.ts), round 7 of the data and messaging
// group: operations people use every day that had no entry yet (classic SES, MSK Connect,
// EventBridge Pipes, MSK brokers, Amazon MQ, Kinesis streams, AppFlow, AppSync, Data Exchange,
// end user messaging numbers), written from what each call does for the person asking.

import type { AskedEntry } from './types.js';

export const ASKED_INTEGRATION_R7: readonly AskedEntry[] = [
  {
    op: 'ses:GetIdentityVerificationAttributes',
    asked:
      'is my domain verified, verification status, still pending, did the txt record work, confirmed from address, ready to send from, failed verification, dns token',
    example: 'has the example.org mail domain been confirmed in ses yet or is it still pending',
  },
  {
    op: 'ses:SendEmail',
    asked:
      'email someone, mail a user, outbound email, notification email, html body, subject line, from address, smtp alternative, deliver a message to an inbox',
    example: 'email the weekly report to finance@example.com from noreply@example.com using ses',
  },
  {
    op: 'ses:ListIdentities',
    asked:
      'which domains and addresses can we send from, all our mail domains, every address set up, domains set up for mail, inventory',
    example: 'which domains and email addresses are set up in ses',
  },
  {
    op: 'kafkaconnect:DeleteConnector',
    asked:
      'remove the msk connect sink, drop a kafka connect source, tear down the debezium connector, retire a cdc pipeline, get rid of',
    example: 'tear down the s3 sink in msk connect, we no longer need it',
  },
  {
    op: 'kafkaconnect:UpdateConnector',
    asked:
      'scale msk connect workers, more workers, change capacity, autoscaling of the sink, resize kafka connect, change connector settings',
    example: 'give the debezium msk connect source more workers',
  },
  {
    op: 'kafkaconnect:ListCustomPlugins',
    asked:
      'which connector jars are uploaded, msk connect plugins we have, installed plugin zips, all plugin versions',
    example: 'which msk connect plugin jars have we uploaded',
  },
  {
    op: 'pipes:ListPipes',
    asked:
      'which eventbridge pipes exist, all point to point integrations, every source to target link, inventory, show pipes, running or stopped ones',
    example: 'show me all the eventbridge pipes in this account and whether they are running',
  },
  {
    op: 'pipes:DeletePipe',
    asked:
      'remove the eventbridge pipe, tear down the sqs to step functions link, get rid of, drop the integration',
    example: 'remove the eventbridge pipe orders-to-lambda for good',
  },
  {
    op: 'pipes:UpdatePipe',
    asked:
      'change the pipe target, new filter pattern, edit enrichment, batch size, point it somewhere else, modify the eventbridge pipe',
    example: 'change the eventbridge pipe filter so only order created events get through',
  },
  {
    op: 'kafka:RebootBroker',
    asked:
      'restart a kafka broker, bounce broker 2, broker stuck, restart one node of msk, unresponsive broker',
    example: 'restart broker 3 of the msk cluster, it stopped responding',
  },
  {
    op: 'kafka:DeleteCluster',
    asked:
      'tear down the msk cluster, remove kafka, retire it, get rid of the kafka cluster, stop paying for msk',
    example: 'tear down the old msk cluster dev-events, nobody uses it',
  },
  {
    op: 'kafka:ListNodes',
    asked:
      'which brokers are in the cluster, broker hosts, broker ids, zookeeper nodes, endpoints of each broker, instance types',
    example: 'which broker hosts make up our msk cluster',
  },
  {
    op: 'kafka:UpdateStorage',
    asked:
      'broker disk full, more disk for kafka, grow ebs volume, tiered storage, expand broker volume, out of space',
    example: 'the msk broker disks are almost full, give them 2 tb each',
  },
  {
    op: 'kafka:GetCompatibleKafkaVersions',
    asked:
      'which kafka versions can we upgrade to, upgrade path, supported upgrades, newer kafka release for our cluster',
    example: 'which kafka versions can our msk cluster be upgraded to',
  },
  {
    op: 'mq:ListBrokers',
    asked:
      'all activemq and rabbitmq brokers, which brokers do we have, message brokers in the account, inventory',
    example: 'which rabbitmq and activemq brokers do we run in amazon mq',
  },
  {
    op: 'mq:DeleteBroker',
    asked: 'tear down the rabbitmq broker, remove activemq, retire the message broker, get rid of',
    example: 'tear down the old rabbitmq broker in amazon mq',
  },
  {
    op: 'mq:ListUsers',
    asked: 'who can log in to activemq, broker accounts, which usernames, console users of the broker',
    example: 'which usernames can connect to our activemq broker',
  },
  {
    op: 'mq:Promote',
    asked:
      'fail over to the replica broker, make the standby broker primary, cross region failover, switch over activemq',
    example: 'fail over our activemq broker to the replica in us-west-2',
  },
  {
    op: 'kinesis:DescribeStream',
    asked:
      'shard ids, hash key ranges, stream status, is it active, parent shards, full details of the kinesis stream',
    example: 'list the shard ids and hash key ranges of kinesis stream clicks',
  },
  {
    op: 'kinesis:SubscribeToShard',
    asked:
      'enhanced fan-out read, push records to my consumer, http2 stream of records, dedicated throughput read',
    example: 'push records from a kinesis shard to my enhanced fan-out consumer',
  },
  {
    op: 'kinesis:DescribeLimits',
    asked: 'how many shards can we have, shard quota, account limit, open shard count, room for more shards',
    example: 'how many more kinesis shards can this account open before hitting the quota',
  },
  {
    op: 'appflow:DescribeFlow',
    asked:
      'did the last run succeed, flow status, last run error, is the salesforce sync active, schedule and mapping of the flow',
    example: 'did the last run of the salesforce to s3 appflow succeed',
  },
  {
    op: 'appflow:ListFlows',
    asked: 'which appflow syncs exist, all saas integrations, every salesforce or zendesk sync, inventory',
    example: 'which appflow syncs do we have set up',
  },
  {
    op: 'appflow:StopFlow',
    asked: 'pause the saas sync, deactivate the scheduled appflow, stop syncing salesforce, turn off',
    example: 'pause the scheduled salesforce appflow sync for now',
  },
  {
    op: 'appsync:GetGraphqlApi',
    asked:
      'graphql endpoint url, auth mode, realtime url, settings of the appsync api, what auth does it use',
    example: 'what is the endpoint url and auth mode of our appsync graphql api',
  },
  {
    op: 'appsync:ListApiKeys',
    asked: 'which graphql keys exist, when do the appsync keys expire, x-api-key values, key expiry',
    example: 'when do the appsync keys of our graphql api expire',
  },
  {
    op: 'appsync:ListResolvers',
    asked:
      'which fields have resolvers, mapping of query fields, resolvers of the mutation type, what backs each field',
    example: 'which fields of the Query type have appsync resolvers',
  },
  {
    op: 'dataexchange:CreateRevision',
    asked:
      'new version of the product data, publish an update, fresh drop of files, add a snapshot for subscribers',
    example: 'publish a new monthly drop of our data exchange product',
  },
  {
    op: 'pinpoint-sms-voice-v2:DescribePhoneNumbers',
    asked:
      'which numbers do we own, sending numbers, toll-free and 10dlc numbers, long codes, short codes we have, how many phone numbers do we have, our sms numbers',
    example: 'which toll-free and 10dlc numbers do we own for sms',
  },
  {
    op: 'pinpoint-sms-voice-v2:ReleasePhoneNumber',
    asked:
      'give back a number, stop paying for a long code, return the toll-free number, cancel the sending number',
    example: 'give back the toll-free number we no longer text from',
  },
];

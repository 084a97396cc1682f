// The 30 typical tasks of `npm run bench:tokens`: what a user asks, the operation that does it and
// the payload an agent would send, over four AWS-wire emulators on 127.0.0.1 (DynamoDB on dynalite,
// S3 on s3rver, Kinesis on kinesalite, SNS on serverless-offline-sns). SQS is left out: sqslite
// speaks only the legacy query protocol (see test/integration/emulators/sqs.test.ts).

export interface World {
  tableArn: string;
  topicArn: string;
}

export interface Task {
  readonly ask: string;
  readonly service: string;
  readonly operation: string;
  readonly payload: (w: World) => Record<string, unknown>;
}

export const TABLE = 'bench-orders';
export const BUCKET = 'bench-bucket';
export const STREAM = 'bench-stream';
export const TOPIC = 'bench-topic';

const key = { pk: { S: 'order-1' } };
const t = (
  ask: string,
  service: string,
  operation: string,
  payload: Task['payload'] | Record<string, unknown> = {},
): Task => ({ ask, service, operation, payload: typeof payload === 'function' ? payload : () => payload });

/** Calls made before the tasks, through the same server (not counted). */
export const SETUP: readonly [string, string, Record<string, unknown>][] = [
  [
    'dynamodb',
    'CreateTable',
    {
      TableName: TABLE,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    },
  ],
  ...['order-1', 'order-2', 'order-3'].map(
    (pk, i) =>
      [
        'dynamodb',
        'PutItem',
        { TableName: TABLE, Item: { pk: { S: pk }, total: { N: String(10 * (i + 1)) } } },
      ] as [string, string, Record<string, unknown>],
  ),
  ['s3', 'CreateBucket', { Bucket: BUCKET }],
  ...['logs/a.txt', 'logs/b.txt', 'readme.txt'].map(
    (k) =>
      ['s3', 'PutObject', { Bucket: BUCKET, Key: k, Body: { text: `contents of ${k}` } }] as [
        string,
        string,
        Record<string, unknown>,
      ],
  ),
  ['kinesis', 'CreateStream', { StreamName: STREAM, ShardCount: 1 }],
  ['sns', 'CreateTopic', { Name: TOPIC }],
];

export const TASKS: readonly Task[] = [
  t('list my DynamoDB tables', 'dynamodb', 'ListTables'),
  t('describe the dynamodb table bench-orders', 'dynamodb', 'DescribeTable', { TableName: TABLE }),
  t('get an item from a dynamodb table by its key', 'dynamodb', 'GetItem', { TableName: TABLE, Key: key }),
  t('put an item into a dynamodb table', 'dynamodb', 'PutItem', {
    TableName: TABLE,
    Item: { pk: { S: 'order-9' }, total: { N: '99' } },
  }),
  t('query dynamodb items by partition key', 'dynamodb', 'Query', {
    TableName: TABLE,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': { S: 'order-2' } },
  }),
  t('scan a dynamodb table', 'dynamodb', 'Scan', { TableName: TABLE, Limit: 5 }),
  t('update an attribute of a dynamodb item', 'dynamodb', 'UpdateItem', {
    TableName: TABLE,
    Key: key,
    UpdateExpression: 'SET shipped = :s', // not `total`: a DynamoDB reserved word
    ExpressionAttributeValues: { ':s': { BOOL: true } },
  }),
  t('delete an item from a dynamodb table', 'dynamodb', 'DeleteItem', { TableName: TABLE, Key: key }),
  t('describe time to live of a dynamodb table', 'dynamodb', 'DescribeTimeToLive', { TableName: TABLE }),
  t('list the tags of a dynamodb table', 'dynamodb', 'ListTagsOfResource', (w) => ({
    ResourceArn: w.tableArn,
  })),
  t('list my s3 buckets', 's3', 'ListBuckets'),
  t('list the objects in an s3 bucket', 's3', 'ListObjectsV2', { Bucket: BUCKET }),
  t('list s3 objects under a prefix', 's3', 'ListObjectsV2', { Bucket: BUCKET, Prefix: 'logs/' }),
  t('read an object from s3', 's3', 'GetObject', { Bucket: BUCKET, Key: 'readme.txt' }),
  t('upload a file to s3', 's3', 'PutObject', { Bucket: BUCKET, Key: 'new.txt', Body: { text: 'hello' } }),
  t('get the metadata of an s3 object without downloading it', 's3', 'HeadObject', {
    Bucket: BUCKET,
    Key: 'readme.txt',
  }),
  t('delete an object from s3', 's3', 'DeleteObject', { Bucket: BUCKET, Key: 'logs/b.txt' }),
  t('create an s3 bucket', 's3', 'CreateBucket', { Bucket: 'bench-bucket-2' }),
  t('copy an object within s3', 's3', 'CopyObject', {
    Bucket: BUCKET,
    Key: 'copy.txt',
    CopySource: `${BUCKET}/readme.txt`,
  }),
  t('which region is my s3 bucket in', 's3', 'GetBucketLocation', { Bucket: BUCKET }),
  t('list kinesis streams', 'kinesis', 'ListStreams'),
  t('describe a kinesis stream summary', 'kinesis', 'DescribeStreamSummary', { StreamName: STREAM }),
  t('put a record into a kinesis stream', 'kinesis', 'PutRecord', {
    StreamName: STREAM,
    Data: Buffer.from('{"event":"click"}').toString('base64'),
    PartitionKey: 'user-1',
  }),
  t('list the shards of a kinesis stream', 'kinesis', 'ListShards', { StreamName: STREAM }),
  t('get a kinesis shard iterator', 'kinesis', 'GetShardIterator', {
    StreamName: STREAM,
    ShardId: 'shardId-000000000000',
    ShardIteratorType: 'TRIM_HORIZON',
  }),
  t('list my sns topics', 'sns', 'ListTopics'),
  t('create an sns topic', 'sns', 'CreateTopic', { Name: 'bench-topic-2' }),
  t('publish a message to an sns topic', 'sns', 'Publish', (w) => ({
    TopicArn: w.topicArn,
    Message: 'hello',
  })),
  t('get the attributes of an sns topic', 'sns', 'GetTopicAttributes', (w) => ({ TopicArn: w.topicArn })),
  t('list the subscriptions of an sns topic', 'sns', 'ListSubscriptionsByTopic', (w) => ({
    TopicArn: w.topicArn,
  })),
];

// Data: concepts (see concepts.ts) for databases and machine learning, in the words people use
// instead of the product's own (a table's stream for DynamoDB Streams, rows that vanish on their
// own for a time to live). Issue 16, round 9.

import type { Concept } from './concepts.js';

export const R9_DATAML_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['table stream', 'table streams', 'stream of the table', 'dynamo stream', 'dynamodb stream'],
    terms: 'stream',
    services: ['dynamodbstreams'],
    why: "a table's stream is a DynamoDB stream (its shards and records are read with DynamoDB Streams, not Kinesis)",
    example: ['list the shards of the users table stream', 'dynamodbstreams:DescribeStream'],
  },
  {
    phrases: ['vanish on their own', 'disappear on their own', 'delete themselves', 'go away on their own'],
    terms: 'expire expiration',
    why: 'records that remove themselves after a while expire: a DynamoDB time to live or an S3 lifecycle expiration',
    example: ['have old cart rows disappear on their own', 'dynamodb:UpdateTimeToLive'],
  },
];

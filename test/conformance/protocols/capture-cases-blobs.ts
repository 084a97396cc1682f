// Blobs written the way the AWS docs and the AWS CLI write them: bare base64 strings. Each case
// must produce the request the official client sends for the decoded bytes (`{ $bytes }`), byte
// for byte. Before the blob convention changed, these six requests carried the base64 text
// base64-encoded a second time. Data only, same format as capture-cases.ts.

import type { CaptureCase } from './capture-cases.js';

const JSON10 = { 'content-type': 'application/x-amz-json-1.0' };
const JSON11 = { 'content-type': 'application/x-amz-json-1.1' };
const XML = { 'content-type': 'text/xml' };
const kms = {
  model: 'kms',
  pkg: '@aws-sdk/client-kms',
  client: 'KMSClient',
  responseHeaders: JSON11,
} as const;

export const BASE64_BLOB_CASES: readonly CaptureCase[] = [
  {
    ...kms,
    operation: 'Encrypt',
    title: 'Plaintext as a base64 string',
    input: { KeyId: 'alias/k', Plaintext: 'AAECAw==' },
    officialInput: { KeyId: 'alias/k', Plaintext: { $bytes: 'AAECAw==' } },
    command: 'EncryptCommand',
    responseBody: '{"CiphertextBlob":"AQID","KeyId":"k"}',
    expectOutput: { CiphertextBlob: { base64: 'AQID' } },
  },
  {
    ...kms,
    operation: 'Decrypt',
    title: 'CiphertextBlob as a base64 string',
    input: { CiphertextBlob: 'AQIDBAUG', EncryptionContext: { app: 'x' } },
    officialInput: { CiphertextBlob: { $bytes: 'AQIDBAUG' }, EncryptionContext: { app: 'x' } },
    command: 'DecryptCommand',
    responseBody: '{"Plaintext":"AP8Q","KeyId":"k"}',
    expectOutput: { Plaintext: { base64: 'AP8Q' } },
  },
  {
    model: 'kinesis',
    operation: 'PutRecords',
    title: 'record Data as base64 strings',
    input: {
      StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/st',
      Records: [
        { Data: 'aGVsbG8=', PartitionKey: 'a' },
        { Data: 'AP8Q', PartitionKey: 'b' },
      ],
    },
    officialInput: {
      StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/st',
      Records: [
        { Data: { $bytes: 'aGVsbG8=' }, PartitionKey: 'a' },
        { Data: { $bytes: 'AP8Q' }, PartitionKey: 'b' },
      ],
    },
    pkg: '@aws-sdk/client-kinesis',
    client: 'KinesisClient',
    command: 'PutRecordsCommand',
    http1: true,
    responseHeaders: JSON11,
    responseBody: '{"FailedRecordCount":0,"Records":[{"SequenceNumber":"1","ShardId":"s"}]}',
  },
  {
    model: 'dynamodb',
    operation: 'PutItem',
    title: 'B and BS attributes as base64 strings',
    input: { TableName: 't', Item: { pk: { S: 'a' }, bin: { B: 'AP8Q' }, set: { BS: ['AAE=', 'Ag=='] } } },
    officialInput: {
      TableName: 't',
      Item: {
        pk: { S: 'a' },
        bin: { B: { $bytes: 'AP8Q' } },
        set: { BS: [{ $bytes: 'AAE=' }, { $bytes: 'Ag==' }] },
      },
    },
    pkg: '@aws-sdk/client-dynamodb',
    client: 'DynamoDBClient',
    command: 'PutItemCommand',
    responseHeaders: JSON10,
    responseBody: '{}',
  },
  {
    model: 'sqs',
    operation: 'SendMessage',
    title: 'binary message attribute as a base64 string',
    input: {
      QueueUrl: '{endpoint}/123456789012/queue',
      MessageBody: 'hello',
      MessageAttributes: { bin: { DataType: 'Binary', BinaryValue: 'AP8Q' } },
    },
    officialInput: {
      QueueUrl: '{endpoint}/123456789012/queue',
      MessageBody: 'hello',
      MessageAttributes: { bin: { DataType: 'Binary', BinaryValue: { $bytes: 'AP8Q' } } },
    },
    pkg: '@aws-sdk/client-sqs',
    client: 'SQSClient',
    command: 'SendMessageCommand',
    responseHeaders: JSON10,
    responseBody: '{"MessageId":"m-1","MD5OfMessageBody":"5d41402abc4b2a76b9719d911017c592"}',
  },
  {
    model: 'sns',
    operation: 'Publish',
    title: 'binary message attribute as a base64 string',
    input: {
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:topic',
      Message: 'hi',
      MessageAttributes: { bin: { DataType: 'Binary', BinaryValue: 'AP8Q' } },
    },
    officialInput: {
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:topic',
      Message: 'hi',
      MessageAttributes: { bin: { DataType: 'Binary', BinaryValue: { $bytes: 'AP8Q' } } },
    },
    pkg: '@aws-sdk/client-sns',
    client: 'SNSClient',
    command: 'PublishCommand',
    responseHeaders: XML,
    responseBody:
      '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-3</MessageId>' +
      '</PublishResult></PublishResponse>',
  },
];

// Request-capture cases: the same call made by our executor and by the official client. Data
// only; add a row to cover another operation. `input` is our JSON input; `officialInput`
// overrides it for the official client when conventions differ ({ $date }, { $bytes }).

export interface CaptureCase {
  /** Distinguishes several cases of one operation in test names. */
  readonly title?: string;
  /** Model folder in the bundle. */
  readonly model: string;
  readonly operation: string;
  readonly input: Record<string, unknown>;
  readonly officialInput?: Record<string, unknown>;
  readonly pkg: string;
  readonly client: string;
  readonly command: string;
  readonly region?: string;
  /** Extra official client config, e.g. to switch off features we do not implement yet. */
  readonly config?: Readonly<Record<string, unknown>>;
  /** The official client defaults to HTTP/2 (Kinesis): give it an HTTP/1.1 handler. */
  readonly http1?: boolean;
  /** Status of the canned response; 200 when absent. Error statuses compare the parsed errors. */
  readonly responseStatus?: number;
  /** Canned response body the listener returns. */
  readonly responseBody?: string;
  readonly responseHeaders?: Readonly<Record<string, string>>;
  /** Members our parsed output must have (checked with toMatchObject). */
  readonly expectOutput?: Readonly<Record<string, unknown>>;
  /**
   * A protocol class of @aws-sdk/core/protocols the official client must use instead of its
   * default, when the installed client was generated from a newer model than the bundle's.
   */
  readonly officialProtocol?: string;
  /**
   * A known engine gap this case exposes: the case then asserts that the difference is still
   * there (stale check), so fixing the gap fails the test until this field is removed.
   */
  readonly knownGap?: string;
}

/** `{endpoint}` in string inputs is replaced with the capture server's URL. */
export const CAPTURE_CASES: readonly CaptureCase[] = [
  {
    model: 'sts',
    operation: 'GetCallerIdentity',
    input: {},
    pkg: '@aws-sdk/client-sts',
    client: 'STSClient',
    command: 'GetCallerIdentityCommand',
    responseHeaders: { 'content-type': 'text/xml' },
    responseBody:
      '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>' +
      '<Arn>arn:aws:iam::123456789012:user/x</Arn><UserId>AIDA</UserId><Account>123456789012</Account>' +
      '</GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
    expectOutput: { Account: '123456789012', UserId: 'AIDA' },
  },
  {
    model: 'dynamodb',
    operation: 'PutItem',
    input: {
      TableName: 'things',
      Item: { pk: { S: 'a' }, n: { N: '1' }, tags: { SS: ['x', 'y'] }, m: { M: { b: { BOOL: true } } } },
      ConditionExpression: 'attribute_not_exists(pk)',
      ReturnValues: 'ALL_OLD',
    },
    pkg: '@aws-sdk/client-dynamodb',
    client: 'DynamoDBClient',
    command: 'PutItemCommand',
    responseHeaders: { 'content-type': 'application/x-amz-json-1.0' },
    responseBody: '{}',
  },
  {
    model: 'sqs',
    operation: 'SendMessage',
    input: {
      QueueUrl: '{endpoint}/123456789012/queue',
      MessageBody: 'hello',
      DelaySeconds: 5,
      MessageAttributes: { kind: { DataType: 'String', StringValue: 'greeting' } },
    },
    pkg: '@aws-sdk/client-sqs',
    client: 'SQSClient',
    command: 'SendMessageCommand',
    responseHeaders: { 'content-type': 'application/x-amz-json-1.0' },
    responseBody: '{"MessageId":"m-1","MD5OfMessageBody":"5d41402abc4b2a76b9719d911017c592"}',
    expectOutput: { MessageId: 'm-1' },
  },
  {
    model: 's3',
    operation: 'PutObject',
    input: {
      Bucket: 'bucket',
      Key: 'dir/file name.txt',
      Body: { text: 'hello world' },
      ContentType: 'text/plain',
      Metadata: { owner: 'me' },
      StorageClass: 'STANDARD_IA',
    },
    officialInput: {
      Bucket: 'bucket',
      Key: 'dir/file name.txt',
      Body: 'hello world',
      ContentType: 'text/plain',
      Metadata: { owner: 'me' },
      StorageClass: 'STANDARD_IA',
    },
    pkg: '@aws-sdk/client-s3',
    client: 'S3Client',
    command: 'PutObjectCommand',
    config: { forcePathStyle: true },
  },
  {
    model: 'sns',
    operation: 'Publish',
    input: {
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:topic',
      Message: 'hi & bye',
      MessageAttributes: { a: { DataType: 'Number', StringValue: '1' } },
    },
    pkg: '@aws-sdk/client-sns',
    client: 'SNSClient',
    command: 'PublishCommand',
    responseHeaders: { 'content-type': 'text/xml' },
    responseBody:
      '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-2</MessageId>' +
      '</PublishResult></PublishResponse>',
    expectOutput: { MessageId: 'm-2' },
  },
  {
    model: 'kms',
    operation: 'Encrypt',
    input: { KeyId: 'alias/k', Plaintext: { base64: 'AAECAw==' }, EncryptionContext: { app: 'x' } },
    officialInput: { KeyId: 'alias/k', Plaintext: { $bytes: 'AAECAw==' }, EncryptionContext: { app: 'x' } },
    pkg: '@aws-sdk/client-kms',
    client: 'KMSClient',
    command: 'EncryptCommand',
    responseHeaders: { 'content-type': 'application/x-amz-json-1.1' },
    responseBody: '{"CiphertextBlob":"AQID","KeyId":"k"}',
    expectOutput: { CiphertextBlob: { base64: 'AQID' }, KeyId: 'k' },
  },
  {
    model: 'lambda',
    operation: 'Invoke',
    input: { FunctionName: 'fn', Payload: { text: '{"a":1}' }, LogType: 'Tail', Qualifier: 'live' },
    officialInput: {
      FunctionName: 'fn',
      Payload: { $bytes: 'eyJhIjoxfQ==' },
      LogType: 'Tail',
      Qualifier: 'live',
    },
    pkg: '@aws-sdk/client-lambda',
    client: 'LambdaClient',
    command: 'InvokeCommand',
    responseHeaders: { 'content-type': 'application/json', 'x-amz-executed-version': '3' },
    responseBody: '{"ok":true}',
    expectOutput: { ExecutedVersion: '3', Payload: { text: '{"ok":true}', size: 11, truncated: false } },
  },
  {
    model: 'ec2',
    operation: 'DescribeInstances',
    input: { Filters: [{ Name: 'tag:env', Values: ['prod', 'dev'] }], MaxResults: 10 },
    pkg: '@aws-sdk/client-ec2',
    client: 'EC2Client',
    command: 'DescribeInstancesCommand',
    responseHeaders: { 'content-type': 'text/xml' },
    responseBody:
      '<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId>' +
      '<reservationSet/><nextToken>t-2</nextToken></DescribeInstancesResponse>',
    expectOutput: { NextToken: 't-2' },
  },
  {
    model: 'route-53',
    operation: 'ChangeResourceRecordSets',
    input: {
      HostedZoneId: 'Z123',
      ChangeBatch: {
        Changes: [
          {
            Action: 'UPSERT',
            ResourceRecordSet: {
              Name: 'a.example.com',
              Type: 'A',
              TTL: 60,
              ResourceRecords: [{ Value: '1.2.3.4' }],
            },
          },
        ],
      },
    },
    pkg: '@aws-sdk/client-route-53',
    client: 'Route53Client',
    command: 'ChangeResourceRecordSetsCommand',
    responseHeaders: { 'content-type': 'text/xml' },
    responseBody:
      '<ChangeResourceRecordSetsResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><ChangeInfo>' +
      '<Id>/change/C1</Id><Status>PENDING</Status><SubmittedAt>2026-01-15T10:20:30.000Z</SubmittedAt>' +
      '</ChangeInfo></ChangeResourceRecordSetsResponse>',
    expectOutput: {
      ChangeInfo: { Id: '/change/C1', Status: 'PENDING', SubmittedAt: '2026-01-15T10:20:30.000Z' },
    },
  },
  {
    model: 's3',
    operation: 'GetObject',
    input: { Bucket: 'bucket', Key: 'a/b.txt', Range: 'bytes=0-9', IfNoneMatch: '"etag"' },
    pkg: '@aws-sdk/client-s3',
    client: 'S3Client',
    command: 'GetObjectCommand',
    config: { forcePathStyle: true },
    responseHeaders: { 'content-type': 'text/plain', etag: '"e2"' },
    responseBody: 'hello s3',
    expectOutput: { ETag: '"e2"', Body: { text: 'hello s3', size: 8, truncated: false } },
  },
  {
    model: 's3',
    operation: 'DeleteObjects',
    input: { Bucket: 'bucket', Delete: { Objects: [{ Key: 'a' }, { Key: 'b c' }], Quiet: true } },
    pkg: '@aws-sdk/client-s3',
    client: 'S3Client',
    command: 'DeleteObjectsCommand',
    config: { forcePathStyle: true },
    responseHeaders: { 'content-type': 'application/xml' },
    responseBody: '<DeleteResult><Deleted><Key>a</Key></Deleted></DeleteResult>',
    expectOutput: { Deleted: [{ Key: 'a' }] },
  },
  {
    model: 's3',
    operation: 'PutObject',
    title: 'caller-chosen SHA256 checksum',
    input: { Bucket: 'bucket', Key: 'sha.txt', Body: { text: 'checksummed' }, ChecksumAlgorithm: 'SHA256' },
    officialInput: { Bucket: 'bucket', Key: 'sha.txt', Body: 'checksummed', ChecksumAlgorithm: 'SHA256' },
    pkg: '@aws-sdk/client-s3',
    client: 'S3Client',
    command: 'PutObjectCommand',
    config: { forcePathStyle: true },
  },
  {
    model: 'route-53',
    operation: 'GetHostedZone',
    title: 'prefixed id is stripped',
    input: { Id: '/hostedzone/Z123' },
    pkg: '@aws-sdk/client-route-53',
    client: 'Route53Client',
    command: 'GetHostedZoneCommand',
    responseHeaders: { 'content-type': 'text/xml' },
    responseBody:
      '<GetHostedZoneResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><HostedZone><Id>/hostedzone/Z123</Id>' +
      '<Name>example.com.</Name><CallerReference>c</CallerReference></HostedZone></GetHostedZoneResponse>',
    expectOutput: { HostedZone: { Id: '/hostedzone/Z123', Name: 'example.com.' } },
  },
  {
    model: 's3',
    operation: 'CreateBucket',
    title: 'LocationConstraint outside us-east-1',
    input: { Bucket: 'new-bucket' },
    region: 'eu-west-1',
    pkg: '@aws-sdk/client-s3',
    client: 'S3Client',
    command: 'CreateBucketCommand',
    config: { forcePathStyle: true },
    responseHeaders: { location: '/new-bucket' },
    expectOutput: { Location: '/new-bucket' },
  },
  {
    model: 'glacier',
    operation: 'ListVaults',
    title: 'accountId and version header defaults',
    input: { limit: 10 },
    pkg: '@aws-sdk/client-glacier',
    client: 'GlacierClient',
    command: 'ListVaultsCommand',
    responseHeaders: { 'content-type': 'application/json' },
    responseBody: '{"VaultList":[{"VaultName":"v"}]}',
    expectOutput: { VaultList: [{ VaultName: 'v' }] },
  },
  {
    model: 'api-gateway',
    operation: 'GetRestApis',
    title: 'Accept header',
    input: { limit: 5 },
    pkg: '@aws-sdk/client-api-gateway',
    client: 'APIGatewayClient',
    command: 'GetRestApisCommand',
    responseHeaders: { 'content-type': 'application/json' },
    responseBody: '{"item":[{"id":"a1","name":"api"}]}',
    expectOutput: { items: [{ id: 'a1', name: 'api' }] },
  },
  {
    model: 's3',
    operation: 'GetObject',
    title: 'SSE-C key given as text',
    input: {
      Bucket: 'bucket',
      Key: 'secret.bin',
      SSECustomerAlgorithm: 'AES256',
      SSECustomerKey: '0123456789abcdef0123456789abcdef',
    },
    pkg: '@aws-sdk/client-s3',
    client: 'S3Client',
    command: 'GetObjectCommand',
    config: { forcePathStyle: true },
    responseHeaders: { 'content-type': 'application/octet-stream' },
    responseBody: 'x',
  },
  {
    model: 'iam',
    operation: 'CreateRole',
    input: {
      RoleName: 'app-role',
      AssumeRolePolicyDocument:
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
      Tags: [{ Key: 'team', Value: 'a b' }],
      MaxSessionDuration: 3600,
    },
    pkg: '@aws-sdk/client-iam',
    client: 'IAMClient',
    command: 'CreateRoleCommand',
  },
  {
    model: 'cloudformation',
    operation: 'CreateStack',
    input: {
      StackName: 's',
      TemplateBody: '{"Resources":{}}',
      Parameters: [{ ParameterKey: 'Env', ParameterValue: 'prod' }],
      Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
      ClientRequestToken: 'tok-1',
    },
    pkg: '@aws-sdk/client-cloudformation',
    client: 'CloudFormationClient',
    command: 'CreateStackCommand',
  },
  {
    model: 'ssm',
    operation: 'GetParameters',
    input: { Names: ['/a/b', '/c'], WithDecryption: true },
    pkg: '@aws-sdk/client-ssm',
    client: 'SSMClient',
    command: 'GetParametersCommand',
    responseHeaders: { 'content-type': 'application/x-amz-json-1.1' },
    responseBody:
      '{"Parameters":[{"Name":"/a/b","Value":"v","LastModifiedDate":1.7E9}],"InvalidParameters":["/c"]}',
    expectOutput: {
      Parameters: [{ Name: '/a/b', LastModifiedDate: '2023-11-14T22:13:20.000Z' }],
      InvalidParameters: ['/c'],
    },
  },
  {
    model: 'secrets-manager',
    operation: 'CreateSecret',
    input: { Name: 'db', SecretString: 's3cr3t', ClientRequestToken: '11111111-2222-4333-8444-555555555555' },
    pkg: '@aws-sdk/client-secrets-manager',
    client: 'SecretsManagerClient',
    command: 'CreateSecretCommand',
  },
  {
    model: 'sfn',
    operation: 'StartExecution',
    input: {
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:m',
      input: '{"k":1}',
      name: 'run-1',
    },
    pkg: '@aws-sdk/client-sfn',
    client: 'SFNClient',
    command: 'StartExecutionCommand',
  },
  {
    model: 'ecs',
    operation: 'RunTask',
    input: {
      cluster: 'c',
      taskDefinition: 'td:1',
      count: 2,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], assignPublicIp: 'ENABLED' } },
      clientToken: 'ct-1',
    },
    pkg: '@aws-sdk/client-ecs',
    client: 'ECSClient',
    command: 'RunTaskCommand',
  },
  {
    model: 'eventbridge',
    operation: 'PutEvents',
    input: {
      Entries: [{ Source: 'app', DetailType: 'thing', Detail: '{"a":1}', Time: '2026-01-01T00:00:00Z' }],
    },
    officialInput: {
      Entries: [
        { Source: 'app', DetailType: 'thing', Detail: '{"a":1}', Time: { $date: '2026-01-01T00:00:00Z' } },
      ],
    },
    pkg: '@aws-sdk/client-eventbridge',
    client: 'EventBridgeClient',
    command: 'PutEventsCommand',
  },
  {
    model: 'cloudwatch-logs',
    operation: 'PutLogEvents',
    input: {
      logGroupName: 'g',
      logStreamName: 's',
      logEvents: [{ timestamp: 1700000000000, message: 'line 1' }],
    },
    pkg: '@aws-sdk/client-cloudwatch-logs',
    client: 'CloudWatchLogsClient',
    command: 'PutLogEventsCommand',
  },
  {
    model: 'kinesis',
    operation: 'PutRecord',
    // StreamARN, not StreamName: newer models made PartitionKey optional, which reorders the
    // body fields of a StreamName call (model drift, not a protocol difference).
    input: {
      StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/st',
      Data: { base64: 'aGVsbG8=' },
      PartitionKey: 'pk',
    },
    officialInput: {
      StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/st',
      Data: { $bytes: 'aGVsbG8=' },
      PartitionKey: 'pk',
    },
    pkg: '@aws-sdk/client-kinesis',
    client: 'KinesisClient',
    command: 'PutRecordCommand',
    http1: true,
  },
  {
    model: 'elastic-load-balancing-v2',
    operation: 'DescribeTargetHealth',
    input: {
      TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/t/1',
      Targets: [{ Id: 'i-1', Port: 80 }],
    },
    pkg: '@aws-sdk/client-elastic-load-balancing-v2',
    client: 'ElasticLoadBalancingV2Client',
    command: 'DescribeTargetHealthCommand',
  },
  {
    model: 'cognito-identity-provider',
    operation: 'InitiateAuth',
    title: 'unsigned operation',
    input: {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: 'c1',
      AuthParameters: { USERNAME: 'u', PASSWORD: 'p' },
    },
    pkg: '@aws-sdk/client-cognito-identity-provider',
    client: 'CognitoIdentityProviderClient',
    command: 'InitiateAuthCommand',
  },
  {
    model: 'sns',
    operation: 'CreateTopic',
    input: {
      Name: 't.fifo',
      Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' },
      Tags: [{ Key: 'k', Value: 'v' }],
    },
    pkg: '@aws-sdk/client-sns',
    client: 'SNSClient',
    command: 'CreateTopicCommand',
  },
  {
    model: 's3',
    operation: 'ListObjectsV2',
    input: {
      Bucket: 'bucket',
      Prefix: 'logs/2026/',
      Delimiter: '/',
      MaxKeys: 100,
      StartAfter: 'logs/2026/01',
    },
    pkg: '@aws-sdk/client-s3',
    client: 'S3Client',
    command: 'ListObjectsV2Command',
    config: { forcePathStyle: true },
    responseHeaders: { 'content-type': 'application/xml' },
    responseBody:
      '<ListBucketResult><Name>bucket</Name><KeyCount>1</KeyCount><Contents><Key>logs/2026/a</Key>' +
      '<LastModified>2026-01-02T03:04:05.000Z</LastModified><Size>3</Size></Contents>' +
      '<CommonPrefixes><Prefix>logs/2026/02/</Prefix></CommonPrefixes></ListBucketResult>',
    expectOutput: {
      Contents: [{ Key: 'logs/2026/a', Size: 3, LastModified: '2026-01-02T03:04:05.000Z' }],
      CommonPrefixes: [{ Prefix: 'logs/2026/02/' }],
    },
  },
  {
    model: 's3',
    operation: 'PutBucketTagging',
    input: { Bucket: 'bucket', Tagging: { TagSet: [{ Key: 'a', Value: 'b' }] } },
    pkg: '@aws-sdk/client-s3',
    client: 'S3Client',
    command: 'PutBucketTaggingCommand',
    config: { forcePathStyle: true },
  },
  {
    model: 'lambda',
    operation: 'CreateFunction',
    input: {
      FunctionName: 'fn',
      Role: 'arn:aws:iam::123456789012:role/r',
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Code: { ZipFile: { base64: 'UEsDBA==' } },
      Environment: { Variables: { A: '1' } },
      Timeout: 10,
    },
    officialInput: {
      FunctionName: 'fn',
      Role: 'arn:aws:iam::123456789012:role/r',
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Code: { ZipFile: { $bytes: 'UEsDBA==' } },
      Environment: { Variables: { A: '1' } },
      Timeout: 10,
    },
    pkg: '@aws-sdk/client-lambda',
    client: 'LambdaClient',
    command: 'CreateFunctionCommand',
  },
  {
    model: 'dynamodb',
    operation: 'DeleteItem',
    title: 'modeled JSON error',
    input: { TableName: 'things', Key: { pk: { S: 'a' } }, ConditionExpression: 'attribute_exists(pk)' },
    pkg: '@aws-sdk/client-dynamodb',
    client: 'DynamoDBClient',
    command: 'DeleteItemCommand',
    responseStatus: 400,
    responseHeaders: { 'content-type': 'application/x-amz-json-1.0' },
    responseBody:
      '{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}',
  },
  {
    model: 'sqs',
    operation: 'GetQueueUrl',
    title: 'query-compatible error',
    input: { QueueName: 'missing' },
    pkg: '@aws-sdk/client-sqs',
    client: 'SQSClient',
    command: 'GetQueueUrlCommand',
    responseStatus: 400,
    responseHeaders: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amzn-query-error': 'AWS.SimpleQueueService.NonExistentQueue;Sender',
    },
    responseBody:
      '{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}',
  },
  {
    model: 'sts',
    operation: 'GetCallerIdentity',
    title: 'query XML error',
    input: {},
    pkg: '@aws-sdk/client-sts',
    client: 'STSClient',
    command: 'GetCallerIdentityCommand',
    responseStatus: 403,
    responseHeaders: { 'content-type': 'text/xml' },
    responseBody:
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>' +
      '<Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error>' +
      '<RequestId>r-9</RequestId></ErrorResponse>',
  },
  {
    model: 's3',
    operation: 'GetObject',
    title: 'REST XML error',
    input: { Bucket: 'bucket', Key: 'missing' },
    pkg: '@aws-sdk/client-s3',
    client: 'S3Client',
    command: 'GetObjectCommand',
    config: { forcePathStyle: true },
    responseStatus: 404,
    responseHeaders: { 'content-type': 'application/xml', 'x-amz-request-id': 'r-10' },
    responseBody:
      '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>missing</Key></Error>',
  },
  {
    model: 'glacier',
    operation: 'UploadArchive',
    title: 'content and tree hashes',
    input: { vaultName: 'v', archiveDescription: 'backup', body: { text: 'archive bytes' } },
    officialInput: { vaultName: 'v', archiveDescription: 'backup', body: 'archive bytes' },
    pkg: '@aws-sdk/client-glacier',
    client: 'GlacierClient',
    command: 'UploadArchiveCommand',
    responseStatus: 201,
    responseHeaders: {
      location: '/-/vaults/v/archives/a1',
      'x-amz-archive-id': 'a1',
      'x-amz-sha256-tree-hash': 't',
    },
  },
];

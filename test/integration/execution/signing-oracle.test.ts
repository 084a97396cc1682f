// Our signing against the official clients': each official @aws-sdk/client-* signs a request
// (captured before it leaves), we take that request unsigned, resolve the endpoint from the model,
// sign it with our code at the same time with the same keys, and expect identical headers.
// Vitest runs each test file in its own process, so these clients' schema registrations stay here.

import { APIGatewayClient, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GlacierClient, ListVaultsCommand } from '@aws-sdk/client-glacier';
import { IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';
import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { ListHostedZonesCommand, Route53Client } from '@aws-sdk/client-route-53';
import { GetObjectCommand, ListBucketsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ListAccessPointsCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import '@smithy/signature-v4a'; // lets the official S3 client sign SigV4a (multi-region access points)
import { HttpRequest } from '@smithy/core/protocols';
import type { AwsCredentialIdentity } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import { resolveEndpoint } from '../../../src/execution/endpoints.js';
import { signRequest } from '../../../src/execution/signing.js';
import { operationOf } from '../../helpers/models.js';

const KEYS: AwsCredentialIdentity = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const SESSION: AwsCredentialIdentity = { ...KEYS, sessionToken: 'FQoGZXIvYXdzEXAMPLE//token+/=' };

class Captured extends Error {
  constructor(readonly request: HttpRequest) {
    super('captured');
  }
}

interface OfficialClient {
  send(command: unknown): Promise<unknown>;
  destroy(): void;
}
type ClientCtor = new (config: Record<string, unknown>) => OfficialClient;

interface Case {
  name: string;
  client: ClientCtor;
  command: object;
  dir: string;
  op: string;
  input: Record<string, unknown>;
  region: string;
  credentials?: AwsCredentialIdentity;
  config?: Record<string, unknown>;
}

const ctor = (c: unknown): ClientCtor => c as ClientCtor;
function cmd<I>(C: new (input: I) => object, input: I): { command: object; input: Record<string, unknown> } {
  return { command: new C(input), input: input as Record<string, unknown> };
}

const CASES: Case[] = [
  {
    name: 'STS query POST',
    client: ctor(STSClient),
    ...cmd(GetCallerIdentityCommand, {}),
    dir: 'sts',
    op: 'GetCallerIdentity',
    region: 'us-east-1',
  },
  {
    name: 'STS regional with a session token',
    client: ctor(STSClient),
    ...cmd(GetCallerIdentityCommand, {}),
    dir: 'sts',
    op: 'GetCallerIdentity',
    region: 'eu-west-1',
    credentials: SESSION,
  },
  {
    name: 'IAM signs us-east-1 from eu-west-1',
    client: ctor(IAMClient),
    ...cmd(ListUsersCommand, { MaxItems: 5 }),
    dir: 'iam',
    op: 'ListUsers',
    region: 'eu-west-1',
  },
  {
    name: 'Route 53 (global, restXml)',
    client: ctor(Route53Client),
    ...cmd(ListHostedZonesCommand, {}),
    dir: 'route-53',
    op: 'ListHostedZones',
    region: 'ap-southeast-2',
  },
  {
    name: 'S3 ListBuckets',
    client: ctor(S3Client),
    ...cmd(ListBucketsCommand, {}),
    dir: 's3',
    op: 'ListBuckets',
    region: 'us-east-1',
  },
  {
    name: 'S3 key needing escapes, no double encoding',
    client: ctor(S3Client),
    ...cmd(GetObjectCommand, { Bucket: 'my-bucket', Key: 'photos/2024/a b+c%d~e(1)=&.jpg' }),
    dir: 's3',
    op: 'GetObject',
    region: 'us-west-2',
  },
  {
    name: 'S3 key with dot segments kept as sent',
    client: ctor(S3Client),
    ...cmd(GetObjectCommand, { Bucket: 'my-bucket', Key: 'a/../b/./c//d' }),
    dir: 's3',
    op: 'GetObject',
    region: 'eu-central-1',
    credentials: SESSION,
  },
  {
    name: 'S3 path-style bucket with dots',
    client: ctor(S3Client),
    ...cmd(GetObjectCommand, { Bucket: 'my.dotted.bucket', Key: 'k' }),
    dir: 's3',
    op: 'GetObject',
    region: 'us-east-2',
  },
  {
    name: 'S3 PutObject with a body (payload hash, content-length)',
    client: ctor(S3Client),
    ...cmd(PutObjectCommand, {
      Bucket: 'my-bucket',
      Key: 'hello.txt',
      Body: 'hello world',
      ContentType: 'text/plain',
    }),
    dir: 's3',
    op: 'PutObject',
    region: 'us-west-2',
  },
  {
    name: 'S3 multi-region access point (SigV4a)',
    client: ctor(S3Client),
    ...cmd(GetObjectCommand, { Bucket: 'arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap', Key: 'k' }),
    dir: 's3',
    op: 'GetObject',
    region: 'us-east-1',
  },
  {
    name: 'S3 Control account host prefix',
    client: ctor(S3ControlClient),
    ...cmd(ListAccessPointsCommand, { AccountId: '123456789012' }),
    dir: 's3-control',
    op: 'ListAccessPoints',
    region: 'us-west-2',
  },
  {
    name: 'DynamoDB awsJson1_0',
    client: ctor(DynamoDBClient),
    ...cmd(ListTablesCommand, { Limit: 3 }),
    dir: 'dynamodb',
    op: 'ListTables',
    region: 'us-east-1',
  },
  {
    name: 'SQS',
    client: ctor(SQSClient),
    ...cmd(ListQueuesCommand, {}),
    dir: 'sqs',
    op: 'ListQueues',
    region: 'eu-west-1',
  },
  {
    name: 'KMS in GovCloud',
    client: ctor(KMSClient),
    ...cmd(ListKeysCommand, {}),
    dir: 'kms',
    op: 'ListKeys',
    region: 'us-gov-west-1',
  },
  {
    name: 'KMS in China',
    client: ctor(KMSClient),
    ...cmd(ListKeysCommand, {}),
    dir: 'kms',
    op: 'ListKeys',
    region: 'cn-north-1',
  },
  {
    name: 'Lambda label needing double encoding',
    client: ctor(LambdaClient),
    ...cmd(InvokeCommand, {
      FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:my-fn',
      Payload: new TextEncoder().encode('{"a":1}'),
    }),
    dir: 'lambda',
    op: 'Invoke',
    region: 'us-east-1',
  },
  {
    name: 'API Gateway',
    client: ctor(APIGatewayClient),
    ...cmd(GetRestApisCommand, { limit: 2 }),
    dir: 'api-gateway',
    op: 'GetRestApis',
    region: 'eu-west-2',
  },
  {
    name: 'Glacier',
    client: ctor(GlacierClient),
    ...cmd(ListVaultsCommand, { accountId: '-' }),
    dir: 'glacier',
    op: 'ListVaults',
    region: 'us-east-1',
  },
  {
    name: 'EC2 query',
    client: ctor(EC2Client),
    ...cmd(DescribeInstancesCommand, { MaxResults: 5 }),
    dir: 'ec2',
    op: 'DescribeInstances',
    region: 'sa-east-1',
  },
  {
    name: 'FIPS endpoint',
    client: ctor(SQSClient),
    ...cmd(ListQueuesCommand, {}),
    dir: 'sqs',
    op: 'ListQueues',
    region: 'us-east-1',
    config: { useFipsEndpoint: true },
  },
  {
    name: 'custom endpoint with a port',
    client: ctor(DynamoDBClient),
    ...cmd(ListTablesCommand, {}),
    dir: 'dynamodb',
    op: 'ListTables',
    region: 'us-east-1',
    config: { endpoint: 'http://127.0.0.1:8000' },
  },
  {
    name: 'Cognito InitiateAuth (unsigned)',
    client: ctor(CognitoIdentityProviderClient),
    ...cmd(InitiateAuthCommand, { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'abc' }),
    dir: 'cognito-identity-provider',
    op: 'InitiateAuth',
    region: 'us-east-1',
  },
  {
    name: 'STS AssumeRoleWithWebIdentity (unsigned)',
    client: ctor(STSClient),
    ...cmd(AssumeRoleWithWebIdentityCommand, {
      RoleArn: 'arn:aws:iam::123456789012:role/r',
      RoleSessionName: 's',
      WebIdentityToken: 't',
    }),
    dir: 'sts',
    op: 'AssumeRoleWithWebIdentity',
    region: 'us-east-1',
  },
];

async function officialRequest(c: Case): Promise<HttpRequest> {
  const client = new c.client({
    region: c.region,
    credentials: c.credentials ?? KEYS,
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: HttpRequest) => {
        throw new Captured(request);
      },
    },
    ...c.config,
  });
  try {
    await client.send(c.command);
  } catch (err) {
    if (err instanceof Captured) return err.request;
    throw err;
  } finally {
    client.destroy();
  }
  throw new Error('the official client sent nothing');
}

/** What the signer adds: removed from the official request so ours has to add it back. */
const ADDED_BY_SIGNING = [
  'authorization',
  'x-amz-date',
  'x-amz-security-token',
  'x-amz-content-sha256',
  'x-amz-region-set',
  'host',
  'content-length',
];

function unsignedCopy(signed: HttpRequest): HttpRequest {
  const req = HttpRequest.clone(signed);
  req.headers = Object.fromEntries(
    Object.entries(signed.headers).filter(([k]) => !ADDED_BY_SIGNING.includes(k.toLowerCase())),
  );
  return req;
}

function lower(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function amzDate(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)!;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}

describe('signRequest matches the official clients', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const official = await officialRequest(c);
      const endpoint = resolveEndpoint({
        ...operationOf(c.dir, c.op),
        input: c.input,
        region: c.region,
        useFips: c.config?.useFipsEndpoint === true,
        endpointUrl: c.config?.endpoint as string | undefined,
      });
      expect(endpoint.url.hostname).toBe(official.hostname);
      const scheme = endpoint.authSchemes[0]!;
      const officialHeaders = lower(official.headers);
      const signingDate = officialHeaders['x-amz-date'] ? amzDate(officialHeaders['x-amz-date']) : new Date();
      const ours = await signRequest(unsignedCopy(official), {
        scheme,
        credentials: c.credentials ?? KEYS,
        region: c.region,
        signingDate,
        service: {},
      });
      expect(lower(ours.headers)).toEqual(officialHeaders);
      if (scheme.name === 'none') expect(officialHeaders['authorization']).toBeUndefined();
      else
        expect(ours.headers['authorization']).toMatch(
          /^AWS4-(HMAC-SHA256|ECDSA-P256-SHA256) Credential=AKIDEXAMPLE\//,
        );
    });
  }
});

// resolveEndpoint on real models: hosts from the rule sets, auth schemes from the endpoint or the
// model's traits, the SDK's built-in defaults, context parameters and rule-set errors.

import { describe, expect, it } from 'vitest';
import { resolveEndpoint } from '../../../src/execution/endpoints.js';
import { operationOf, thrownToolError } from '../../helpers/models.js';

function resolve(
  dir: string,
  opName: string,
  input: Record<string, unknown> = {},
  extra: {
    region?: string;
    useFips?: boolean;
    useDualStack?: boolean;
    endpointUrl?: string;
    accountId?: string;
  } = {},
) {
  return resolveEndpoint({ ...operationOf(dir, opName), input, region: 'us-east-1', ...extra });
}

describe('resolveEndpoint', () => {
  it('routes a regional JSON service and falls back to the model SigV4 name and the region', () => {
    const ep = resolve('sqs', 'ListQueues', {}, { region: 'eu-west-1' });
    expect(ep.url.href).toBe('https://sqs.eu-west-1.amazonaws.com/');
    expect(ep.headers).toEqual({});
    expect(ep.authSchemes).toEqual([{ name: 'sigv4', signingName: 'sqs', signingRegion: 'eu-west-1' }]);
  });

  it('sends IAM to its global endpoint and signs for us-east-1 whatever the region', () => {
    const ep = resolve('iam', 'ListUsers', {}, { region: 'eu-west-1' });
    expect(ep.url.host).toBe('iam.amazonaws.com');
    expect(ep.authSchemes[0]).toMatchObject({
      name: 'sigv4',
      signingName: 'iam',
      signingRegion: 'us-east-1',
    });
  });

  it('addresses S3 buckets virtual-host style and turns off double encoding', () => {
    const ep = resolve('s3', 'GetObject', { Bucket: 'my-bucket', Key: 'a b.txt' }, { region: 'us-west-2' });
    expect(ep.url.href).toBe('https://my-bucket.s3.us-west-2.amazonaws.com/');
    expect(ep.authSchemes).toEqual([
      { name: 'sigv4', signingName: 's3', signingRegion: 'us-west-2', disableDoubleEncoding: true },
    ]);
  });

  it('uses path style for bucket names that cannot be host labels', () => {
    const ep = resolve('s3', 'ListObjectsV2', { Bucket: 'Bad_Bucket' }, { region: 'us-west-2' });
    expect(ep.url.href).toBe('https://s3.us-west-2.amazonaws.com/Bad_Bucket');
  });

  it('signs S3 multi-region access points with SigV4a over every region', () => {
    const ep = resolve('s3', 'GetObject', {
      Bucket: 'arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap',
      Key: 'k',
    });
    expect(ep.url.host).toBe('mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com');
    expect(ep.authSchemes[0]).toMatchObject({ name: 'sigv4a', signingName: 's3', signingRegionSet: ['*'] });
  });

  it('passes static context params (S3 Control account id host prefix, endpoint headers)', () => {
    const ep = resolve(
      's3-control',
      'GetAccessPoint',
      {
        AccountId: '123456789012',
        Name: 'arn:aws:s3-outposts:us-west-2:123456789012:outpost:op-01234567890123456:accesspoint:myaccesspoint',
      },
      { region: 'us-west-2' },
    );
    expect(ep.url.host).toBe('s3-outposts.us-west-2.amazonaws.com');
    expect(ep.headers).toEqual({
      'x-amz-account-id': ['123456789012'],
      'x-amz-outpost-id': ['op-01234567890123456'],
    });
  });

  it('uses account-based DynamoDB endpoints when an account id is known (SDK default: preferred)', () => {
    const ep = resolve('dynamodb', 'ListTables', {}, { accountId: '111122223333' });
    expect(ep.url.href).toBe('https://111122223333.ddb.us-east-1.amazonaws.com/');
    expect(resolve('dynamodb', 'ListTables').url.href).toBe('https://dynamodb.us-east-1.amazonaws.com/');
  });

  it('evaluates operation context params (DynamoDB table ARNs inside TransactItems)', () => {
    const ep = resolve('dynamodb', 'TransactGetItems', {
      TransactItems: [{ Get: { TableName: 'arn:aws:dynamodb:us-east-1:444455556666:table/t', Key: {} } }],
    });
    expect(ep.url.host).toBe('444455556666.ddb.us-east-1.amazonaws.com');
  });

  it('honours FIPS, dual-stack and custom endpoint settings', () => {
    expect(resolve('sqs', 'ListQueues', {}, { useFips: true }).url.host).toBe(
      'sqs-fips.us-east-1.amazonaws.com',
    );
    expect(resolve('sqs', 'ListQueues', {}, { useDualStack: true }).url.host).toBe('sqs.us-east-1.api.aws');
    expect(resolve('sqs', 'ListQueues', {}, { endpointUrl: 'http://127.0.0.1:4566' }).url.href).toBe(
      'http://127.0.0.1:4566/',
    );
    expect(resolve('sqs', 'ListQueues', {}, { region: 'cn-north-1' }).url.host).toBe(
      'sqs.cn-north-1.amazonaws.com.cn',
    );
  });

  it('turns rule-set errors into InvalidInput with a hint', () => {
    const err = thrownToolError(() =>
      resolve('sqs', 'ListQueues', {}, { useFips: true, endpointUrl: 'https://x.example' }),
    );
    expect(err.code).toBe('InvalidInput');
    expect(err.message).toBe('Invalid Configuration: FIPS and custom endpoint are not supported');
    expect(err.hint).toMatch(/FIPS/);
    const arn = thrownToolError(() =>
      resolve('s3', 'GetObject', { Bucket: 'arn:aws:not-s3:us-west-2:123456789012:accesspoint:x', Key: 'k' }),
    );
    expect(arn.code).toBe('InvalidInput');
    expect(arn.message).toMatch(/ARN/);
  });

  it('rejects custom endpoint URLs the rules cannot use', () => {
    for (const endpointUrl of [
      'not a url',
      'ftp://x.example',
      'https://user:pw@x.example',
      'https://x.example/?a=1',
    ]) {
      const err = thrownToolError(() => resolve('sqs', 'ListQueues', {}, { endpointUrl }));
      expect(err.code).toBe('InvalidInput');
      expect(err.message).not.toContain('pw');
    }
  });

  it('routes S3 Express directory buckets to their zone with session auth', () => {
    const ep = resolve(
      's3',
      'GetObject',
      { Bucket: 'mybucket--usw2-az1--x-s3', Key: 'k' },
      { region: 'us-west-2' },
    );
    expect(ep.url.host).toBe('mybucket--usw2-az1--x-s3.s3express-usw2-az1.us-west-2.amazonaws.com');
    expect(ep.authSchemes).toEqual([
      {
        name: 'sigv4-s3express',
        signingName: 's3express',
        signingRegion: 'us-west-2',
        disableDoubleEncoding: true,
      },
    ]);
  });

  it('rejects a hostile region before it reaches a host name', () => {
    for (const region of ['us-east-1.evil.com', 'evil.com/', 'a@b', '']) {
      expect(thrownToolError(() => resolve('sqs', 'ListQueues', {}, { region })).code).toBe('InvalidRegion');
    }
  });

  it('marks operations that take no credentials as unsigned', () => {
    expect(resolve('sts', 'AssumeRoleWithWebIdentity').authSchemes).toEqual([
      { name: 'none', signingName: 'sts' },
    ]);
    expect(resolve('sts', 'AssumeRoleWithSAML').authSchemes[0]!.name).toBe('none');
    expect(resolve('sts', 'GetCallerIdentity').authSchemes[0]!.name).toBe('sigv4');
    expect(resolve('cognito-identity-provider', 'InitiateAuth').authSchemes[0]!.name).toBe('none');
    expect(resolve('sso', 'GetRoleCredentials').authSchemes[0]!.name).toBe('none');
  });

  it('uses bearer auth for CodeCatalyst', () => {
    const ep = resolve('codecatalyst', 'ListSpaces', {}, { region: 'us-west-2' });
    expect(ep.url.host).toBe('codecatalyst.global.api.aws');
    expect(ep.authSchemes.map((s) => s.name)).toEqual(['bearer']);
  });

  it('hands out a fresh URL each time, so callers may modify it', () => {
    const first = resolve('sqs', 'ListQueues');
    first.url.pathname = '/changed';
    first.headers['x'] = ['y'];
    const second = resolve('sqs', 'ListQueues');
    expect(second.url.pathname).toBe('/');
    expect(second.headers).toEqual({});
  });

  it('ignores wrongly typed routing members instead of passing them to the rules', () => {
    const ep = resolve('s3', 'HeadBucket', { Bucket: 42 } as Record<string, unknown>);
    expect(ep.url.href).toBe('https://s3.us-east-1.amazonaws.com/');
  });
});

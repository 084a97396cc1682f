// The customization hooks moved out of the generic executor, schema builder and unsupported list
// (S3 region redirect, S3 bucket URI, S3 Control host prefix, SQS QueueUrl, EC2 CopySnapshot),
// checked on small inline models: the registry applies each only to its own service.

import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/model/ast.js';
import { ServiceModel } from '../../../src/model/service-model.js';
import {
  CUSTOMIZATIONS,
  customizeError,
  customizeHttpTrait,
  redirectRegion,
  refuseUnsupported,
  serdeFlagsFor,
} from '../../../src/execution/customizations/registry.js';
import type { AwsServiceError } from '../../../src/execution/types.js';

function model(namespace: string, service: string, ops: string[]): ServiceModel {
  const shapes: Record<string, unknown> = {
    [`${namespace}#${service}`]: {
      type: 'service',
      version: '1',
      operations: ops.map((o) => ({ target: `${namespace}#${o}` })),
    },
  };
  for (const o of ops) shapes[`${namespace}#${o}`] = { type: 'operation' };
  return new ServiceModel({ smithy: '2.0', shapes } as unknown as ModelFile);
}

const s3 = model('com.amazonaws.s3', 'AmazonS3', ['GetObject', 'HeadBucket']);
const sqs = model('com.amazonaws.sqs', 'AmazonSQS', ['SendMessage']);
const ec2 = model('com.amazonaws.ec2', 'AmazonEC2', ['CopySnapshot', 'DescribeRegions']);
const ctx = (m: ServiceModel, op: string, region = 'us-east-1') => ({
  model: m,
  op: m.operation(op)!,
  region,
});

const wrongRegion: AwsServiceError = {
  code: 'PermanentRedirect',
  message: 'moved',
  httpStatus: 301,
  retryable: false,
  fault: 'client',
  modeled: false,
};
const response = (headers: Record<string, string>) => ({ statusCode: 301, headers, body: undefined });

describe('service customizations', () => {
  it('each has a reason and names its services', () => {
    for (const c of CUSTOMIZATIONS) {
      expect(c.reason.length).toBeGreaterThan(10);
      expect(c.namespaces.length).toBeGreaterThan(0);
    }
  });

  it('S3: the error names the bucket region and the call follows it once; other services never', () => {
    const described = customizeError(
      wrongRegion,
      response({ 'X-Amz-Bucket-Region': 'eu-west-1' }),
      ctx(s3, 'GetObject'),
    );
    expect(described.bucketRegion).toBe('eu-west-1');
    expect(redirectRegion(described, ctx(s3, 'GetObject'))).toBe('eu-west-1');
    expect(redirectRegion(described, ctx(s3, 'GetObject', 'eu-west-1'))).toBeUndefined();
    expect(redirectRegion({ ...described, httpStatus: 400 }, ctx(s3, 'GetObject'))).toBeUndefined();
    expect(redirectRegion({ ...described, httpStatus: 400 }, ctx(s3, 'HeadBucket'))).toBe('eu-west-1');
    const other = customizeError(
      wrongRegion,
      response({ 'x-amz-bucket-region': 'eu-west-1' }),
      ctx(sqs, 'SendMessage'),
    );
    expect(other.bucketRegion).toBeUndefined();
    expect(
      redirectRegion({ ...wrongRegion, bucketRegion: 'eu-west-1' }, ctx(sqs, 'SendMessage')),
    ).toBeUndefined();
  });

  it('S3: /{Bucket} leaves the URI template; other services keep theirs', () => {
    const at = { model: s3, op: s3.operation('GetObject')! };
    expect(customizeHttpTrait({ method: 'GET', uri: '/{Bucket}/{Key+}?x-id=GetObject' }, at).uri).toBe(
      '/{Key+}?x-id=GetObject',
    );
    expect(customizeHttpTrait({ method: 'HEAD', uri: '/{Bucket}' }, at).uri).toBe('/');
    expect(customizeHttpTrait({ method: 'GET', uri: '/{Bucket}?acl' }, at).uri).toBe('/?acl');
    const kept = { method: 'POST', uri: '/{Bucket}' };
    expect(customizeHttpTrait(kept, { model: sqs, op: sqs.operation('SendMessage')! })).toBe(kept);
  });

  it('S3 Control alone turns off the host prefix', () => {
    expect(serdeFlagsFor('com.amazonaws.s3control')).toEqual({ disableHostPrefix: true });
    expect(serdeFlagsFor('com.amazonaws.s3')).toEqual({});
  });

  it('SQS and EC2 refusals apply to their own operations only', () => {
    const queue = { QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/1/q' };
    expect(() => refuseUnsupported({ ...ctx(sqs, 'SendMessage'), input: queue })).toThrow(/eu-west-1/);
    expect(() =>
      refuseUnsupported({ ...ctx(sqs, 'SendMessage'), input: queue, endpointUrl: 'http://127.0.0.1:9' }),
    ).not.toThrow();
    const copy = { SourceRegion: 'eu-west-1' };
    expect(() => refuseUnsupported({ ...ctx(ec2, 'CopySnapshot'), input: copy })).toThrow(/CopySnapshot/);
    expect(() => refuseUnsupported({ ...ctx(ec2, 'DescribeRegions'), input: copy })).not.toThrow();
    expect(() => refuseUnsupported({ ...ctx(s3, 'GetObject'), input: { ...queue, ...copy } })).not.toThrow();
  });
});

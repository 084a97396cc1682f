// Service entries over the whole model bundle: ids, aliases, collisions, service facts.

import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';
import type { ModelCatalog } from '../../../src/catalog/catalog.js';
import { CLI_NAME_BY_DIRECTORY, EXTRA_ALIASES } from '../../../src/catalog/data/service-names.js';
import { isToolError } from '../../../src/errors/tool-error.js';
import { openBundleCatalog } from './bundle-catalog.js';

let catalog: ModelCatalog;
beforeAll(async () => {
  catalog = await openBundleCatalog();
});

const idOf = (name: string): string | undefined => catalog.findService(name)?.id;

describe('services', () => {
  it('has every service of the bundle', () => {
    expect(catalog.services()).toHaveLength(403);
    expect(catalog.modelCommit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('gives every service a unique canonical id', () => {
    const ids = catalog.services().map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never lets an alias shadow another service', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of catalog.services()) owner.set(s.id, s.id);
    for (const s of catalog.services()) {
      for (const a of s.aliases) {
        const prev = owner.get(a);
        if (prev !== undefined && prev !== s.id) clashes.push(`${a}: ${prev} vs ${s.id}`);
        owner.set(a, s.id);
      }
    }
    expect(clashes).toEqual([]);
    for (const s of catalog.services()) for (const a of s.aliases) expect(idOf(a)).toBe(s.id);
  });

  it('uses AWS CLI names as canonical ids', () => {
    for (const id of ['s3', 'logs', 'cloudwatch', 'elbv2', 'elb', 'stepfunctions', 'events', 'apigateway']) {
      expect(catalog.services().some((s) => s.id === id)).toBe(true);
    }
    for (const id of ['ce', 'route53', 'cognito-idp', 'secretsmanager', 'lex-runtime', 'ec2', 'sts']) {
      expect(catalog.resolveService(id).id).toBe(id);
    }
  });

  it.each([
    ['cloudwatch-logs', 'logs'],
    ['CloudWatch Logs', 'logs'],
    ['cloudwatchlogs', 'logs'],
    ['monitoring', 'cloudwatch'],
    ['states', 'stepfunctions'],
    ['sfn', 'stepfunctions'],
    ['SFN', 'stepfunctions'],
    ['elastic-load-balancing-v2', 'elbv2'],
    ['Elastic Load Balancing v2', 'elbv2'],
    ['elastic-load-balancing', 'elb'],
    ['Elastic Load Balancing', 'elb'],
    ['Amazon DynamoDB', 'dynamodb'],
    ['AWS Lambda', 'lambda'],
    ['cognito-identity-provider', 'cognito-idp'],
    ['eventbridge', 'events'],
    ['api-gateway', 'apigateway'],
    ['cost-explorer', 'ce'],
    ['route-53', 'route53'],
    ['secrets-manager', 'secretsmanager'],
    ['lex-runtime-service', 'lex-runtime'],
    ['s3api', 's3'],
    ['configservice', 'config'],
    ['deploy', 'codedeploy'],
    ['  S3  ', 's3'],
    ['secrets_manager', 'secretsmanager'],
  ])('resolves %s to %s', (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  it('reports names several services claim and resolves none of them', () => {
    for (const [name, claimants] of [
      ['email', ['pinpoint-email', 'ses', 'sesv2']],
      ['elasticloadbalancing', ['elb', 'elbv2']],
    ] as const) {
      expect(idOf(name)).toBeUndefined();
      try {
        catalog.resolveService(name);
        expect.unreachable();
      } catch (e) {
        expect(isToolError(e) && e.code).toBe('UnknownService');
        expect((e as { details: { suggestions: string[] } }).details.suggestions).toEqual(claimants);
      }
    }
  });

  it('reports every contested name (a change here means new ambiguity upstream)', () => {
    expect(catalog.ambiguousNames()).toEqual({
      'amazon kinesis analytics': ['kinesisanalytics', 'kinesisanalyticsv2'],
      'amazon simple email service': ['ses', 'sesv2'],
      'simple email service': ['ses', 'sesv2'],
      'aws-marketplace': [
        'marketplace-agreement',
        'marketplace-catalog',
        'marketplace-deployment',
        'marketplace-entitlement',
        'marketplace-reporting',
        'meteringmarketplace',
      ],
      'connect-campaigns': ['connectcampaigns', 'connectcampaignsv2'],
      elasticloadbalancing: ['elb', 'elbv2'],
      email: ['pinpoint-email', 'ses', 'sesv2'],
      'execute-api': ['apigatewaymanagementapi', 'connectparticipant'],
      lex: ['lex-models', 'lex-runtime', 'lexv2-models', 'lexv2-runtime'],
      timestream: ['timestream-query', 'timestream-write'],
    });
  });

  it('keeps the CLI name table in step with the bundle', () => {
    for (const directory of Object.keys(CLI_NAME_BY_DIRECTORY)) {
      expect(existsSync(path.join(TEST_MODELS_DIR, directory)), directory).toBe(true);
    }
    for (const id of Object.keys(EXTRA_ALIASES)) expect(catalog.findService(id)?.id).toBe(id);
  });

  it('records service facts from the model', () => {
    const cw = catalog.resolveService('cloudwatch');
    expect(cw).toMatchObject({
      endpointPrefix: 'monitoring',
      signingName: 'monitoring',
      directory: 'cloudwatch',
    });
    expect(cw.protocols).toContain('awsQuery');
    const sqs = catalog.resolveService('sqs');
    expect(sqs.protocols[0]).toBe('awsJson1_0');
    expect(sqs.awsQueryCompatible).toBe(true);
    const sfn = catalog.resolveService('stepfunctions');
    expect(sfn).toMatchObject({ arnNamespace: 'states', directory: 'sfn', sdkId: 'SFN' });
    const s3 = catalog.resolveService('s3');
    expect(s3).toMatchObject({ apiVersion: '2006-03-01', shapeId: 'com.amazonaws.s3#AmazonS3' });
    expect(s3.protocols).toEqual(['restXml']);
    expect(s3.modelPath).toBe('s3/service/2006-03-01/s3-2006-03-01.json');
    expect(catalog.resolveService('ec2').protocols).toEqual(['ec2Query']);
    for (const s of catalog.services()) {
      expect(s.operationCount).toBe(catalog.operationsOf(s.id).length);
      expect(s.title.length).toBeGreaterThan(0);
    }
  });
});

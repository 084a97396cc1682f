import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServiceModel } from '../../../src/model/service-model.js';
import type { ModelFile } from '../../../src/model/ast.js';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';

function load(service: string): ServiceModel {
  const dir = path.join(TEST_MODELS_DIR, service, 'service');
  const version = readdirSync(dir)[0]!;
  const file = readdirSync(path.join(dir, version)).find((f) => f.endsWith('.json'))!;
  return new ServiceModel(JSON.parse(readFileSync(path.join(dir, version, file), 'utf8')) as ModelFile);
}

describe('ServiceModel', () => {
  it('finds the service shape and its operations', () => {
    const sts = load('sts');
    expect(sts.serviceShapeId).toBe('com.amazonaws.sts#AWSSecurityTokenServiceV20110615');
    expect(sts.namespace).toBe('com.amazonaws.sts');
    expect(sts.operations().map((o) => o.name)).toContain('GetCallerIdentity');
    const op = sts.operation('AssumeRole')!;
    expect(sts.members(sts.inputOf(op)!).map((m) => m.name)).toContain('RoleArn');
  });

  it('collects operations bound only through resources', () => {
    const account = load('account');
    expect(account.service.operations ?? []).toHaveLength(0);
    const ops = account.operations();
    expect(ops.length).toBeGreaterThan(5);
    expect(ops.every((o) => o.resourcePath && o.resourcePath.length > 0)).toBe(true);
  });

  it('synthesises prelude shapes and rejects unknown ids', () => {
    const sts = load('sts');
    expect(sts.shape('smithy.api#String')).toEqual({ type: 'string' });
    expect(sts.shape('nope#Nope')).toBeUndefined();
    expect(() => sts.requireShape('nope#Nope')).toThrow(/nope#Nope/);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverModels } from '../../../src/model/source/discover.js';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'discover-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function model(rel: string): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '{}');
  return file;
}

describe('discoverModels', () => {
  it('finds every service of the real model tree, sorted, one file each', () => {
    const files = discoverModels(TEST_MODELS_DIR);
    expect(files).toHaveLength(403);
    const dirs = files.map((f) => f.directory);
    expect(dirs).toEqual([...dirs].sort());
    expect(new Set(dirs).size).toBe(dirs.length);
    expect(files.find((f) => f.directory === 'ec2')).toEqual({
      directory: 'ec2',
      version: '2016-11-15',
      path: path.join(TEST_MODELS_DIR, 'ec2', 'service', '2016-11-15', 'ec2-2016-11-15.json'),
    });
  });

  it('finds the models/<svc>/service/... layout as well as <svc>/service/...', () => {
    const s3 = model('models/s3/service/2006-03-01/s3-2006-03-01.json');
    const sqs = model('sqs/service/2012-11-05/sqs-2012-11-05.json');
    expect(discoverModels(root)).toEqual([
      { directory: 's3', version: '2006-03-01', path: s3 },
      { directory: 'sqs', version: '2012-11-05', path: sqs },
    ]);
  });

  it('picks the newest version per service, comparing dates and not text', () => {
    model('lambda/service/2014-11-13/lambda-2014-11-13.json');
    const newest = model('lambda/service/2015-03-31/lambda-2015-03-31.json');
    model('lambda/service/2015-03-31-preview/lambda-2015-03-31-preview.json');
    model('api/service/v9/api-v9.json');
    const v10 = model('api/service/v10/api-v10.json');
    const byDir = Object.fromEntries(discoverModels(root).map((f) => [f.directory, f.path]));
    expect(byDir).toEqual({ api: v10, lambda: newest });
  });

  it('prefers <service>-<version>.json and skips .git, node_modules and versions without JSON', () => {
    model('kms/service/2014-11-01/notes.json');
    const kms = model('kms/service/2014-11-01/kms-2014-11-01.json');
    mkdirSync(path.join(root, 'kms/service/2099-01-01'), { recursive: true });
    model('.git/x/service/2020-01-01/x-2020-01-01.json');
    model('node_modules/y/service/2020-01-01/y-2020-01-01.json');
    expect(discoverModels(root)).toEqual([{ directory: 'kms', version: '2014-11-01', path: kms }]);
  });

  it('returns nothing for a missing or empty root', () => {
    expect(discoverModels(root)).toEqual([]);
    expect(discoverModels(path.join(root, 'nope'))).toEqual([]);
  });
});

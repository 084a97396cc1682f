import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isToolError } from '../../../src/errors/tool-error.js';
import { readModelFile } from '../../../src/model/source/read.js';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function failure(fn: () => unknown): { code: string; message: string; hint?: string } {
  try {
    fn();
  } catch (e) {
    if (isToolError(e)) return e;
    throw e;
  }
  throw new Error('expected a ToolError');
}

describe('readModelFile', () => {
  it('parses a real Smithy model', () => {
    const m = readModelFile(path.join(TEST_MODELS_DIR, 'sqs/service/2012-11-05/sqs-2012-11-05.json'));
    expect(m.smithy).toBe('2.0');
    expect(m.shapes['com.amazonaws.sqs#AmazonSQS']?.type).toBe('service');
  });

  it('names the broken file without its directory and says how to fix it', () => {
    const file = path.join(dir, 'sqs-2012-11-05.json');
    writeFileSync(file, '{"smithy": "2.0", "shapes": {');
    const e = failure(() => readModelFile(file));
    expect(e.code).toBe('ModelUnavailable');
    expect(e.message).toContain('sqs-2012-11-05.json is not valid JSON');
    expect(e.message).not.toContain(dir);
    expect(e.hint).toMatch(/sync/);
  });

  it('rejects JSON that is not a Smithy model, and a missing file', () => {
    const file = path.join(dir, 'x.json');
    writeFileSync(file, '[1, 2]');
    expect(failure(() => readModelFile(file)).message).toMatch(/not a Smithy JSON AST model/);
    expect(failure(() => readModelFile(path.join(dir, 'gone.json'))).message).toMatch(
      /cannot be read \(ENOENT\)/,
    );
  });
});

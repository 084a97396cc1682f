import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { peekPolicyMode } from '../../../src/policy/peek-mode.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'peek-mode-'));
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('peekPolicyMode: the mode tools/list annotates with, before the models load', () => {
  it('is read-only without a policy file, and when the file omits mode (as loadPolicy reads it)', () => {
    expect(peekPolicyMode(undefined)).toBe('read-only');
    expect(peekPolicyMode(file('empty.yaml', ''))).toBe('read-only');
    expect(peekPolicyMode(file('no-mode.yaml', 'regions: [us-east-1]\n'))).toBe('read-only');
    expect(peekPolicyMode(file('ro.yaml', 'mode: read-only\n'))).toBe('read-only');
  });

  it('never claims read-only when the file says otherwise or cannot be read', () => {
    expect(peekPolicyMode(file('std.yaml', 'mode: standard\n'))).toBe('standard');
    expect(peekPolicyMode(file('bad.yaml', 'mode: [\n'))).toBe('standard');
    expect(peekPolicyMode(file('list.yaml', '- mode: read-only\n'))).toBe('standard');
    expect(peekPolicyMode(path.join(dir, 'missing.yaml'))).toBe('standard');
  });
});

// The unit tier stays fast: no file under test/unit reads the model bundle or starts a process
// (those belong in test/integration), and every test file sits in one of the four tiers.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths.js';

const TEST = path.join(REPO_ROOT, 'test');
const TIERS = ['unit', 'integration', 'e2e', 'conformance'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** What only the integration, e2e and conformance tiers may use. */
const HEAVY =
  /helpers\/(models|capture-models|emulators|mcp-clients|server-env)\.js|TEST_MODELS_DIR|MODEL_BUNDLE|from 'node:child_process'/;

describe('test tiers', () => {
  it('unit tests read no model bundle and spawn no process', () => {
    const own = path.join(TEST, 'unit', 'architecture');
    const offenders = files(path.join(TEST, 'unit'))
      .filter((f) => !f.startsWith(own))
      .filter((f) => HEAVY.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(TEST, f));
    expect(offenders).toEqual([]);
  });

  it('every test file belongs to a tier', () => {
    const loose = files(TEST)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => path.relative(TEST, f))
      .filter((rel) => !TIERS.includes(rel.split(path.sep)[0]!));
    expect(loose).toEqual([]);
  });
});

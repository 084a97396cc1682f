// Every listed known gap must still be exercised by an emulator suite, so the list cannot rot.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KNOWN_GAPS } from './known-gaps.js';

const dir = path.dirname(fileURLToPath(import.meta.url));

describe('emulator known gaps', () => {
  it('are each used by a suite through expectGap', () => {
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts') && f !== 'known-gaps.test.ts')
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    for (const gap of Object.keys(KNOWN_GAPS)) {
      expect(sources, `gap ${gap} is listed but no suite checks it`).toContain(`expectGap('${gap}'`);
    }
  });
});

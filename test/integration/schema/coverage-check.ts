// Test helper: runs checkService over a share of the bundle's services and asserts against the
// stale-checked known-gaps list. Split in two test files so vitest runs the halves in parallel.

import { expect, it } from 'vitest';
import { checkService } from './coverage-run.js';
import { KNOWN_GAPS } from './known-gaps.js';
import { ServiceModel } from '../../../src/model/service-model.js';
import { readModelFile } from '../../../src/model/source/read.js';
import { bundleModelFiles } from '../../helpers/models.js';

export function coverageTests(half: 0 | 1): void {
  const files = bundleModelFiles().filter((_, i) => i % 2 === half);
  it('has services to check, and every known gap names a service of the bundle', () => {
    expect(files.length).toBeGreaterThan(150);
    const all = new Set(bundleModelFiles().map((f) => f.directory));
    expect(Object.keys(KNOWN_GAPS).filter((k) => !all.has(k.split(':')[0]!))).toEqual([]);
  });
  for (const { directory: service, path: file } of files) {
    it(`${service}: every operation's schema builds, compiles and validates its minimal payload`, () => {
      const model = new ServiceModel(readModelFile(file));
      const failures = checkService(service, model);
      const expectedGaps = Object.keys(KNOWN_GAPS).filter((k) => k.startsWith(`${service}:`));
      const unexpected = [...failures].filter(([k]) => !(k in KNOWN_GAPS));
      const stale = expectedGaps.filter(
        (k) => !failures.has(k) || !model.operation(k.slice(service.length + 1)),
      );
      expect(unexpected, 'failing operations not in known-gaps.ts').toEqual([]);
      expect(stale, 'known-gaps.ts entries that now pass: remove them').toEqual([]);
    });
  }
}

// Names with control or invisible characters are refused, never compacted into another name:
// `dynamodb\u0000` must not resolve to dynamodb, or what is decided and audited is not what was asked.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelCatalog } from '../../../src/catalog/catalog.js';
import { isToolError } from '../../../src/errors/tool-error.js';
import { openBundleCatalog } from './bundle-catalog.js';

let catalog: ModelCatalog;
beforeAll(async () => {
  catalog = await openBundleCatalog();
});

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return isToolError(e) ? e.code : 'not a ToolError';
  }
}

// NUL, a control, DEL, C1 NEL, soft hyphen, zero-width space/joiners, bidi overrides and isolates,
// BOM, line and paragraph separators.
const HIDDEN = [
  '\u0000',
  '\u0007',
  '\n',
  '\u007f',
  '\u0085',
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\u2028',
  '\u2029',
];

describe('names with control or invisible characters', () => {
  it.each([
    ['dynamodb\u0000', 'ListTables'],
    ['dynamodb', 'List\u0000Tables'],
    ['dyna\u200bmodb', 'ListTables'],
    ['dynamodb', 'ListTables\u202e'],
    ['dynamodb', 'dynamodb:\u2066ListTables'],
  ])('refuses %j %j with InvalidInput', (service, operation) => {
    expect(codeOf(() => catalog.resolveOperation(service, operation))).toBe('InvalidInput');
  });

  it('finds no service and resolves none for such a name', () => {
    expect(catalog.findService('s3\u0000')).toBeUndefined();
    expect(codeOf(() => catalog.resolveService('s3\u0000'))).toBe('InvalidInput');
  });

  it('refuses any such character anywhere in a name that resolves without it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['dynamodb', 'ListTables'],
          ['s3', 'list-buckets'],
          ['CloudWatch Logs', 'FilterLogEvents'],
        ),
        fc.constantFrom(...HIDDEN),
        fc.nat(),
        fc.boolean(),
        ([service, operation], ch, at, inService) => {
          expect(codeOf(() => catalog.resolveOperation(service!, operation!))).toBeUndefined();
          const name = inService ? service! : operation!;
          const i = at % (name.length + 1);
          const bad = name.slice(0, i) + ch + name.slice(i);
          const code = codeOf(() =>
            inService ? catalog.resolveOperation(bad, operation!) : catalog.resolveOperation(service!, bad),
          );
          expect(code).toBe('InvalidInput');
        },
      ),
    );
  });
});

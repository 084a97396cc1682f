import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isToolError } from '../../../src/errors/tool-error.js';
import { validatePayload } from '../../../src/schema/validate.js';
import { loadServiceModel } from '../../helpers/models.js';

const dynamodb = loadServiceModel('dynamodb');
const putItem = dynamodb.operation('PutItem')!;

describe('validatePayload on arbitrary input', () => {
  it('either returns an outcome or throws a ToolError, and never changes the caller object', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), fc.string()), (input) => {
        const before = JSON.stringify(input);
        try {
          const out = validatePayload(dynamodb, putItem, input);
          expect(typeof out.valid).toBe('boolean');
          expect(out.valid).toBe(out.errors.length === 0);
          for (const e of out.errors) expect(e.path.startsWith('$')).toBe(true);
        } catch (e) {
          expect(isToolError(e)).toBe(true);
        }
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a forbidden key at any depth', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype');
    fc.assert(
      fc.property(key, fc.array(fc.constantFrom('Item', 'pk', 'M', 'x'), { maxLength: 6 }), (bad, path) => {
        let text = `{${JSON.stringify(bad)}: 1}`;
        for (const k of path.reverse()) text = `{${JSON.stringify(k)}: ${text}}`;
        try {
          validatePayload(dynamodb, putItem, text);
          expect.unreachable('forbidden key accepted');
        } catch (e) {
          expect(isToolError(e) && e.code).toBe('InvalidInput');
        }
      }),
    );
  });
});

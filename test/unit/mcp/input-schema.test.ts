// The advertised input schema leaves out what guides no caller (it is paid for in every prompt),
// while the arguments are still checked against every constraint.

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { advertisedSchema, parseArguments } from '../../../src/mcp/input-schema.js';
import { isToolError } from '../../../src/errors/tool-error.js';
import { executeInput } from '../../../src/tools/execute-input.js';

const schema = z.object({
  name: z.string().min(1).max(8).describe('A name.'),
  maxLength: z.number().int().min(1).max(5).optional(), // a member called like a keyword
  bag: z.record(z.string(), z.unknown()).optional(),
});

const advertised = (s: z.ZodObject) =>
  advertisedSchema(s)['~standard'].jsonSchema.input({ target: 'draft-2020-12' });

describe('advertisedSchema', () => {
  it('drops $schema, string length caps, propertyNames and empty additionalProperties', () => {
    expect(advertised(schema)).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string', description: 'A name.' },
        maxLength: { type: 'integer', minimum: 1, maximum: 5 },
        bag: { type: 'object' },
      },
      required: ['name'],
    });
  });

  it('keeps what a caller needs: enums, number bounds, strict options', () => {
    const json = JSON.stringify(advertised(executeInput));
    expect(json).toContain('"enum":["validate","invoke"]');
    expect(json).toContain('"enum":["short","full"]');
    expect(json).toContain('"additionalProperties":false');
    expect(json).not.toMatch(/maxLength|minLength|\$schema/);
  });

  it('still enforces the constraints it does not advertise', () => {
    expect(parseArguments(schema, 't', { name: 'ok' })).toEqual({ name: 'ok' });
    for (const bad of [{ name: '' }, { name: 'far too long' }, { name: 'ok', maxLength: 9 }]) {
      let error: unknown;
      try {
        parseArguments(schema, 't', bad);
      } catch (e) {
        error = e;
      }
      expect(isToolError(error) && error.code).toBe('InvalidInput');
    }
  });
});

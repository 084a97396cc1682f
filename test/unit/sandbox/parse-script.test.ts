// parseScript/scriptShape: syntax errors with their position, and the operations a script names
// literally (what `validate` decides up front) versus the calls it computes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ToolError } from '../../../src/errors/tool-error.js';
import { parseScript, scriptShape } from '../../../src/sandbox/parse-script.js';

function syntaxError(source: string): ToolError {
  try {
    parseScript(source);
  } catch (e) {
    expect(e).toBeInstanceOf(ToolError);
    return e as ToolError;
  }
  throw new Error('parsed');
}

describe('parseScript', () => {
  it('accepts a function body: top-level await and return', () => {
    expect(() => parseScript('const r = await aws.call("s3", "ListBuckets", {});\nreturn r;')).not.toThrow();
  });

  it('reports a syntax error with a 1-based line and column', () => {
    const e = syntaxError('const a = 1;\nconst b = ;');
    expect(e.code).toBe('ScriptFailed');
    expect(e.details).toEqual({ reason: 'syntax', line: 2, column: 11 });
    expect(e.message).toMatch(/^The script does not parse: Unexpected token\.$/);
  });

  it('rejects a body that tries to close the wrapper function', () => {
    expect(syntaxError('}); (async function () {').details?.reason).toBe('syntax');
    expect(syntaxError('return 1; } + function () {').details?.reason).toBe('syntax');
  });

  it('a pathologically nested script is a syntax error, not a crash', () => {
    expect(syntaxError('('.repeat(100_000) + '1' + ')'.repeat(100_000)).details?.reason).toBe('syntax');
  });

  it('never throws anything but a ToolError, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          scriptShape(text);
        } catch (e) {
          expect(e).toBeInstanceOf(ToolError);
        }
      }),
    );
  });
});

describe('scriptShape', () => {
  it('lists literal operations once each, in order, with the line', () => {
    const shape = scriptShape(`const r = await aws.call("s3", "ListBuckets", {});
      for (const b of r.Buckets) {
        await aws.call('s3', \`GetBucketPolicyStatus\`, { Bucket: b.Name });
        await aws["call"]("s3", "ListBuckets");
      }
      await aws.paginate("dynamodb", "Scan", { TableName: "t" });`);
    expect(shape.operations).toEqual([
      { service: 's3', operation: 'ListBuckets', via: 'call', line: 1 },
      { service: 's3', operation: 'GetBucketPolicyStatus', via: 'call', line: 3 },
      { service: 'dynamodb', operation: 'Scan', via: 'paginate', line: 6 },
    ]);
    expect(shape.computedCalls).toBe(0);
  });

  it('counts calls whose names are computed', () => {
    const shape = scriptShape(`const op = "Delete" + "Bucket";
      await aws.call("s3", op, {});
      await aws.call(\`s\${3}\`, "ListBuckets", {});
      await aws.regions();
      await other.call("s3", "ListBuckets");`);
    expect(shape.operations).toEqual([]);
    expect(shape.computedCalls).toBe(2);
  });
});

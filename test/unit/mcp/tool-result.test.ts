// The MCP mapping of a tool's outcome: a domain result becomes structured content mirrored as
// text; a ToolError an `isError` result carrying exactly its body; anything else an opaque
// Internal error whose text reaches the log, never the client. And tool arguments: parsed by the
// tool's schema, refused as InvalidInput naming each bad argument.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isToolError, TOOL_ERROR_CODES, ToolError } from '../../../src/errors/tool-error.js';
import { createStderrLogger } from '../../../src/logging/logger.js';
import { parseArguments } from '../../../src/mcp/input-schema.js';
import { errorResult, failureResult, successResult } from '../../../src/mcp/tool-result.js';
import { executeInput } from '../../../src/tools/execute-input.js';

const json = fc.jsonValue({ maxDepth: 3 });
const body = fc.record(
  {
    code: fc.constantFrom(...TOOL_ERROR_CODES),
    message: fc.string(),
    hint: fc.string(),
    details: fc.dictionary(fc.string(), json),
  },
  { requiredKeys: ['code', 'message'] },
);

function logLines(): { lines: string[]; logger: ReturnType<typeof createStderrLogger> } {
  const lines: string[] = [];
  return { lines, logger: createStderrLogger('debug', (l) => void lines.push(l)) };
}

describe('tool results', () => {
  it('a result is its structured content, mirrored exactly as the text block', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), json), (structured) => {
        const r = successResult(structured);
        expect(r.isError).toBeUndefined();
        expect(r.structuredContent).toBe(structured);
        expect(r.content).toEqual([{ type: 'text', text: JSON.stringify(structured) }]);
      }),
    );
  });

  it('a ToolError becomes an isError result with exactly its body, and the metadata given', () => {
    fc.assert(
      fc.property(body, fc.option(fc.dictionary(fc.string(), json), { nil: undefined }), (b, meta) => {
        const e = new ToolError(b.code, b.message, {
          ...(b.hint !== undefined ? { hint: b.hint } : {}),
          ...(b.details !== undefined ? { details: b.details } : {}),
        });
        const r = failureResult(e, logLines().logger, 'aws_execute', meta);
        expect(r.isError).toBe(true);
        expect(r.structuredContent).toEqual({ error: b, ...(meta ? { metadata: meta } : {}) });
        expect(r.content).toEqual([{ type: 'text', text: JSON.stringify(r.structuredContent) }]);
        expect(errorResult(b, meta)).toEqual(r);
      }),
    );
  });

  it('anything else is Internal: its text goes to the log with an incident id, never to the client', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 8 }).filter((s) => s.trim().length >= 8),
        (secret) => {
          const { lines, logger } = logLines();
          const r = failureResult(new Error(secret), logger, 'aws_execute');
          const shown = r.structuredContent as { error: { code: string; message: string } };
          expect(r.isError).toBe(true);
          expect(shown.error.code).toBe('Internal');
          expect(JSON.stringify(r)).not.toContain(JSON.stringify(secret).slice(1, -1));
          const incident = /incident (\w+)/.exec(shown.error.message)?.[1];
          expect(incident).toBeDefined();
          expect(lines.join('')).toContain(incident!);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('tool arguments', () => {
  it("aws_execute's arguments parse into the tool's input, defaults untouched", () => {
    const args = { action: 'invoke', service: 's3', operation: 'ListBuckets', options: { paginate: true } };
    expect(parseArguments(executeInput, 'aws_execute', args)).toEqual(args);
  });

  it('bad arguments are InvalidInput naming each one, whatever the mix', () => {
    const bad = fc.record({
      action: fc.constantFrom('invoke', 'run', 7),
      service: fc.constantFrom('s3', '', undefined),
      operation: fc.constantFrom('ListBuckets', 42),
      options: fc.constantFrom(undefined, { paginate: 'yes' }, { nope: true }),
    });
    fc.assert(
      fc.property(bad, (args) => {
        const ok = executeInput.safeParse(args).success;
        let error: unknown;
        try {
          parseArguments(executeInput, 'aws_execute', args);
        } catch (e) {
          error = e;
        }
        if (ok) {
          expect(error).toBeUndefined();
          return;
        }
        expect(isToolError(error) && error.code).toBe('InvalidInput');
        const issues = (error as ToolError).details?.issues as { path: string }[];
        expect(issues.length).toBeGreaterThan(0);
        for (const i of issues) expect((error as ToolError).message).toContain(i.path);
      }),
    );
  });

  it('no arguments at all is the empty object, refused for its missing members', () => {
    const schema = z.object({ name: z.string() });
    expect(() => parseArguments(schema, 't', undefined)).toThrow(/Invalid arguments for t: name/);
  });
});

// The CLI's command-line rules, as functions: strict options, --help anywhere before `--`,
// positional counts, MCP names rewritten into CLI terms, and human-readable log lines.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commandHelp,
  operationTarget,
  parseCommand,
  UsageError,
  withCommandLine,
  type CommandSpec,
} from '../../../src/cli/args.js';
import { inCliTerms } from '../../../src/cli/cli-terms.js';
import { nodeCheck } from '../../../src/cli/doctor-report.js';
import { SEARCH } from '../../../src/cli/lookup-commands.js';
import { createStderrLogger } from '../../../src/logging/logger.js';

const SPEC: CommandSpec = {
  name: 'thing',
  summary: 'A test command.',
  args: '<a> [b]',
  positionals: { min: 1, max: 2 },
  options: {
    name: { type: 'string', short: 'n', value: 'NAME', doc: 'a name' },
    json: { type: 'boolean', doc: 'as JSON' },
  },
};

const KNOWN = new Set(['name', 'json', 'help']);
const flagName = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/).filter((n) => !KNOWN.has(n));

describe('parseCommand', () => {
  it('parses options and positionals in any order', () => {
    const r = parseCommand(SPEC, ['x', '--name', 'n1', 'y', '--json']);
    expect(r).toEqual({ help: false, values: { name: 'n1', json: true }, positionals: ['x', 'y'] });
  });

  it('any unknown long option is a UsageError naming it', () => {
    fc.assert(
      fc.property(flagName, fc.array(fc.constantFrom('a', '--json', '--name=v')), (flag, others) => {
        const args = ['pos', ...others, `--${flag}`];
        expect(() => parseCommand(SPEC, args)).toThrow(UsageError);
        expect(() => parseCommand(SPEC, args)).toThrow(`'--${flag}'`);
      }),
    );
  });

  it('--help or -h anywhere before `--` asks for help, even beside bad flags; after `--` it is a word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '--json', '--bogus', '-z')),
        fc.nat(5),
        fc.constantFrom('--help', '-h'),
        (args, at, help) => {
          const withHelp = [...args.slice(0, at), help, ...args.slice(at)];
          expect(parseCommand(SPEC, withHelp)).toEqual({ help: true });
        },
      ),
    );
    expect(parseCommand(SPEC, ['--', '--help'])).toEqual({
      help: false,
      values: {},
      positionals: ['--help'],
    });
  });

  it('a missing value, too few or too many positionals are UsageErrors', () => {
    expect(() => parseCommand(SPEC, ['a', '--name'])).toThrow(/argument missing/);
    expect(() => parseCommand(SPEC, [])).toThrow('missing argument: <a> [b]');
    expect(() => parseCommand(SPEC, ['a', 'b', 'c'])).toThrow("unexpected argument 'c'");
  });

  it('withCommandLine: help to stdout exit 0, usage errors to stderr exit 2, the run not called', async () => {
    const out: string[] = [];
    const err: string[] = [];
    let ran = 0;
    const run = () => (ran++, 0);
    expect(
      await withCommandLine(SPEC, ['-h'], { out: (l) => out.push(l), err: (l) => err.push(l) }, run),
    ).toBe(0);
    expect(out.join('\n')).toBe(commandHelp(SPEC));
    expect(
      await withCommandLine(SPEC, ['a', '--x'], { out: (l) => out.push(l), err: (l) => err.push(l) }, run),
    ).toBe(2);
    expect(err.join('\n')).toContain('usage: aws-tool-mcp thing <a> [b] [options]');
    expect(ran).toBe(0);
  });

  it('search reads every word as the query', () => {
    expect(parseCommand(SEARCH, ['list', 'my', 'buckets', '-n', '2'])).toMatchObject({
      positionals: ['list', 'my', 'buckets'],
      values: { limit: '2' },
    });
  });

  it('operationTarget: service:Operation or service Operation', () => {
    expect(operationTarget(SPEC, ['s3:ListBuckets'])).toEqual(['s3', 'ListBuckets']);
    expect(operationTarget(SPEC, ['s3', 'ListBuckets'])).toEqual(['s3', 'ListBuckets']);
    for (const bad of ['s3', ':ListBuckets', 's3:'])
      expect(() => operationTarget(SPEC, [bad])).toThrow(UsageError);
  });
});

describe('inCliTerms', () => {
  it('rewrites the MCP tool and argument names of hints into commands and flags', () => {
    expect(
      inCliTerms(
        'Did you mean ListBuckets? Call aws_search_operations with serviceHint "s3" to list its operations.',
      ),
    ).toBe(
      'Did you mean ListBuckets? Run `aws-tool-mcp search <words> --service s3` to list its operations.',
    );
    expect(inCliTerms('Search again without serviceHint')).toBe('Search again without --service');
    expect(inCliTerms('see aws_get_operation_schema')).toBe(
      'see `aws-tool-mcp schema <service> <operation>`',
    );
  });
});

describe('human log lines', () => {
  it('are one readable line per record, JSON only for the server', () => {
    const lines: string[] = [];
    const human = createStderrLogger('warn', (l) => lines.push(l), 'human');
    human.info('not shown');
    human.warn('models are old', { commit: 'abc', age: 3 });
    expect(lines).toEqual(['warning: models are old (commit=abc, age=3)\n']);
    const json: string[] = [];
    createStderrLogger('info', (l) => json.push(l)).info('serving', { transport: 'stdio' });
    expect(JSON.parse(json[0]!)).toMatchObject({ level: 'info', msg: 'serving', transport: 'stdio' });
  });
});

describe('doctor: Node.js version', () => {
  it('fails below 20.19, notes Node 22 for SDK releases after January 2027', () => {
    expect(nodeCheck('20.18.3').status).toBe('fail');
    expect(nodeCheck('20.19.0')).toMatchObject({
      status: 'ok',
      detail: expect.stringContaining('Node.js 22'),
    });
    expect(nodeCheck('24.1.0')).toEqual({ name: 'node', status: 'ok', detail: 'Node.js 24.1.0' });
  });
});

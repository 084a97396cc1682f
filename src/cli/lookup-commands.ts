// `aws-tool-mcp search` and `aws-tool-mcp schema`: the two read-only tools, run once from a
// terminal. Search prints a table for people (`--json` prints the tool's result); schema prints
// the JSON Schema, since that is what a person asks it for.

import { localPrincipal } from '../identity/principal.js';
import type { App } from '../main.js';
import type { ToolCallContext } from '../tools/tool-definition.js';
import {
  BIN_NAME,
  operationTarget,
  positiveIntOption,
  stringOption,
  UsageError,
  type CommandSpec,
  type OptionValues,
} from './args.js';
import { inCliTerms } from './cli-terms.js';

export const SEARCH: CommandSpec = {
  name: 'search',
  summary: 'Find the AWS operations that do a task, best first (what aws_search_operations answers).',
  args: '<words...>',
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  options: {
    service: { type: 'string', short: 's', value: 'SERVICE', doc: 'search only this service (any alias)' },
    limit: { type: 'string', short: 'n', value: 'N', doc: 'how many results (1-50, default 10)' },
    json: { type: 'boolean', doc: 'print the result as JSON' },
  },
  details: [`example: ${BIN_NAME} search list my buckets --limit 3`],
};

export const SCHEMA: CommandSpec = {
  name: 'schema',
  summary: "Print the JSON Schema of an operation's input (what aws_get_operation_schema answers).",
  args: '<service> <operation> | <service:Operation>',
  positionals: { min: 1, max: 2 },
  options: {
    full: { type: 'boolean', doc: 'keep every description and optional branch' },
    output: { type: 'boolean', doc: "also print the operation's output schema" },
  },
  details: [`example: ${BIN_NAME} schema s3 PutObject`],
};

const NO_CALL: ToolCallContext = {
  principal: localPrincipal(),
  signal: new AbortController().signal,
  progress: async () => undefined,
  approval: {},
};

interface SearchHit {
  service: string;
  operation: string;
  risk: string;
  summary: string;
  required?: string[];
}

interface SearchAnswer {
  results: SearchHit[];
  hiddenByPolicy?: number;
  corrected?: Record<string, string>;
  noResults?: { reason: string; suggestions: string[] };
}

export async function runSearch(
  app: App,
  values: OptionValues,
  words: readonly string[],
  out: (line: string) => void,
): Promise<number> {
  const limit = positiveIntOption(SEARCH, values, 'limit');
  if (limit !== undefined && limit > 50) throw new UsageError('--limit: at most 50', SEARCH);
  const service = stringOption(values, 'service');
  const answer = await app.tools[0]!.run(
    { query: words.join(' '), ...(service ? { serviceHint: service } : {}), ...(limit ? { limit } : {}) },
    NO_CALL,
  );
  if (values.json === true) return (out(JSON.stringify(answer, null, 2)), 0);
  printSearch(answer as unknown as SearchAnswer, out);
  return 0;
}

function printSearch(answer: SearchAnswer, out: (line: string) => void): void {
  const corrected = Object.entries(answer.corrected ?? {});
  if (corrected.length > 0)
    out(`(searched for ${corrected.map(([from, to]) => `"${to}" instead of "${from}"`).join(', ')})`);
  const width = Math.max(0, ...answer.results.map((r) => `${r.service}:${r.operation}`.length));
  for (const r of answer.results) {
    out(`${`${r.service}:${r.operation}`.padEnd(width)}  ${r.risk.padEnd(14)}  ${r.summary}`);
    if (r.required?.length) out(`${' '.repeat(width)}  required: ${r.required.join(', ')}`);
  }
  if (answer.noResults) {
    out(`No operation found: ${inCliTerms(answer.noResults.reason)}`);
    answer.noResults.suggestions.forEach((s) => out(`  - ${inCliTerms(s)}`));
  }
  if (answer.hiddenByPolicy) {
    out(`(${answer.hiddenByPolicy} more hidden: the policy denies them; see \`${BIN_NAME} policy explain\`)`);
  }
  if (answer.results.length > 0) out(`\nNext: ${BIN_NAME} schema <service> <operation>`);
}

export async function runSchema(
  app: App,
  values: OptionValues,
  positionals: readonly string[],
  out: (line: string) => void,
): Promise<number> {
  const [service, operation] = operationTarget(SCHEMA, positionals);
  const answer = await app.tools[1]!.run(
    {
      service,
      operation,
      detail: values.full === true ? 'full' : 'compact',
      ...(values.output === true ? { include: ['input', 'output'] } : {}),
    },
    NO_CALL,
  );
  out(JSON.stringify(answer, null, 2));
  return 0;
}

// The workflow is taught once, in the server instructions, so each tool description stays short
// (tools/list is sent with every prompt). Search hits say what an operation requires, and invoke
// validates, so a known operation is one search and one invoke: the schema is for the rest.

import type { ToolDefinition, ToolNaming } from '../tools/tool-definition.js';

export function serverInstructions(naming: ToolNaming, tools: readonly ToolDefinition[]): string {
  const nameOf = (underscore: string): string =>
    tools.find((t) => t.names.underscore === underscore)?.names[naming] ?? underscore;
  const [search, schema, execute] = ['aws_search_operations', 'aws_get_operation_schema', 'aws_execute'].map(
    nameOf,
  );
  return [
    'Call any AWS API operation, checked against the official AWS models.',
    `1. ${search}: the task in plain words. Hits give service, operation and requires (required members with types).`,
    `2. ${schema}: the full input schema, only if requires is not enough.`,
    `3. ${execute} action "invoke": validates, then calls AWS; fix listed errors and retry. action "validate": checks only.`,
    'ConfirmationRequired: show its summary to the user; only after the user agrees, invoke again with ' +
      "options.confirmationToken. Never approve on the user's behalf.",
    'Keep results small: options.query (JMESPath), maxItems, paginate.',
    'Many calls: calls [{service, operation, payload, region}], regions [..]|"*"; or action "script", ' +
      'a JS body with await aws.call(service, operation, payload, {region}).',
  ].join('\n');
}

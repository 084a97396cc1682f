// The workflow is taught once, in the server instructions, so each tool description stays short
// (tools/list is sent with every prompt).

import type { ToolDefinition, ToolNaming } from '../tools/tool-definition.js';

export function serverInstructions(naming: ToolNaming, tools: readonly ToolDefinition[]): string {
  const nameOf = (underscore: string): string =>
    tools.find((t) => t.names.underscore === underscore)?.names[naming] ?? underscore;
  const [search, schema, execute] = ['aws_search_operations', 'aws_get_operation_schema', 'aws_execute'].map(
    nameOf,
  );
  return [
    'Call any AWS API operation, found and checked against the official AWS models.',
    `1. ${search}: describe the task in plain words; pick service and operation from the results.`,
    `2. ${schema}: get the exact JSON Schema of that operation's input.`,
    `3. ${execute} with action "validate": check your payload and the policy; fix every error listed.`,
    `4. ${execute} with action "invoke": run it. If the result says ConfirmationRequired, show the ` +
      'request summary to the user and, only after the user agrees, invoke again with ' +
      "options.confirmationToken. Never approve on the user's behalf.",
    'Use options.query (JMESPath), options.maxItems or options.paginate to keep results small.',
  ].join('\n');
}

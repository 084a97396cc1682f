// Hints are written for the model, in MCP tool and argument names. A person at a terminal gets
// the same advice in the commands and flags they can type.

import { BIN_NAME } from './args.js';

const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /Call aws_search_operations with serviceHint "([^"]+)" to list its operations\./g,
    `Run \`${BIN_NAME} search <words> --service $1\` to list its operations.`,
  ],
  [/Call aws_search_operations with a few words/g, `Run \`${BIN_NAME} search\` with a few words`],
  [/\baws_search_operations\b/g, `\`${BIN_NAME} search\``],
  [/\baws_get_operation_schema\b/g, `\`${BIN_NAME} schema <service> <operation>\``],
  [/without serviceHint/g, 'without --service'],
  [/, or omit serviceHint/g, ', or leave out --service'],
  [/\bserviceHint\b/g, '--service'],
];

/** The hint or message with MCP tool and argument names replaced by CLI commands and flags. */
export function inCliTerms(text: string): string {
  return REWRITES.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

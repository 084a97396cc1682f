// The three tools, in the order they are listed and taught: search -> schema -> execute.

import { executeTool } from './execute.js';
import { getOperationSchemaTool } from './get-operation-schema.js';
import { searchOperationsTool } from './search-operations.js';
import type { ToolServices } from './services.js';
import type { ToolDefinition } from './tool-definition.js';

export function createTools(services: ToolServices): ToolDefinition[] {
  return [searchOperationsTool(services), getOperationSchemaTool(services), executeTool(services)];
}

// What a model reads of this server before any call: the instructions and, per tool, its name,
// description and input schema, as a real `initialize` + `tools/list` return them (issue 14's
// budget: at most 3,000 characters). Titles, annotations and output schemas are counted apart.

import type { Client } from '@modelcontextprotocol/client';

export interface ToolSurface {
  readonly instructions: number;
  /** JSON of `[{ name, description, inputSchema }]`. */
  readonly tools: number;
  /** instructions + tools: the budgeted figure. */
  readonly total: number;
  /** JSON of every tool's title and annotations (read by hosts, shown by some). */
  readonly titlesAndAnnotations: number;
  /** JSON of every tool's output schema (not sent to the model by most hosts). */
  readonly outputSchemas: number;
}

export async function measureToolSurface(client: Client): Promise<ToolSurface> {
  const { tools } = await client.listTools();
  const instructions = (client.getInstructions() ?? '').length;
  const read = JSON.stringify(
    tools.map(({ name, description, inputSchema }) => ({ name, description, inputSchema })),
  );
  return {
    instructions,
    tools: read.length,
    total: instructions + read.length,
    titlesAndAnnotations: JSON.stringify(tools.map(({ title, annotations }) => ({ title, annotations })))
      .length,
    outputSchemas: JSON.stringify(tools.map((t) => t.outputSchema)).length,
  };
}

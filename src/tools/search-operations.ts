// aws_search_operations: plain words (or CLI phrasing, or a name with typos) -> the operations
// that do it, best first. Operations the policy denies are hidden, and the answer says how many,
// so an agent is never steered toward a call that cannot run.

import { z } from 'zod';
import { decide, effectiveRisk } from '../policy/decide.js';
import type { ServiceEntry } from '../catalog/types.js';
import type { FilterVerdict, SearchOperation, SearchResult } from '../search/types.js';
import type { ToolDefinition } from './tool-definition.js';
import type { ToolServices } from './services.js';

const input = z.object({
  query: z
    .string()
    .min(1)
    .max(256)
    .describe('What you want to do, e.g. "list my S3 buckets" or "describe-instances".'),
  serviceHint: z.string().min(1).max(128).optional().describe('Service id or alias to search within.'),
  limit: z.number().int().min(1).max(50).optional().describe('How many results (default 10).'),
});

const result = z
  .object({
    service: z.string(),
    operation: z.string(),
    summary: z.string(),
    risk: z.string(),
    score: z.number(),
    required: z.array(z.string()).optional(),
  })
  .loose();

const output = z.object({
  results: z.array(result),
  hiddenByPolicy: z.number().optional(),
  corrected: z.record(z.string(), z.string()).optional(),
  serviceCandidates: z.array(z.object({ service: z.string(), summary: z.string() })).optional(),
  noResults: z.object({ reason: z.string(), suggestions: z.array(z.string()) }).optional(),
  metadata: z.object({ modelCommit: z.string() }).loose(),
});

export function searchOperationsTool(services: ToolServices): ToolDefinition<typeof input> {
  const verdict = (entry: SearchOperation, service: ServiceEntry): FilterVerdict =>
    decide(services.policy, { service, operation: entry, preview: true }).effect;
  // The same risk validate and schema report: the catalog's, raised by destructive_patterns.
  const withPolicyRisk = (r: SearchResult): SearchResult => {
    const { service, operation } = services.catalog.resolveOperation(r.service, r.operation);
    return { ...r, risk: effectiveRisk(services.policy, { service, operation, preview: true }) };
  };
  return {
    names: { underscore: 'aws_search_operations', dotted: 'aws.searchOperations' },
    title: 'Search AWS operations',
    description: 'Find AWS API operations from a plain-language task, CLI command or operation name.',
    inputSchema: input,
    outputSchema: output,
    annotations: { readOnlyHint: true, openWorldHint: false },
    run: async (args) => {
      const response = (await services.search()).search({ ...args, filter: verdict, denied: 'hide' });
      return {
        ...response,
        results: response.results.map(withPolicyRisk),
        metadata: { modelCommit: services.catalog.modelCommit },
      };
    },
  };
}

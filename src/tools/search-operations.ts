// aws_search_operations: plain words (or CLI phrasing, or a name with typos) -> the operations
// that do it, best first. Operations the policy denies are hidden, and the answer says how many,
// so an agent is never steered toward a call that cannot run.

import { z } from 'zod';
import type { Principal } from '../identity/principal.js';
import { decide } from '../policy/decide.js';
import { effectivePolicy } from '../policy/identities.js';
import type { Risk, ServiceEntry } from '../catalog/types.js';
import type { FilterVerdict, SearchOperation, SearchResult } from '../search/types.js';
import type { ToolDefinition } from './tool-definition.js';
import type { ToolServices } from './services.js';

/** Five hits: the near-API bench finds the right operation in the top 5 for 98% of queries. */
const DEFAULT_LIMIT = 5;

const input = z.object({
  query: z.string().min(1).max(256).describe('The task in plain words, a CLI command or an operation name.'),
  serviceHint: z.string().min(1).max(128).optional().describe('Service to search within.'),
  limit: z.number().int().min(1).max(50).optional(),
});

const result = z
  .object({
    service: z.string(),
    operation: z.string(),
    summary: z.string(),
    risk: z.string(),
    score: z.number(),
    /** Required input members with compact types: `Bucket: string, Key: string`. */
    requires: z.string().optional(),
  })
  .loose();

const output = z.object({
  results: z.array(result),
  hiddenByPolicy: z.number().optional(),
  corrected: z.record(z.string(), z.string()).optional(),
  serviceCandidates: z.array(z.object({ service: z.string(), summary: z.string() })).optional(),
  noResults: z.object({ reason: z.string(), suggestions: z.array(z.string()) }).optional(),
});

export function searchOperationsTool(services: ToolServices): ToolDefinition<typeof input> {
  // What the caller's own policy denies is hidden (identities narrow it per person). The risk
  // shown is the one that decision used (the catalog's, raised by destructive_patterns), the
  // same validate and schema report; like `requires` (the typed line replacing the bare
  // `required` names), it comes with the hit from the index, so a search never waits for the
  // catalog's data to load.
  const verdict =
    (principal: Principal, risks: Map<string, Risk>) =>
    (entry: SearchOperation, service: ServiceEntry): FilterVerdict => {
      const decision = decide(services.policy, { service, operation: entry, preview: true, principal });
      risks.set(`${service.id}:${entry.name}`, decision.risk);
      return decision.effect;
    };
  const forTheAgent =
    (risks: ReadonlyMap<string, Risk>) =>
    ({ required: _names, requires, ...r }: SearchResult): Record<string, unknown> => {
      const risk = risks.get(`${r.service}:${r.operation}`);
      if (risk === undefined) throw new Error(`search returned ${r.service}:${r.operation} unfiltered`);
      return { ...r, risk, ...(requires ? { requires } : {}) };
    };
  return {
    names: { underscore: 'aws_search_operations', dotted: 'aws.searchOperations' },
    title: 'Search AWS operations',
    description: 'Find the AWS operation for a task. Each hit lists what it requires.',
    inputSchema: input,
    outputSchema: output,
    annotations: { readOnlyHint: true, openWorldHint: false },
    run: async (args, ctx) => {
      effectivePolicy(services.policy, ctx.principal); // Forbidden before any work for a stranger
      const risks = new Map<string, Risk>();
      const response = (await services.search()).search({
        ...args,
        limit: args.limit ?? DEFAULT_LIMIT,
        filter: verdict(ctx.principal, risks),
        denied: 'hide',
      });
      return { ...response, results: response.results.map(forTheAgent(risks)) };
    },
  };
}

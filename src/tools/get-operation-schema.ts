// aws_get_operation_schema: the exact JSON Schema of an operation's input (and, on request, its
// output), resolved from any spelling of the service and operation.

import { z } from 'zod';
import { decide } from '../policy/decide.js';
import type { ToolDefinition } from './tool-definition.js';
import type { ToolServices } from './services.js';
import { decisionView } from './decision-view.js';

const input = z.object({
  service: z.string().min(1).max(128),
  operation: z.string().min(1).max(128),
  detail: z.enum(['compact', 'full']).optional().describe('compact (default) trims docs.'),
  include: z
    .array(z.enum(['input', 'output']))
    .max(2)
    .optional(),
});

const output = z.object({
  service: z.string(),
  operation: z.string(),
  summary: z.string(),
  risk: z.string(),
  schema: z.record(z.string(), z.unknown()),
  outputSchema: z.record(z.string(), z.unknown()).optional(),
  policy: z.object({ effect: z.string(), rule: z.string().optional(), reason: z.string() }).optional(),
});

export function getOperationSchemaTool(services: ToolServices): ToolDefinition<typeof input> {
  return {
    names: { underscore: 'aws_get_operation_schema', dotted: 'aws.getOperationSchema' },
    title: 'Get AWS operation input schema',
    description: "JSON Schema of an operation's input (include output for its output).",
    inputSchema: input,
    outputSchema: output,
    annotations: { readOnlyHint: true, openWorldHint: false },
    run: async (args, ctx) => {
      const { service, operation } = services.catalog.resolveOperation(args.service, args.operation);
      const model = await services.catalog.loadModel(service.id);
      const op = model.operation(operation.name);
      if (!op) throw new Error(`catalog lists ${service.id}:${operation.name} but the model lacks it`);
      const detail = args.detail ?? 'compact';
      // Loaded on first use, keeping ajv and the schema builder off the warm start path.
      const { buildInputSchema, buildOutputSchema } = await import('../schema/build-schema.js');
      const decision = decide(services.policy, {
        service,
        operation,
        preview: true,
        principal: ctx.principal,
      });
      return {
        service: service.id,
        operation: operation.name,
        summary: operation.summary,
        risk: decision.risk, // after the policy's destructive_patterns, as validate reports it
        schema: buildInputSchema(model, op, { detail }),
        ...(args.include?.includes('output')
          ? { outputSchema: buildOutputSchema(model, op, { detail }) }
          : {}),
        policy: decisionView(decision),
      };
    },
  };
}

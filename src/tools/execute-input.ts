// The input contract of aws_execute (design/TOOLS.md), shared by validate and invoke. Descriptions
// are paid for in every prompt (tools/list): they say only what a name does not. Defaults are in
// the README (maxPages 10, maxWaitSeconds 300).

import { z } from 'zod';

export const executeOptions = z
  .object({
    confirmationToken: z.string().max(512).optional().describe('From a ConfirmationRequired error.'),
    profile: z.string().max(128).optional(),
    roleArn: z.string().max(2048).optional(),
    externalId: z.string().max(1224).optional(),
    roleSessionName: z.string().max(64).optional(),
    query: z.string().max(2048).optional().describe('JMESPath on the result.'),
    maxItems: z.number().int().min(1).max(10_000).optional().describe('Max list items.'),
    paginate: z.boolean().optional(),
    maxPages: z.number().int().min(1).max(100).optional(),
    waitFor: z.string().max(128).optional().describe('Waiter name.'),
    maxWaitSeconds: z.number().int().min(1).max(600).optional(),
    dryRun: z.boolean().optional(),
    metadata: z.enum(['short', 'full']).optional().describe('full: all call details (default: tx_id).'),
  })
  .strict();

export const executeInput = z.object({
  action: z.enum(['validate', 'invoke']),
  service: z.string().min(1).max(128),
  operation: z.string().min(1).max(128),
  payload: z
    .union([z.record(z.string(), z.unknown()), z.string().max(8 * 1024 * 1024)])
    .optional()
    .describe('Input object or its JSON text.'),
  region: z.string().max(64).optional(),
  options: executeOptions.optional(),
});

export type ExecuteInput = z.infer<typeof executeInput>;
export type ExecuteOptions = z.infer<typeof executeOptions>;

/** One call of a batch (`calls`): the single-call fields. */
export const batchCall = z
  .object({
    service: z.string().min(1).max(128),
    operation: z.string().min(1).max(128),
    payload: executeInput.shape.payload,
    region: z.string().max(64).optional(),
    options: executeOptions.optional(),
  })
  .strict();

/**
 * What aws_execute accepts: one call (service, operation...), a batch (`calls`), one call in
 * several regions (`regions`), or a script (`action: "script"`). The new fields are advertised
 * bare (tools/list is paid for in every prompt; the instructions teach them) and checked strictly
 * with `manyFields` by tools/many before anything runs.
 */
export const executeToolInput = executeInput.extend({
  action: z.enum(['validate', 'invoke', 'script']),
  service: z.string().min(1).max(128).optional(),
  operation: z.string().min(1).max(128).optional(),
  calls: z.array(z.unknown()).optional(),
  regions: z.unknown().optional(),
  script: z.string().max(100_000).optional(),
  approve: z.array(z.unknown()).optional(),
});

/** The strict forms of the batch and script fields. */
export const manyFields = z.object({
  calls: z.array(batchCall).min(1).max(1000).optional(),
  regions: z.union([z.array(z.string().min(1).max(64)).min(1).max(64), z.literal('*')]).optional(),
  approve: z
    .array(z.object({ service: z.string().min(1).max(128), operation: z.string().min(1).max(128) }).strict())
    .max(50)
    .optional(),
});

export type ExecuteToolInput = z.infer<typeof executeToolInput>;
/** aws_execute's arguments once tools/many has checked the batch and script fields. */
export type ManyInput = Omit<ExecuteToolInput, keyof z.infer<typeof manyFields>> & z.infer<typeof manyFields>;
export type BatchCall = z.infer<typeof batchCall>;

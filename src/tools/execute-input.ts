// The input contract of aws_execute (design/TOOLS.md), shared by validate and invoke.

import { z } from 'zod';

export const executeOptions = z
  .object({
    confirmationToken: z.string().max(512).optional().describe('Token from a ConfirmationRequired result.'),
    profile: z.string().max(128).optional().describe('AWS profile to use (must be allowed by policy).'),
    roleArn: z
      .string()
      .max(2048)
      .optional()
      .describe('Role to assume for this call (must be allowed by policy).'),
    externalId: z.string().max(1224).optional(),
    roleSessionName: z.string().max(64).optional(),
    query: z
      .string()
      .max(2048)
      .optional()
      .describe('JMESPath applied to the result, as the AWS CLI --query.'),
    maxItems: z.number().int().min(1).max(10_000).optional().describe('Keep at most this many list items.'),
    paginate: z.boolean().optional().describe('Follow next tokens and merge pages.'),
    maxPages: z
      .number()
      .int()
      .min(1)
      .max(100)
      .optional()
      .describe('Page limit when paginating (default 10).'),
    waitFor: z.string().max(128).optional().describe('Waiter name: poll until the resource reaches a state.'),
    maxWaitSeconds: z.number().int().min(1).max(600).optional().describe('Waiter time limit (default 300).'),
    dryRun: z.boolean().optional().describe('EC2-style DryRun: check permissions without acting.'),
  })
  .strict();

export const executeInput = z.object({
  action: z
    .enum(['validate', 'invoke'])
    .describe('validate: schema + policy check only; invoke: the real call.'),
  service: z.string().min(1).max(128).describe('Service id or alias.'),
  operation: z.string().min(1).max(128).describe('Operation name (any case or CLI style).'),
  payload: z
    .union([z.record(z.string(), z.unknown()), z.string().max(8 * 1024 * 1024)])
    .optional()
    .describe('Input object (or its JSON text), as given by aws_get_operation_schema.'),
  region: z.string().max(64).optional().describe('AWS region (default from AWS_REGION).'),
  options: executeOptions.optional(),
});

export type ExecuteInput = z.infer<typeof executeInput>;
export type ExecuteOptions = z.infer<typeof executeOptions>;

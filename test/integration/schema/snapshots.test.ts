import { describe, expect, it } from 'vitest';
import { buildInputSchema } from '../../../src/schema/build-schema.js';
import { loadServiceModel } from '../../helpers/models.js';

// What users see from aws_get_operation_schema (compact) for a few canonical operations.
const CANONICAL = [
  ['sts', 'GetCallerIdentity'],
  ['s3', 'PutObject'],
  ['dynamodb', 'Query'],
  ['lambda', 'Invoke'],
  ['ec2', 'RunInstances'],
] as const;

describe('compact schema snapshots', () => {
  for (const [service, operation] of CANONICAL) {
    it(`${service}:${operation}`, async () => {
      const model = loadServiceModel(service);
      const schema = buildInputSchema(model, model.operation(operation)!, { detail: 'compact' });
      await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot(
        `../../snapshots/schema/${service}-${operation}.json`,
      );
    });
  }
});

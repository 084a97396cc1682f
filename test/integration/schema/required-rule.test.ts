// One answer to "which members must I send?": the catalog's requiredMembers (what search shows)
// and the input schema's `required` (what schema shows and validate enforces) follow one rule,
// also for members that are @required but have a default or are idempotency tokens.

import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelCatalog } from '../../../src/catalog/catalog.js';
import { buildInputSchema } from '../../../src/schema/build-schema.js';
import { isRequiredMember } from '../../../src/schema/member-schema.js';
import { openBundleCatalog } from '../catalog/bundle-catalog.js';

// Services with many @required+@default members or idempotency tokens, plus the common ones.
const SERVICES = ['appconfig', 's3', 'dynamodb', 'lambda', 'kms', 'sqs', 'ecs', 'glue', 'sagemaker'];

let catalog: ModelCatalog;
beforeAll(async () => {
  catalog = await openBundleCatalog();
});

describe('required members', () => {
  it('are the same in search (catalog) and schema for every operation of these services', async () => {
    let compared = 0;
    let relaxed = 0;
    for (const serviceId of SERVICES) {
      const model = await catalog.loadModel(serviceId);
      for (const entry of catalog.operationsOf(serviceId)) {
        const op = model.operation(entry.name)!;
        const schema = buildInputSchema(model, op, { detail: 'compact' });
        const fromSchema = (schema.required as string[] | undefined) ?? [];
        expect([...entry.requiredMembers].sort(), `${serviceId}:${entry.name}`).toEqual(
          [...fromSchema].sort(),
        );
        const inputId = model.inputOf(op);
        const members = inputId ? model.members(inputId) : [];
        relaxed += members.filter(
          (m) => m.traits['smithy.api#required'] && !isRequiredMember(m.traits),
        ).length;
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(relaxed).toBeGreaterThan(10); // the cases that used to disagree are in the sample
  });

  it('leaves out a required member that has a default (appconfig CreateDeploymentStrategy)', () => {
    const op = catalog.resolveOperation('appconfig', 'CreateDeploymentStrategy').operation;
    expect(op.requiredMembers).toContain('Name');
    expect(op.requiredMembers).not.toContain('DeploymentDurationInMinutes');
  });
});

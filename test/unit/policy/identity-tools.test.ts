// The tools decide for the caller: the schema tool shows the person's decision, and a person no
// identity rule admits is refused with Forbidden before any work.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import type { Principal } from '../../../src/identity/principal.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { getOperationSchemaTool } from '../../../src/tools/get-operation-schema.js';
import type { ToolServices } from '../../../src/tools/services.js';
import { openBundleCatalog } from '../catalog/bundle-catalog.js';
import { ISSUE_EXAMPLE } from './issue-example.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await openBundleCatalog();
});

const person = (groups: string[]): Principal => ({
  source: 'oauth',
  subject: 'u1',
  issuer: 'https://idp',
  groups,
});

function schemaFor(principal: Principal) {
  const services = { catalog, policy: parsePolicy(ISSUE_EXAMPLE, catalog) } as unknown as ToolServices;
  const ctx = { principal, approval: {}, progress: async () => {}, signal: new AbortController().signal };
  return getOperationSchemaTool(services).run({ service: 's3', operation: 'DeleteObject' }, ctx);
}

describe('tools decide for the caller', () => {
  it("the schema shows the person's decision", async () => {
    expect((await schemaFor(person(['developers']))).policy).toMatchObject({
      effect: 'deny',
      rule: 'identities[1].rules.deny[0]',
    });
    expect((await schemaFor(person(['platform-admins']))).policy).toMatchObject({ effect: 'confirm' });
  });

  it('a person no rule admits gets Forbidden', async () => {
    await expect(schemaFor(person(['marketing']))).rejects.toMatchObject({ code: 'Forbidden' });
  });
});

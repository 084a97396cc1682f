// Test helper: checks every operation of the given services — schemas build in both details, ajv
// compiles them in strict mode, a generated minimal payload validates and the same payload
// without one required member does not. Returns failures keyed `service:Operation`.

import type { ServiceModel } from '../../../src/model/service-model.js';
import { createAjv } from '../../../src/schema/ajv-instance.js';
import { buildInputSchema, buildOutputSchema } from '../../../src/schema/build-schema.js';
import { validatePayload } from '../../../src/schema/validate.js';
import { samplePayload } from './sample-payload.js';

export function checkService(service: string, model: ServiceModel): Map<string, string> {
  const failures = new Map<string, string>();
  const ajv = createAjv();
  for (const op of model.operations()) {
    const key = `${service}:${op.name}`;
    try {
      const compact = buildInputSchema(model, op, { detail: 'compact' });
      const full = buildInputSchema(model, op, { detail: 'full' });
      ajv.compile(compact);
      buildOutputSchema(model, op, { detail: 'compact' });
      const payload = samplePayload(full) as Record<string, unknown>;
      const ok = validatePayload(model, op, payload, { coerce: false });
      if (!ok.valid) throw new Error(`sample rejected: ${JSON.stringify(ok.errors.slice(0, 2))}`);
      const required = (full.required ?? []) as string[];
      if (required.length > 0) {
        const { [required[0]!]: _dropped, ...rest } = payload;
        const bad = validatePayload(model, op, rest, { coerce: false });
        if (bad.valid) throw new Error(`payload without ${required[0]} accepted`);
      }
    } catch (e) {
      failures.set(key, e instanceof Error ? e.message.slice(0, 300) : String(e));
    }
  }
  return failures;
}

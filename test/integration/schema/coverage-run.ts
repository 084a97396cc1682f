// Test helper: checks every operation of a service — schemas build in both details, ajv compiles
// them in strict mode, a generated minimal payload validates and the same payload without one
// required member does not. Returns failures keyed `service:Operation`.
//
// Cost control (the run must stay well under a minute on 2 cores): every compact schema is
// compiled; full-detail validation goes through the per-service validation document, which is
// the same emitter in full detail; the user-facing full schema is compiled for every
// FULL_COMPILE_EVERY-th operation (and all operations of FULL_COMPILE_ALWAYS services), since
// compiling all 16k full schemas alone takes minutes.

import type { ServiceModel } from '../../../src/model/service-model.js';
import { createAjv } from '../../../src/schema/ajv-instance.js';
import { buildInputSchema, buildOutputSchema } from '../../../src/schema/build-schema.js';
import { validatePayload } from '../../../src/schema/validate.js';
import { samplePayload } from './sample-payload.js';

const FULL_COMPILE_EVERY = 8;
const FULL_COMPILE_ALWAYS: ReadonlySet<string> = new Set(['sts', 's3', 'dynamodb', 'lambda', 'ec2']);

export function checkService(service: string, model: ServiceModel): Map<string, string> {
  const failures = new Map<string, string>();
  const ajv = createAjv();
  const fullAjv = createAjv();
  model.operations().forEach((op, i) => {
    const key = `${service}:${op.name}`;
    try {
      const compact = buildInputSchema(model, op, { detail: 'compact' });
      const full = buildInputSchema(model, op, { detail: 'full' });
      ajv.compile(compact);
      if (FULL_COMPILE_ALWAYS.has(service) || i % FULL_COMPILE_EVERY === 0) fullAjv.compile(full);
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
  });
  return failures;
}

// Every operation of every model in the bundle: its runtime schemas build, the protocol class is
// found, a synthetic input with all required members serializes without an exception, and an
// empty 200 response parses as an output.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { HttpResponse } from '@smithy/core/transport';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/model/ast.js';
import { ServiceModel } from '../../../src/model/service-model.js';
import { prepareInput } from '../../../src/execution/schemas/input-values.js';
import { runtimeFor } from '../../../src/execution/schemas/runtime.js';
import { deserializeOperation, serializeOperation } from '../../../src/execution/wire.js';
import { TEST_MODELS_DIR } from '../../helpers/paths.js';
import { syntheticValue } from './synthetic-input.js';

/** S3 reports an aborted copy/complete as an empty 200 (customizations/s3-200-errors.ts). */
const EMPTY_200_MEANS_ABORTED = new Set([
  'com.amazonaws.s3#CompleteMultipartUpload',
  'com.amazonaws.s3#CopyObject',
  'com.amazonaws.s3#UploadPartCopy',
]);

function* models(): Generator<ServiceModel> {
  for (const dir of readdirSync(TEST_MODELS_DIR).sort()) {
    const serviceDir = path.join(TEST_MODELS_DIR, dir, 'service');
    let versions: string[];
    try {
      versions = readdirSync(serviceDir).sort();
    } catch {
      continue; // LICENSE, NOTICE
    }
    const folder = path.join(serviceDir, versions.at(-1)!);
    const file = readdirSync(folder).find((f) => f.endsWith('.json'))!;
    yield new ServiceModel(JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as ModelFile);
  }
}

describe('every operation in the model bundle', () => {
  it('builds schemas, serializes a synthetic input and parses an empty response', async () => {
    let services = 0;
    let operations = 0;
    const failures: string[] = [];
    for (const model of models()) {
      services++;
      const { schemas } = runtimeFor(model);
      for (const op of model.operations()) {
        operations++;
        try {
          schemas.operation(op);
          const inputId = model.inputOf(op);
          const raw = inputId ? (syntheticValue(model, inputId) as Record<string, unknown>) : {};
          const input = prepareInput(model, op, raw);
          await serializeOperation(model, op, input, { url: new URL('https://example.com') });
          const empty = new HttpResponse({
            statusCode: 200,
            headers: {},
            body: Readable.from([Buffer.alloc(0)]),
          });
          const decoded = await deserializeOperation(model, op, empty as never);
          const abortedByDesign = EMPTY_200_MEANS_ABORTED.has(`${model.namespace}#${op.name}`);
          if ((decoded.kind === 'output') === abortedByDesign) {
            failures.push(`${model.serviceShapeId} ${op.name}: empty 200 parsed as ${decoded.kind}`);
          }
        } catch (e) {
          failures.push(`${model.serviceShapeId} ${op.name}: ${(e as Error).message}`);
        }
      }
    }
    expect(services).toBeGreaterThanOrEqual(400);
    expect(operations).toBeGreaterThan(15_000);
    expect(failures).toEqual([]);
  }, 180_000);
});

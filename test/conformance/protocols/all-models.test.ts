// Every operation of every model in the bundle: its runtime schemas build, the protocol class is
// found, a synthetic input with all required members serializes without an exception, and an
// empty 200 response parses as an output.

import { Readable } from 'node:stream';
import { HttpResponse } from '@smithy/core/transport';
import { describe, expect, it } from 'vitest';
import { prepareInput } from '../../../src/execution/schemas/input-values.js';
import { runtimeFor } from '../../../src/execution/schemas/runtime.js';
import { deserializeOperation, serializeOperation } from '../../../src/execution/wire.js';
import { allServiceModels } from '../../helpers/models.js';
import { syntheticValue } from './synthetic-input.js';

/** S3 reports an aborted copy/complete as an empty 200 (customizations/s3-200-errors.ts). */
const EMPTY_200_MEANS_ABORTED = new Set([
  'com.amazonaws.s3#CompleteMultipartUpload',
  'com.amazonaws.s3#CopyObject',
  'com.amazonaws.s3#UploadPartCopy',
]);

describe('every operation in the model bundle', () => {
  it('builds schemas, serializes a synthetic input and parses an empty response', async () => {
    let services = 0;
    let operations = 0;
    const failures: string[] = [];
    for (const { model } of allServiceModels()) {
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

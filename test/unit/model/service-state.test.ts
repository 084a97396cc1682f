import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/model/ast.js';
import { ServiceModel } from '../../../src/model/service-model.js';
import { defineServiceSlot } from '../../../src/model/service-state.js';

const file = (name: string): ModelFile =>
  ({
    smithy: '2.0',
    shapes: { [`com.example#${name}`]: { type: 'service', version: '1' } },
  }) as unknown as ModelFile;

describe('per-service state', () => {
  it('creates a slot once per loaded service, from that service', () => {
    let built = 0;
    const slot = defineServiceSlot('test/namespace', (model) => {
      built++;
      return { namespace: model.namespace };
    });
    const a = new ServiceModel(file('A'));
    const b = new ServiceModel(file('B'));
    expect(a.state(slot)).toBe(a.state(slot));
    expect(a.state(slot)).toEqual({ namespace: 'com.example' });
    expect(b.state(slot)).not.toBe(a.state(slot));
    expect(built).toBe(2);
    expect(a.loaded.names()).toEqual(['test/namespace']);
  });

  it('keeps slots of the same name apart (identity, not name, is the key)', () => {
    const one = defineServiceSlot('test/same', () => ({ n: 1 }));
    const two = defineServiceSlot('test/same', () => ({ n: 2 }));
    const model = new ServiceModel(file('C'));
    expect([model.state(one).n, model.state(two).n]).toEqual([1, 2]);
  });
});

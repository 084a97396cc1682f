// The `requires` line of search hits: required members (the shared rule) with compact types, on
// hand-made models for each shape kind and on the real models for the operations agents use most.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/model/ast.js';
import { isRequiredMember } from '../../../src/model/required-member.js';
import { ServiceModel } from '../../../src/model/service-model.js';
import { compactType, requiredMembersLine } from '../../../src/model/type-line.js';
import { operationOf } from '../../helpers/models.js';

const NS = 'com.example';
const REQ = { 'smithy.api#required': {} };

function modelWith(
  members: Record<string, { target: string; traits?: object }>,
  extra: object = {},
): ServiceModel {
  const file = {
    smithy: '2.0',
    shapes: {
      [`${NS}#Svc`]: { type: 'service', version: '1', operations: [{ target: `${NS}#Op` }] },
      [`${NS}#Op`]: { type: 'operation', input: { target: `${NS}#In` } },
      [`${NS}#In`]: { type: 'structure', members },
      [`${NS}#Tag`]: { type: 'structure', members: { Key: { target: 'smithy.api#String' } } },
      [`${NS}#Order`]: {
        type: 'enum',
        members: {
          A: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'ASC' } },
          D: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'DESC' } },
        },
      },
      [`${NS}#Tags`]: { type: 'list', member: { target: `${NS}#Tag` } },
      [`${NS}#Names`]: { type: 'list', member: { target: 'smithy.api#String' } },
      [`${NS}#Attrs`]: { type: 'map', key: { target: 'smithy.api#String' }, value: { target: `${NS}#Tag` } },
      ...extra,
    },
  };
  return new ServiceModel(file as unknown as ModelFile);
}

const line = (m: ServiceModel) => requiredMembersLine(m, `${NS}#In`);

describe('requiredMembersLine', () => {
  it('types each kind of shape compactly', () => {
    const m = modelWith({
      Name: { target: 'smithy.api#String', traits: REQ },
      Count: { target: 'smithy.api#Long', traits: REQ },
      Ratio: { target: 'smithy.api#Double', traits: REQ },
      On: { target: 'smithy.api#Boolean', traits: REQ },
      When: { target: 'smithy.api#Timestamp', traits: REQ },
      Data: { target: 'smithy.api#Blob', traits: REQ },
      Sort: { target: `${NS}#Order`, traits: REQ },
      Ids: { target: `${NS}#Names`, traits: REQ },
    });
    expect(line(m)).toBe(
      'Name: string, Count: integer, Ratio: number, On: boolean, When: timestamp, Data: blob, Sort: "ASC"|"DESC", Ids: string[]',
    );
  });

  it('names structures, lists and maps of them, and leaves out what the caller need not send', () => {
    const m = modelWith({
      Tag: { target: `${NS}#Tag`, traits: REQ },
      Tags: { target: `${NS}#Tags`, traits: REQ },
      Attrs: { target: `${NS}#Attrs`, traits: REQ },
      Optional: { target: 'smithy.api#String' },
      Token: { target: 'smithy.api#String', traits: { ...REQ, 'smithy.api#idempotencyToken': {} } },
      Defaulted: { target: 'smithy.api#Integer', traits: { ...REQ, 'smithy.api#default': 0 } },
    });
    expect(line(m)).toBe('Tag: Tag, Tags: Tag[], Attrs: map<string,Tag>');
  });

  it('is empty without required members or input, and counts what it does not name', () => {
    expect(line(modelWith({ Optional: { target: 'smithy.api#String' } }))).toBe('');
    expect(requiredMembersLine(modelWith({}), undefined)).toBe('');
    const many = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`M${i}`, { target: 'smithy.api#String', traits: REQ }]),
    );
    expect(line(modelWith(many))).toMatch(/^M0: string, .*M7: string, \+3 more$/);
  });

  it('lists long enums as `enum`, and never loops on a recursive list', () => {
    const values = Object.fromEntries(
      ['AT_SEQUENCE_NUMBER', 'AFTER_SEQUENCE_NUMBER', 'TRIM_HORIZON'].map((v) => [
        v,
        { target: 'smithy.api#Unit' },
      ]),
    );
    const m = modelWith(
      { Kind: { target: `${NS}#Kind`, traits: REQ }, Deep: { target: `${NS}#Deep`, traits: REQ } },
      {
        [`${NS}#Kind`]: { type: 'enum', members: values },
        [`${NS}#Deep`]: { type: 'list', member: { target: `${NS}#Deep` } },
      },
    );
    expect(line(m)).toBe('Kind: enum, Deep: list[][]');
  });

  it('names exactly the members the shared required rule picks, in model order (any traits)', () => {
    const traitSets = [
      {},
      REQ,
      { ...REQ, 'smithy.api#default': '' },
      { ...REQ, 'smithy.api#idempotencyToken': {} },
    ];
    fc.assert(
      fc.property(fc.array(fc.nat(traitSets.length - 1), { maxLength: 8 }), (picks) => {
        const members = Object.fromEntries(
          picks.map((p, i) => [`M${i}`, { target: 'smithy.api#String', traits: traitSets[p]! }]),
        );
        const expected = Object.entries(members)
          .filter(([, m]) => isRequiredMember(m.traits))
          .map(([n]) => `${n}: string`);
        expect(line(modelWith(members))).toBe(expected.join(', '));
      }),
    );
  });
});

describe('requiredMembersLine on the AWS models', () => {
  it.each([
    ['s3', 'GetObject', 'Bucket: string, Key: string'],
    ['dynamodb', 'GetItem', 'TableName: string, Key: map<string,AttributeValue>'],
    ['sns', 'Publish', 'Message: string'],
    ['sts', 'GetCallerIdentity', ''],
  ])('%s:%s requires %j', (directory, name, expected) => {
    const { model, op } = operationOf(directory, name);
    expect(requiredMembersLine(model, model.inputOf(op))).toBe(expected);
  });

  it('types an unknown target as any', () => {
    expect(compactType(modelWith({}), `${NS}#Missing`)).toBe('any');
  });
});

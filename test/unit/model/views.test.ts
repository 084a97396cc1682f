// The typed model views (src/model/views/): the one reading of each trait the other folders use.
// Plain trait objects as the Smithy JSON AST writes them; no model bundle needed.

import { describe, expect, it } from 'vitest';
import { isSimpleShape, unknownShapeKind } from '../../../src/model/ast.js';
import { isRequiredMember } from '../../../src/model/required-member.js';
import { authOptions, isAnonymousOperation } from '../../../src/model/views/auth.js';
import { retryableTrait, timestampFormat } from '../../../src/model/views/member.js';
import { operationContextParamPaths, paginationTrait } from '../../../src/model/views/operation.js';
import { awsServiceTrait, serviceProtocols } from '../../../src/model/views/service.js';
import { TRAIT } from '../../../src/model/views/trait-ids.js';
import { WIRE_TRAIT_NAMES, forEachWireTrait } from '../../../src/model/views/wire-traits.js';

describe('model views', () => {
  it('required: @required, unless an idempotency token or a default fills it', () => {
    expect(isRequiredMember({ [TRAIT.required]: {} })).toBe(true);
    expect(isRequiredMember({ [TRAIT.required]: {}, [TRAIT.default]: 0 })).toBe(false);
    expect(isRequiredMember({ [TRAIT.required]: {}, [TRAIT.idempotencyToken]: {} })).toBe(false);
    expect(isRequiredMember({ [TRAIT.required]: {}, [TRAIT.clientOptional]: {} })).toBe(true);
    expect(isRequiredMember({})).toBe(false);
  });

  it('pagination: the operation trait decides, the service trait fills missing names', () => {
    const service = {
      [TRAIT.paginated]: { inputToken: 'NextToken', outputToken: 'NextToken', pageSize: 'Max' },
    };
    expect(paginationTrait({}, service)).toBeUndefined();
    expect(paginationTrait({ [TRAIT.paginated]: { items: 'Things', pageSize: '' } }, service)).toEqual({
      inputToken: 'NextToken',
      outputToken: 'NextToken',
      items: 'Things',
      pageSize: 'Max',
    });
  });

  it('protocols in model order, service identity with empty strings absent', () => {
    const t = { [TRAIT.restXml]: {}, [TRAIT.title]: 'X', [TRAIT.awsQuery]: {} };
    expect(serviceProtocols(t)).toEqual(['restXml', 'awsQuery']);
    expect(awsServiceTrait({ [TRAIT.awsService]: { sdkId: 'S3', arnNamespace: '' } })).toEqual({
      sdkId: 'S3',
    });
  });

  it('auth: operation @auth, else service @auth, else the service auth traits in model order', () => {
    const service = { [TRAIT.sigv4a]: { name: 's3' }, [TRAIT.sigv4]: { name: 's3' } };
    expect(authOptions(undefined, service).map((o) => o.scheme)).toEqual(['sigv4a', 'sigv4']);
    expect(authOptions({ [TRAIT.auth]: [TRAIT.sigv4] }, service)).toEqual([
      { scheme: 'sigv4', signingName: 's3' },
    ]);
    expect(authOptions(undefined, { ...service, [TRAIT.auth]: [TRAIT.sigv4, TRAIT.sigv4a] })[0]!.scheme).toBe(
      'sigv4',
    );
    expect(isAnonymousOperation({ [TRAIT.auth]: [] })).toBe(true);
    expect(isAnonymousOperation({ [TRAIT.optionalAuth]: {} })).toBe(true);
    expect(isAnonymousOperation({ [TRAIT.auth]: [TRAIT.sigv4] })).toBe(false);
  });

  it('typed values: timestamp format, retryable throttling, context-param paths', () => {
    expect(timestampFormat({ [TRAIT.timestampFormat]: 'epoch-seconds' })).toBe('epoch-seconds');
    expect(retryableTrait({ [TRAIT.retryable]: { throttling: true } })).toEqual({ throttling: true });
    expect(retryableTrait({})).toBeUndefined();
    const op = { [TRAIT.operationContextParams]: { Keys: { path: 'Delete.Objects[*].Key' }, Bad: {} } };
    expect(operationContextParamPaths(op)).toEqual({ Keys: 'Delete.Objects[*].Key' });
  });

  it('wire traits: every wire trait name is found by its id, other traits are skipped', () => {
    const traits = Object.fromEntries([
      ...WIRE_TRAIT_NAMES.map((n) => [TRAIT[n], n]),
      [TRAIT.documentation, 'x'],
    ]);
    const seen: string[] = [];
    forEachWireTrait(traits, (name, value) => {
      expect(value).toBe(name);
      seen.push(name);
    });
    expect(seen).toEqual([...WIRE_TRAIT_NAMES]);
  });

  it('shape kinds: simple kinds are leaves; an unknown kind fails loudly at run time too', () => {
    expect(isSimpleShape({ type: 'timestamp' })).toBe(true);
    expect(isSimpleShape({ type: 'map', key: { target: 'a' }, value: { target: 'b' } })).toBe(false);
    expect(() => unknownShapeKind({ type: 'newKind' } as never)).toThrow(/newKind/);
  });
});

// Loads the `smithy.rules#endpointTests` of every model in the test bundle (newest version per
// service) and runs each case through our endpoint code: straight from its `params`, and, when the
// case has `operationInputs`, from the operation input + built-ins as a real call would.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ModelFile } from '../../src/model/ast.js';
import { ServiceModel } from '../../src/model/service-model.js';
import { buildEndpointParams, type EndpointParamSet } from '../../src/execution/endpoints/params.js';
import { evaluateEndpointRules } from '../../src/execution/endpoints/rule-set.js';
import { isToolError } from '../../src/errors/tool-error.js';

interface EndpointTestCase {
  documentation?: string;
  params?: Record<string, unknown>;
  expect: {
    error?: string;
    endpoint?: { url: string; headers?: Record<string, string[]>; properties?: Record<string, unknown> };
  };
  operationInputs?: Array<{
    operationName: string;
    operationParams?: Record<string, unknown>;
    builtInParams?: Record<string, unknown>;
    clientParams?: Record<string, unknown>;
  }>;
}

export interface CaseResult {
  /** `<service dir>: <documentation>` plus ` [op <name>]` for operation-input runs; unique. */
  id: string;
  ok: boolean;
  detail: string;
}

export function runModelCases(file: string): CaseResult[] {
  const dir = path.basename(path.dirname(path.dirname(path.dirname(file))));
  const model = new ServiceModel(JSON.parse(readFileSync(file, 'utf8')) as ModelFile);
  const tests = (model.serviceTraits()['smithy.rules#endpointTests'] as { testCases?: EndpointTestCase[] })
    ?.testCases;
  const results: CaseResult[] = [];
  const seen = new Map<string, number>();
  const uniqueId = (base: string): string => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} #${n}`;
  };
  for (const tc of tests ?? []) {
    const base = `${dir}: ${tc.documentation ?? '(undocumented)'}`;
    results.push({ id: uniqueId(base), ...check(model, tc.params as EndpointParamSet, tc.expect) });
    for (const oi of tc.operationInputs ?? []) {
      const id = uniqueId(`${base} [op ${oi.operationName}]`);
      const op = model.operation(oi.operationName);
      if (!op) {
        results.push({ id, ok: false, detail: `operation ${oi.operationName} not in model` });
        continue;
      }
      const params = buildEndpointParams({
        model,
        op,
        input: oi.operationParams ?? {},
        builtIns: oi.builtInParams ?? {},
        clientParams: oi.clientParams ?? {},
      });
      results.push({ id, ...check(model, params, tc.expect) });
    }
  }
  return results;
}

function check(
  model: ServiceModel,
  params: EndpointParamSet,
  expect: EndpointTestCase['expect'],
): { ok: boolean; detail: string } {
  let resolved;
  try {
    resolved = evaluateEndpointRules(model, params ?? {});
  } catch (err) {
    if (!isToolError(err)) return { ok: false, detail: `threw ${String(err)}` };
    if (expect.error !== undefined) {
      return { ok: err.message === expect.error, detail: `error "${err.message}"` };
    }
    return { ok: false, detail: `unexpected error "${err.message}"` };
  }
  const got = `${resolved.url.href} ${JSON.stringify(resolved.properties ?? {})}`;
  if (expect.error !== undefined) return { ok: false, detail: `expected an error, got ${got}` };
  const want = expect.endpoint!;
  const ok =
    resolved.url.href === new URL(want.url).href &&
    isDeepStrictEqual(resolved.headers ?? {}, want.headers ?? {}) &&
    isDeepStrictEqual(resolved.properties ?? {}, want.properties ?? {});
  return { ok, detail: `got ${got}` };
}

// Builds the parameter set a service's endpoint rule set is evaluated with, in the SDK's order of
// precedence: static context params > input context params > operation context params >
// built-ins / client settings > the rule set's declared defaults.

import jmespath from 'jmespath';
import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { contextParamName } from '../../model/views/member.js';
import { operationContextParamPaths, staticContextParams } from '../../model/views/operation.js';
import { endpointRuleSet } from '../../model/views/service.js';

export type EndpointParamValue = string | boolean | string[];
export type EndpointParamSet = Record<string, EndpointParamValue>;

export interface RuleSetParameter {
  readonly type?: string;
  readonly builtIn?: string;
  readonly default?: unknown;
  readonly required?: boolean;
}

/** Built-in settings keyed by their rule-set name, e.g. `AWS::Region`, `SDK::Endpoint`. */
export type BuiltInValues = Readonly<Record<string, unknown>>;

/** Defaults the SDK applies to built-ins the rule sets declare without one. */
const SDK_BUILT_IN_DEFAULTS: Readonly<Record<string, EndpointParamValue>> = {
  'AWS::Auth::AccountIdEndpointMode': 'preferred',
};

export function ruleSetParameters(model: ServiceModel): Readonly<Record<string, RuleSetParameter>> {
  const ruleSet = endpointRuleSet(model.serviceTraits()) as
    { parameters?: Record<string, RuleSetParameter> } | undefined;
  return ruleSet?.parameters ?? {};
}

export function buildEndpointParams(args: {
  model: ServiceModel;
  op: OperationView;
  input: Readonly<Record<string, unknown>>;
  builtIns: BuiltInValues;
  clientParams?: Readonly<Record<string, unknown>>;
}): EndpointParamSet {
  const { model, op, input, builtIns, clientParams = {} } = args;
  const declared = ruleSetParameters(model);
  const fromStatic = staticContextParams(op.shape.traits);
  const fromInput = inputContextParams(model, op, input);
  const fromOperation = operationContextParams(op, input);
  const out: EndpointParamSet = {};
  for (const [name, decl] of Object.entries(declared)) {
    const candidates: unknown[] = [
      fromStatic[name],
      fromInput[name],
      fromOperation[name],
      decl.builtIn !== undefined ? builtIns[decl.builtIn] : undefined,
      clientParams[name],
      decl.default,
      decl.builtIn !== undefined ? SDK_BUILT_IN_DEFAULTS[decl.builtIn] : undefined,
    ];
    for (const value of candidates) {
      const coerced = coerce(value, decl.type);
      if (coerced !== undefined) {
        out[name] = coerced;
        break;
      }
    }
  }
  return out;
}

function inputContextParams(
  model: ServiceModel,
  op: OperationView,
  input: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const inputId = model.inputOf(op);
  const out: Record<string, unknown> = {};
  if (!inputId) return out;
  for (const member of model.members(inputId)) {
    const name = contextParamName(member.traits);
    if (name !== undefined) out[name] = input[member.name];
  }
  return out;
}

function operationContextParams(
  op: OperationView,
  input: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(operationContextParamPaths(op.shape.traits))) {
    try {
      out[name] = jmespath.search(input, path);
    } catch {
      // A path the input cannot satisfy simply leaves the parameter unset, as in the SDK.
    }
  }
  return out;
}

/** Keeps only values of the declared type: a wrong-typed input never reaches the rule engine. */
function coerce(value: unknown, type: string | undefined): EndpointParamValue | undefined {
  if (value === undefined || value === null) return undefined;
  switch ((type ?? 'string').toLowerCase()) {
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'stringarray':
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
    default:
      return typeof value === 'string' ? value : undefined;
  }
}

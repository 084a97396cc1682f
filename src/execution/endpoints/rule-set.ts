// Evaluates a service's endpoint rules (the model's `smithy.rules#endpointRuleSet`) with the SDK's
// own engine and AWS functions, and turns rule-set errors into ToolErrors a caller can act on.

import { awsEndpointFunctions } from '@aws-sdk/util-endpoints';
import {
  customEndpointFunctions,
  EndpointError,
  resolveEndpoint as evaluateRules,
  type RuleSetObject,
} from '@smithy/core/endpoints';
import type { EndpointV2 } from '@smithy/types';
import { ToolError } from '../../errors/tool-error.js';
import type { ServiceModel } from '../../model/service-model.js';
import { endpointRuleSet } from '../../model/views/service.js';
import type { EndpointParamSet } from './params.js';
import { unsupportedError } from '../unsupported.js';

// aws.partition, aws.parseArn and aws.isVirtualHostableS3Bucket: the rule sets call them by name.
customEndpointFunctions.aws = awsEndpointFunctions;

export type RawEndpoint = EndpointV2;

/** Runs the rules; throws ToolError for rule-set errors, anything else is a bug and propagates. */
export function evaluateEndpointRules(model: ServiceModel, params: EndpointParamSet): RawEndpoint {
  const ruleSet = endpointRuleSet(model.serviceTraits()) as RuleSetObject | undefined;
  if (!ruleSet) {
    // Newer models may carry only a compiled decision diagram (`smithy.rules#endpointBdd`); none
    // of the models we sync do yet, and the SDK's BDD engine takes its own compiled form.
    throw unsupportedError('endpointRuleSet', { service: model.serviceShapeId });
  }
  try {
    // The engine writes defaults into the object it is given: hand it a copy.
    return evaluateRules(ruleSet, { endpointParams: { ...params } as never });
  } catch (err) {
    if (err instanceof EndpointError) throw ruleSetError(err.message);
    throw err;
  }
}

/** The message is the rule set's own text (AWS-authored, no secrets); the hint names the fix. */
export function ruleSetError(message: string): ToolError {
  const text = message.replace(/^Endpoint resolution failed:\s*/i, '');
  if (/region/i.test(text) && !/custom endpoint|arn/i.test(text)) {
    return new ToolError('InvalidRegion', text, {
      hint: 'Pick a region where this service is available (for example us-east-1).',
    });
  }
  let hint = 'Check the region, the endpoint settings and the input members used for routing.';
  if (/FIPS|DualStack/i.test(text)) {
    hint = 'Turn off FIPS or dual-stack endpoints, or use a region/partition that supports them.';
  } else if (/custom endpoint|Endpoint/.test(text)) {
    hint = 'Remove the custom endpoint URL for this call, or turn off the setting it conflicts with.';
  } else if (/ARN/i.test(text)) {
    hint = 'Check the ARN in the input: partition, region, account and resource type must match the service.';
  }
  return new ToolError('InvalidInput', text, { hint });
}

// The few parameters that identify what a request acts on (bucket, table, instance ids...), shown
// to the person asked to approve it. They are stored in the approvals table and shown in the prompt
// and in ConfirmationRequired details, so a secret (sensitive in the model, or secret by its name,
// like mq CreateUser's required Password) never appears; long values are shortened.

import { hasRequiredTrait, isHttpLabel } from '../../model/views/member.js';
import type { JsonObject } from '../../model/plain-object.js';
import { isSecretByName, isSensitiveMember } from '../../redaction/redact.js';
import type { OperationView, ServiceModel } from '../../model/service-model.js';

const IDENTIFYING = /(Name|Names|Id|Ids|Arn|Arns|Bucket|Key|Identifier|Identifiers|Prefix|Path|Url)$/;
const MAX_ENTRIES = 8;
const MAX_STRING = 120;
const MAX_LIST = 10;

function shorten(value: unknown): unknown {
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    const shown = value.slice(0, MAX_LIST).map(shorten);
    return value.length > MAX_LIST ? [...shown, `… ${value.length - MAX_LIST} more`] : shown;
  }
  return undefined;
}

export function keyParameters(
  model: ServiceModel,
  op: OperationView,
  payload: JsonObject,
): Record<string, unknown> {
  const inputId = model.inputOf(op);
  if (!inputId) return {};
  const out: Record<string, unknown> = {};
  for (const member of model.members(inputId)) {
    if (Object.keys(out).length >= MAX_ENTRIES) break;
    if (!(member.name in payload) || isSensitiveMember(model, member)) continue;
    if (isSecretByName(member.name, payload[member.name])) continue;
    const identifying =
      hasRequiredTrait(member.traits) || isHttpLabel(member.traits) || IDENTIFYING.test(member.name);
    const value = identifying ? shorten(payload[member.name]) : undefined;
    if (value !== undefined) out[member.name] = value;
  }
  return out;
}

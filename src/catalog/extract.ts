// Turns one parsed service model into catalog entries: the service's facts and one entry per
// operation. Runs once per model at build time; the parsed model is dropped right after.

import type { ModelFileRef } from '../model/model-tree.js';
import type { ServiceModel, OperationView } from '../model/service-model.js';
import { isRequiredMember } from '../model/required-member.js';
import { requiredMembersLine } from '../model/type-line.js';
import { documentation, isDeprecated, isIdempotencyToken } from '../model/views/member.js';
import { isIdempotent, paginationTrait, waitersTrait } from '../model/views/operation.js';
import {
  awsServiceTrait,
  isAwsQueryCompatible,
  serviceProtocols,
  serviceTitle,
  sigv4SigningName,
} from '../model/views/service.js';
import type { OperationEntry, ServiceEntry } from './types.js';
import { classifyRisk } from './risk.js';
import { documentationText, summarize } from './text.js';

/** A service entry before aliases are assigned (they need every service to be known). */
export type ServiceFacts = Omit<ServiceEntry, 'aliases'>;

export interface Extracted {
  readonly service: ServiceFacts;
  readonly operations: OperationEntry[];
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === '' ? undefined : v;
}

function operationEntry(model: ServiceModel, serviceId: string, op: OperationView): OperationEntry {
  const traits = op.shape.traits ?? {};
  const inputId = model.inputOf(op);
  const members = inputId ? model.members(inputId) : [];
  let hasIdempotencyToken = false;
  const required: string[] = [];
  for (const m of members) {
    if (isIdempotencyToken(m.traits)) hasIdempotencyToken = true;
    if (isRequiredMember(m.traits)) required.push(m.name);
  }
  const doc = nonEmpty(documentation(traits));
  const page = paginationTrait(traits, model.serviceTraits());
  const waiters = Object.keys(waitersTrait(traits) ?? {});
  const requires = requiredMembersLine(model, inputId);
  return {
    service: serviceId,
    name: op.name,
    summary: summarize(doc),
    risk: classifyRisk(serviceId, op.name, traits),
    deprecated: isDeprecated(traits),
    paginated: page !== undefined,
    waitable: waiters.length > 0,
    idempotent: isIdempotent(traits) || hasIdempotencyToken,
    inputMembers: members.map((m) => m.name),
    requiredMembers: required,
    ...(requires ? { requires } : {}),
    documentation: documentationText(doc),
    ...(op.resourcePath ? { resource: op.resourcePath.join('/') } : {}),
    ...(page ? { pagination: page } : {}),
    ...(waiters.length > 0 ? { waiters } : {}),
  };
}

/** Entries for one service. `serviceId` is its canonical id; `modelPath` is relative to the root. */
export function extractService(
  model: ServiceModel,
  ref: ModelFileRef,
  serviceId: string,
  modelPath: string,
): Extracted {
  const t = model.serviceTraits();
  const api = awsServiceTrait(t);
  const sdkId = api.sdkId ?? ref.directory;
  const operations = model.operations().map((op) => operationEntry(model, serviceId, op));
  const protocols = serviceProtocols(t);
  const service: ServiceFacts = {
    id: serviceId,
    title: serviceTitle(t) ?? sdkId,
    sdkId,
    protocols,
    awsQueryCompatible: isAwsQueryCompatible(t),
    signingName: sigv4SigningName(t),
    endpointPrefix: api.endpointPrefix,
    apiVersion: model.service.version ?? ref.version,
    directory: ref.directory,
    modelPath,
    shapeId: model.serviceShapeId,
    operationCount: operations.length,
    arnNamespace: api.arnNamespace,
    summary: summarize(nonEmpty(documentation(t))),
  };
  return { service, operations };
}

// Turns one parsed service model into catalog entries: the service's facts and one entry per
// operation. Runs once per model at build time; the parsed model is dropped right after.

import type { ModelFileRef } from '../model/model-tree.js';
import type { ServiceModel, OperationView } from '../model/service-model.js';
import type { Traits } from '../model/ast.js';
import { isRequiredMember } from '../model/required-member.js';
import { requiredMembersLine } from '../model/type-line.js';
import type { OperationEntry, PaginationInfo, ProtocolName, ServiceEntry } from './types.js';
import { classifyRisk } from './risk.js';
import { documentationText, summarize } from './text.js';

/** Protocol trait -> protocol name, in the order we prefer when a service declares several. */
const PROTOCOL_TRAITS: Readonly<Record<string, ProtocolName>> = {
  'aws.protocols#awsJson1_0': 'awsJson1_0',
  'aws.protocols#awsJson1_1': 'awsJson1_1',
  'aws.protocols#restJson1': 'restJson1',
  'aws.protocols#restXml': 'restXml',
  'aws.protocols#awsQuery': 'awsQuery',
  'aws.protocols#ec2Query': 'ec2Query',
  'smithy.protocols#rpcv2Cbor': 'rpcv2Cbor',
};

const DOC = 'smithy.api#documentation';
const PAGINATED = 'smithy.api#paginated';

/** A service entry before aliases are assigned (they need every service to be known). */
export type ServiceFacts = Omit<ServiceEntry, 'aliases'>;

export interface Extracted {
  readonly service: ServiceFacts;
  readonly operations: OperationEntry[];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function record(v: unknown): Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

// Per the Smithy spec, `smithy.api#paginated` on a service only supplies default token and
// page-size member names; an operation is paginated only when it carries the trait itself.
function pagination(opTraits: Traits, serviceTraits: Traits): PaginationInfo | undefined {
  if (opTraits[PAGINATED] === undefined) return undefined;
  const op = record(opTraits[PAGINATED]);
  const svc = record(serviceTraits[PAGINATED]);
  const pick = (k: string): string | undefined => str(op[k]) ?? str(svc[k]);
  const info: PaginationInfo = {
    inputToken: pick('inputToken'),
    outputToken: pick('outputToken'),
    items: pick('items'),
    pageSize: pick('pageSize'),
  };
  return Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined));
}

function operationEntry(model: ServiceModel, serviceId: string, op: OperationView): OperationEntry {
  const traits = op.shape.traits ?? {};
  const inputId = model.inputOf(op);
  const members = inputId ? model.members(inputId) : [];
  let hasIdempotencyToken = false;
  const required: string[] = [];
  for (const m of members) {
    if (m.traits['smithy.api#idempotencyToken'] !== undefined) hasIdempotencyToken = true;
    if (isRequiredMember(m.traits)) required.push(m.name);
  }
  const doc = str(traits[DOC]);
  const page = pagination(traits, model.serviceTraits());
  const waiters = Object.keys(record(traits['smithy.waiters#waitable']));
  const requires = requiredMembersLine(model, inputId);
  return {
    service: serviceId,
    name: op.name,
    summary: summarize(doc),
    risk: classifyRisk(serviceId, op.name, traits),
    deprecated: traits['smithy.api#deprecated'] !== undefined,
    paginated: page !== undefined,
    waitable: waiters.length > 0,
    idempotent: traits['smithy.api#idempotent'] !== undefined || hasIdempotencyToken,
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
  const api = record(t['aws.api#service']);
  const sdkId = str(api.sdkId) ?? ref.directory;
  const operations = model.operations().map((op) => operationEntry(model, serviceId, op));
  const protocols = Object.keys(t)
    .map((k) => PROTOCOL_TRAITS[k])
    .filter((p): p is ProtocolName => p !== undefined);
  const service: ServiceFacts = {
    id: serviceId,
    title: str(t['smithy.api#title']) ?? sdkId,
    sdkId,
    protocols,
    awsQueryCompatible: t['aws.protocols#awsQueryCompatible'] !== undefined,
    signingName: str(record(t['aws.auth#sigv4']).name),
    endpointPrefix: str(api.endpointPrefix),
    apiVersion: model.service.version ?? ref.version,
    directory: ref.directory,
    modelPath,
    shapeId: model.serviceShapeId,
    operationCount: operations.length,
    arnNamespace: str(api.arnNamespace),
    summary: summarize(str(t[DOC])),
  };
  return { service, operations };
}

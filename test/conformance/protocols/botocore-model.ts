// Test tooling: turns one botocore protocol-compliance case (botocore's shape format) into a
// small Smithy JSON AST — one service shape with the suite's protocol trait and the case's one
// operation — so the case runs through the same ServiceModel -> schemas -> protocol path as
// the product.

import type { MemberShape, ModelFile, Shape } from '../../../src/model/ast.js';

export interface BotocoreSuite {
  metadata: Record<string, any>;
  shapes: Record<string, any>;
  cases: BotocoreCase[];
}

export interface BotocoreCase {
  id: string;
  given: any;
  params?: Record<string, unknown>;
  serialized?: {
    method: string;
    uri: string;
    body?: string;
    headers?: Record<string, string>;
    host?: string;
    forbidHeaders?: string[];
    requireHeaders?: string[];
  };
  response?: { status_code: number; headers?: Record<string, string>; body?: string };
  result?: Record<string, unknown>;
  errorCode?: string;
  errorMessage?: string;
  error?: Record<string, unknown>;
}

const PROTOCOL_TRAITS: Record<string, (md: Record<string, any>) => string> = {
  ec2: () => 'aws.protocols#ec2Query',
  query: () => 'aws.protocols#awsQuery',
  json: (md) => (md.jsonVersion === '1.0' ? 'aws.protocols#awsJson1_0' : 'aws.protocols#awsJson1_1'),
  'rest-json': () => 'aws.protocols#restJson1',
  'rest-xml': () => 'aws.protocols#restXml',
  'smithy-rpc-v2-cbor': () => 'smithy.protocols#rpcv2Cbor',
};

const TIMESTAMP_FORMATS: Record<string, string> = {
  iso8601: 'date-time',
  rfc822: 'http-date',
  unixTimestamp: 'epoch-seconds',
};

export interface TranslatedCase {
  model: ModelFile;
  operationName: string;
  namespace: string;
}

/** The Smithy model for one case; `tag` keeps namespaces (and error registries) apart. */
export function translateCase(suite: BotocoreSuite, c: BotocoreCase, tag: string): TranslatedCase {
  const md = suite.metadata;
  const ns = `conformance.${tag.replace(/[^A-Za-z0-9]/g, '_')}`;
  const id = (name: string): string => `${ns}#${name}`;
  const protocol = PROTOCOL_TRAITS[md.protocol as string]!(md);
  const isXml = ['ec2', 'query', 'rest-xml'].includes(md.protocol as string);
  const isJson = ['rest-json'].includes(md.protocol as string);
  const shapes: Record<string, Shape> = {};

  const memberTraits = (
    m: any,
    target: any,
    payloadName: string | undefined,
    name: string,
  ): Record<string, unknown> => {
    const t: Record<string, unknown> = {};
    switch (m.location) {
      case 'uri':
        t['smithy.api#httpLabel'] = {};
        break;
      case 'querystring':
        if (target?.type === 'map') t['smithy.api#httpQueryParams'] = {};
        else t['smithy.api#httpQuery'] = m.locationName ?? name;
        break;
      case 'header':
        t['smithy.api#httpHeader'] = m.locationName ?? name;
        break;
      case 'headers':
        t['smithy.api#httpPrefixHeaders'] = m.locationName ?? '';
        break;
      case 'statusCode':
        t['smithy.api#httpResponseCode'] = {};
        break;
      default:
        // botocore names a payload member's element after the member; Smithy does not.
        if (m.locationName !== undefined && payloadName !== name) {
          if (isXml) t['smithy.api#xmlName'] = m.locationName;
          else if (isJson) t['smithy.api#jsonName'] = m.locationName;
        }
    }
    if (payloadName === name) {
      t['smithy.api#httpPayload'] = {};
      if (isXml && m.locationName !== undefined && m.locationName !== name)
        t['smithy.api#xmlName'] = m.locationName;
    }
    if (m.queryName !== undefined) t['aws.protocols#ec2QueryName'] = m.queryName;
    if (m.xmlNamespace !== undefined) t['smithy.api#xmlNamespace'] = xmlNs(m.xmlNamespace);
    if (m.xmlAttribute) t['smithy.api#xmlAttribute'] = {};
    if (m.flattened || (target?.flattened && ['list', 'map'].includes(target.type)))
      t['smithy.api#xmlFlattened'] = {};
    if (m.hostLabel) t['smithy.api#hostLabel'] = {};
    if (m.idempotencyToken) t['smithy.api#idempotencyToken'] = {};
    if (m.jsonvalue) t['smithy.api#mediaType'] = 'application/json';
    if (m.timestampFormat) t['smithy.api#timestampFormat'] = TIMESTAMP_FORMATS[m.timestampFormat as string];
    if (m.eventheader) t['smithy.api#eventHeader'] = {};
    if (m.eventpayload) t['smithy.api#eventPayload'] = {};
    return t;
  };

  const member = (m: any, name: string, payloadName?: string): MemberShape => {
    const traits = memberTraits(m, suite.shapes[m.shape], payloadName, name);
    return Object.keys(traits).length ? { target: id(m.shape), traits } : { target: id(m.shape) };
  };

  for (const [name, s] of Object.entries(suite.shapes)) {
    const traits: Record<string, unknown> = {};
    if (s.timestampFormat)
      traits['smithy.api#timestampFormat'] = TIMESTAMP_FORMATS[s.timestampFormat as string];
    if (s.xmlNamespace) traits['smithy.api#xmlNamespace'] = xmlNs(s.xmlNamespace);
    if (s.streaming) traits['smithy.api#streaming'] = {};
    if (s.locationName !== undefined && isXml) traits['smithy.api#xmlName'] = s.locationName;
    if (s.exception || s.error) {
      const e = s.error ?? {};
      traits['smithy.api#error'] = e.senderFault === false || s.fault ? 'server' : 'client';
      if (e.httpStatusCode !== undefined) traits['smithy.api#httpError'] = e.httpStatusCode;
      if (e.code !== undefined) {
        traits['aws.protocols#awsQueryError'] = { code: e.code, httpResponseCode: e.httpStatusCode ?? 400 };
      }
    }
    const withTraits = <T extends object>(shape: T): T =>
      Object.keys(traits).length ? { ...shape, traits } : shape;
    switch (s.type) {
      case 'structure': {
        if (s.document) {
          shapes[id(name)] = withTraits({ type: 'document' }) as Shape;
          break;
        }
        const required = new Set<string>(s.required ?? []);
        const members: Record<string, MemberShape> = {};
        for (const [mName, m] of Object.entries<any>(s.members ?? {})) {
          const mm = member(m, mName, s.payload);
          members[mName] = required.has(mName)
            ? { ...mm, traits: { ...(mm.traits ?? {}), 'smithy.api#required': {} } }
            : mm;
        }
        shapes[id(name)] = withTraits({ type: s.union ? 'union' : 'structure', members }) as Shape;
        break;
      }
      case 'list':
        shapes[id(name)] = withTraits({ type: 'list', member: member(s.member, 'member') }) as Shape;
        break;
      case 'map':
        shapes[id(name)] = withTraits({
          type: 'map',
          key: member(s.key, 'key'),
          value: member(s.value, 'value'),
        }) as Shape;
        break;
      default:
        shapes[id(name)] = withTraits({ type: s.type }) as Shape;
    }
  }

  const given = c.given;
  const opTraits: Record<string, unknown> = {};
  const inputShape = given.input ? suite.shapes[given.input.shape] : undefined;
  opTraits['smithy.api#http'] = {
    method: given.http?.method ?? 'POST',
    uri: labelsToMemberNames(given.http?.requestUri ?? '/', inputShape),
    code: given.http?.responseCode ?? 200,
  };
  if (given.endpoint?.hostPrefix) opTraits['smithy.api#endpoint'] = { hostPrefix: given.endpoint.hostPrefix };
  if (given.httpChecksumRequired) opTraits['smithy.api#httpChecksumRequired'] = {};
  if (given.idempotent) opTraits['smithy.api#idempotent'] = {};
  if (given.requestcompression) opTraits['smithy.api#requestCompression'] = given.requestcompression;
  shapes[id(given.name)] = {
    type: 'operation',
    ...(given.input ? { input: { target: id(given.input.shape) } } : {}),
    ...(given.output ? { output: { target: id(given.output.shape) } } : {}),
    ...(given.errors ? { errors: given.errors.map((e: any) => ({ target: id(e.shape) })) } : {}),
    traits: opTraits,
  } as Shape;

  const serviceTraits: Record<string, unknown> = { [protocol]: {} };
  if (md.awsQueryCompatible) serviceTraits['aws.protocols#awsQueryCompatible'] = {};
  if (md.xmlNamespace) serviceTraits['smithy.api#xmlNamespace'] = { uri: md.xmlNamespace };
  const serviceName = (md.targetPrefix as string | undefined) ?? 'ConformanceService';
  shapes[id(serviceName)] = {
    type: 'service',
    version: md.apiVersion,
    operations: [{ target: id(given.name) }],
    traits: serviceTraits,
  } as Shape;
  return { model: { smithy: '2.0', shapes }, operationName: given.name, namespace: ns };
}

function xmlNs(v: any): { prefix?: string; uri: string } {
  return typeof v === 'string' ? { uri: v } : { ...(v.prefix ? { prefix: v.prefix } : {}), uri: v.uri };
}

/** botocore URIs name labels by wire name (locationName); Smithy labels name members. */
function labelsToMemberNames(uri: string, input: any): string {
  if (!input?.members) return uri;
  return uri.replace(/\{([^}+]+)(\+?)\}/g, (whole, label: string, greedy: string) => {
    const entry = Object.entries<any>(input.members).find(
      ([name, m]) => m.location === 'uri' && (m.locationName ?? name) === label,
    );
    return entry ? `{${entry[0]}${greedy}}` : whole;
  });
}

// Protocol trait -> official @aws-sdk/core protocol class, and the constructor options each one
// takes, read from the service shape. One protocol instance per service model, cached.

import {
  AwsEc2QueryProtocol,
  AwsJson1_0Protocol,
  AwsJson1_1Protocol,
  AwsQueryProtocol,
  AwsRestJsonProtocol,
  AwsRestXmlProtocol,
  AwsSmithyRpcV2CborProtocol,
} from '@aws-sdk/core/protocols';
import type { TypeRegistry } from '@smithy/core/schema';
import { fromBase64, fromUtf8, sdkStreamMixin, streamCollector, toBase64, toUtf8 } from '@smithy/core/serde';
import type { HttpRequest, HttpResponse, MetadataBearer, OperationSchema } from '@smithy/types';
import type { ServiceModel } from '../model/service-model.js';
import {
  isAwsQueryCompatible,
  serviceProtocols,
  xmlNamespaceUri,
  type ProtocolName,
} from '../model/views/service.js';
import { serdeFlagsFor } from './customizations/registry.js';
import { unsupportedError } from './unsupported.js';

/** What every protocol class offers us; the concrete classes differ only in construction. */
export interface WireProtocol {
  serializeRequest(schema: OperationSchema, input: object, context: object): Promise<HttpRequest>;
  deserializeResponse(
    schema: OperationSchema,
    context: object,
    response: HttpResponse,
  ): Promise<MetadataBearer>;
  setSerdeContext(context: object): void;
}

interface ServiceFacts {
  namespace: string;
  /** Local name of the service shape: the awsJson `X-Amz-Target` prefix. */
  serviceTarget: string;
  version: string;
  xmlNamespace: string;
  awsQueryCompatible: boolean;
  errorTypeRegistries: TypeRegistry[];
}

type Factory = (f: ServiceFacts) => WireProtocol;

/** In preference order: when a model lists several protocols, the first supported one wins. */
export const PROTOCOL_TABLE: ReadonlyArray<readonly [ProtocolName, Factory]> = [
  [
    'rpcv2Cbor',
    (f) =>
      new AwsSmithyRpcV2CborProtocol({
        defaultNamespace: f.namespace,
        awsQueryCompatible: f.awsQueryCompatible,
        errorTypeRegistries: f.errorTypeRegistries,
      }),
  ],
  [
    'awsJson1_0',
    (f) =>
      new AwsJson1_0Protocol({
        defaultNamespace: f.namespace,
        serviceTarget: f.serviceTarget,
        awsQueryCompatible: f.awsQueryCompatible,
        errorTypeRegistries: f.errorTypeRegistries,
      }),
  ],
  [
    'awsJson1_1',
    (f) =>
      new AwsJson1_1Protocol({
        defaultNamespace: f.namespace,
        serviceTarget: f.serviceTarget,
        awsQueryCompatible: f.awsQueryCompatible,
        errorTypeRegistries: f.errorTypeRegistries,
      }),
  ],
  [
    'restJson1',
    (f) =>
      new AwsRestJsonProtocol({ defaultNamespace: f.namespace, errorTypeRegistries: f.errorTypeRegistries }),
  ],
  [
    'restXml',
    (f) =>
      new AwsRestXmlProtocol({
        defaultNamespace: f.namespace,
        xmlNamespace: f.xmlNamespace,
        errorTypeRegistries: f.errorTypeRegistries,
      }),
  ],
  [
    'awsQuery',
    (f) =>
      new AwsQueryProtocol({
        defaultNamespace: f.namespace,
        xmlNamespace: f.xmlNamespace,
        version: f.version,
        errorTypeRegistries: f.errorTypeRegistries,
      }),
  ],
  [
    'ec2Query',
    (f) =>
      new AwsEc2QueryProtocol({
        defaultNamespace: f.namespace,
        xmlNamespace: f.xmlNamespace,
        version: f.version,
        errorTypeRegistries: f.errorTypeRegistries,
      }),
  ],
];

/** The protocol the service uses, or undefined when none is supported. */
function protocolOf(model: ServiceModel): ProtocolName | undefined {
  const declared = serviceProtocols(model.serviceTraits());
  return PROTOCOL_TABLE.find(([name]) => declared.includes(name))?.[0];
}

/** Serde functions the protocols call back into (the same ones the generated clients pass). */
export function serdeContextFor(model: ServiceModel): Record<string, unknown> {
  return {
    base64Decoder: fromBase64,
    base64Encoder: toBase64,
    utf8Decoder: fromUtf8,
    utf8Encoder: toUtf8,
    streamCollector,
    sdkStreamMixin,
    ...serdeFlagsFor(model.namespace),
  };
}

/** A ready protocol instance for the service; throws Unsupported for unknown protocols. */
export function createProtocol(model: ServiceModel, errorRegistry: TypeRegistry): WireProtocol {
  const protocol = protocolOf(model);
  const factory = PROTOCOL_TABLE.find(([name]) => name === protocol)?.[1];
  if (!factory) {
    throw unsupportedError('wireProtocol', { service: model.serviceShapeId });
  }
  const traits = model.serviceTraits();
  const instance = factory({
    namespace: model.namespace,
    serviceTarget: model.serviceShapeId.slice(model.serviceShapeId.indexOf('#') + 1),
    version: model.service.version ?? '',
    xmlNamespace: xmlNamespaceUri(traits) ?? '',
    awsQueryCompatible: isAwsQueryCompatible(traits),
    errorTypeRegistries: [errorRegistry],
  });
  instance.setSerdeContext(serdeContextFor(model));
  return instance;
}

// The catalog's public shapes: what search, schema, policy, execution and the tools may rely on.
// The catalog is built once per model commit and cached on disk; entries are plain JSON data.

import type { ServiceModel } from '../model/service-model.js';
import type { ProtocolName } from '../model/views/service.js';

export type { ProtocolName };

/** Risk tiers. `sensitive-read` reads that mint or reveal credentials or secrets: never plain `read`. */
export type Risk = 'read' | 'sensitive-read' | 'write' | 'destructive';

export interface ServiceEntry {
  /** Canonical id: the name AWS CLI users type (`s3`, `logs`, `elbv2`, `cognito-idp`). */
  readonly id: string;
  /** Every other well-known name that resolves to this service (lower-case). */
  readonly aliases: readonly string[];
  readonly title: string;
  readonly sdkId: string;
  /** Protocol traits the service declares, in model order (first is preferred). */
  readonly protocols: readonly ProtocolName[];
  readonly awsQueryCompatible: boolean;
  /** SigV4 signing name (`aws.auth#sigv4` name), when the service signs with SigV4. */
  readonly signingName?: string;
  readonly endpointPrefix?: string;
  readonly apiVersion: string;
  /** Upstream directory name (`cloudwatch-logs`) and model file path relative to the model root. */
  readonly directory: string;
  readonly modelPath: string;
  readonly shapeId: string;
  readonly operationCount: number;
  /** `aws.api#service` arnNamespace: the IAM action prefix (`states` for stepfunctions). */
  readonly arnNamespace?: string;
  /** First sentence of the service documentation, HTML stripped. */
  readonly summary?: string;
}

/** `smithy.api#paginated` of an operation, merged with the service-level defaults. */
export interface PaginationInfo {
  readonly inputToken?: string;
  readonly outputToken?: string;
  readonly items?: string;
  readonly pageSize?: string;
}

export interface OperationEntry {
  /** Canonical service id. */
  readonly service: string;
  readonly name: string;
  readonly summary: string;
  readonly risk: Risk;
  readonly deprecated: boolean;
  readonly paginated: boolean;
  readonly waitable: boolean;
  readonly idempotent: boolean;
  /** Input member names, and which of them are required (after server-filled members are removed). */
  readonly inputMembers: readonly string[];
  readonly requiredMembers: readonly string[];
  /** The required members with compact types on one line (`Bucket: string, Key: string`). */
  readonly requires?: string;
  /** Documentation text with HTML stripped, trimmed to a bounded length (for search). */
  readonly documentation: string;
  /** Set when bound through resources (`Bucket`, `Bucket/Object`). */
  readonly resource?: string;
  /** Token and item paths when `paginated`. */
  readonly pagination?: PaginationInfo;
  /** Waiter names (`smithy.waiters#waitable`) when `waitable`. */
  readonly waiters?: readonly string[];
}

export interface ResolvedOperation {
  readonly service: ServiceEntry;
  readonly operation: OperationEntry;
}

export interface Catalog {
  /** Commit of the model tree this catalog was built from. */
  readonly modelCommit: string;
  services(): readonly ServiceEntry[];
  operations(): readonly OperationEntry[];
  operationsOf(serviceId: string): readonly OperationEntry[];
  /** Service by any alias, id, sdkId, directory, endpoint prefix or signing name; undefined if none. */
  findService(name: string): ServiceEntry | undefined;
  /** Like findService but throws ToolError `UnknownService` with did-you-mean suggestions. */
  resolveService(name: string): ServiceEntry;
  /** Operation by any case or CLI style; also accepts `service:Operation`. Throws `UnknownOperation`. */
  resolveOperation(service: string, operation: string): ResolvedOperation;
  /** The full Smithy model of a service, loaded lazily and kept in a bounded LRU. */
  loadModel(serviceId: string): Promise<ServiceModel>;
}

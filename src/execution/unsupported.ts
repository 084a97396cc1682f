// The one list of what the execution engine does not support yet, and the user-facing error for
// each. Entries marked `refused` throw where they are detected (the module named in `raisedIn`
// calls unsupportedError with the entry's id); `not-detected` entries are known behaviour gaps the
// engine cannot see from a call's input (documented here so the list stays complete). The tests
// in test/integration/execution/unsupported*.test.ts keep this list honest in both directions.

import { ToolError } from '../errors/tool-error.js';
import type { OperationView } from '../model/service-model.js';

export type UnsupportedId =
  | 'inputEventStream'
  | 'bearerAuth'
  | 'streamingUploadChecksum'
  | 'responseChecksumValidation'
  | 'sqsQueueUrlEndpoint'
  | 'ec2CopySnapshotPresignedUrl'
  | 'httpProxy'
  | 'checksumAlgorithm'
  | 'wireProtocol'
  | 'endpointRuleSet';

/** Values a message may name: operation, member, service, algorithm, region, host. */
export type UnsupportedDetails = Readonly<Record<string, string>>;

export interface UnsupportedEntry {
  /** What is missing, for docs and reports. */
  readonly summary: string;
  readonly handling: 'refused' | 'not-detected';
  /** Module (under src/execution/) that throws this entry; refused entries only. */
  readonly raisedIn?: string;
  /** Why a not-detected entry cannot be refused up front. */
  readonly why?: string;
  readonly message: (d: UnsupportedDetails) => string;
  readonly hint: string;
}

export const UNSUPPORTED: Readonly<Record<UnsupportedId, UnsupportedEntry>> = {
  inputEventStream: {
    summary: 'Operations that stream their input as events (Transcribe streaming, bidirectional Bedrock).',
    handling: 'refused',
    raisedIn: 'schemas/event-streams.ts',
    message: (d) => `${d.operation} streams its input (${d.member}), which a single tool call cannot do.`,
    hint: 'Use an SDK or the AWS CLI for bidirectional or input-streaming operations.',
  },
  bearerAuth: {
    summary: 'Bearer-token (SSO token) authentication, used by CodeCatalyst.',
    handling: 'refused',
    raisedIn: 'unsupported.ts',
    message: (d) =>
      `${d.operation} authenticates with a bearer token, which this server does not support yet.`,
    hint: 'Use the AWS CLI or an SDK with an SSO session for this service.',
  },
  streamingUploadChecksum: {
    summary: 'aws-chunked uploads with trailing checksums (streamed S3 bodies).',
    handling: 'not-detected',
    why: 'Tool inputs carry bodies as text or base64, never streams: bodies are checksummed whole.',
    message: (d) => `${d.operation} would need a streamed upload with a trailing checksum.`,
    hint: 'Pass the body as text or base64 so it can be checksummed in one piece.',
  },
  responseChecksumValidation: {
    summary: 'Validating response checksums (S3 x-amz-checksum-*, SQS MD5OfBody).',
    handling: 'not-detected',
    why: 'Responses are returned as received; refusing them would block every S3 GetObject.',
    message: (d) => `The checksum of the ${d.operation} response was not validated.`,
    hint: 'Compare the returned checksum yourself if integrity matters.',
  },
  sqsQueueUrlEndpoint: {
    summary:
      'Sending SQS calls to the host of their QueueUrl (the SDKs do, unless an endpoint is configured).',
    handling: 'refused',
    raisedIn: 'customizations/sqs-queue-url.ts',
    message: (d) =>
      `${d.operation} names a queue on ${d.host}, but requests go to the regional endpoint, not the QueueUrl host.`,
    hint: 'Call with the queue’s region, or set the SQS endpoint URL to the QueueUrl’s origin.',
  },
  ec2CopySnapshotPresignedUrl: {
    summary: 'The presigned URL the SDKs compute for cross-region EC2 CopySnapshot.',
    handling: 'refused',
    raisedIn: 'customizations/ec2-copy-snapshot.ts',
    message: (d) =>
      `CopySnapshot from ${d.sourceRegion} to ${d.region} needs a presigned URL that this server cannot compute yet.`,
    hint: 'Pass PresignedUrl yourself, or run the copy with the AWS CLI (aws ec2 copy-snapshot).',
  },
  httpProxy: {
    summary: 'Sending through an HTTP(S) proxy (HTTPS_PROXY): connections go straight to the endpoint.',
    handling: 'not-detected',
    why: 'The engine takes no proxy setting, so it cannot tell a proxy was meant.',
    message: () => 'Calls cannot be sent through an HTTP proxy yet.',
    hint: 'Use a VPC endpoint or set an explicit endpoint URL reachable without a proxy.',
  },
  checksumAlgorithm: {
    summary: 'Request checksum algorithms other than CRC32, SHA1 and SHA256 (CRC32C, CRC64NVME).',
    handling: 'refused',
    raisedIn: 'body-checksums.ts',
    message: (d) => `Checksum algorithm ${d.algorithm} is not supported here.`,
    hint: 'Use CRC32, SHA1 or SHA256, or pass the checksum value yourself.',
  },
  wireProtocol: {
    summary: 'Wire protocols other than the seven AWS ones.',
    handling: 'refused',
    raisedIn: 'protocols.ts',
    message: (d) => `The service ${d.service} uses a wire protocol this server cannot speak.`,
    hint: 'Supported protocols: awsJson1_0, awsJson1_1, restJson1, restXml, awsQuery, ec2Query, rpcv2Cbor.',
  },
  endpointRuleSet: {
    summary: 'Models without an endpoint rule set (a compiled endpoint BDD only).',
    handling: 'refused',
    raisedIn: 'endpoints/rule-set.ts',
    message: (d) => `${d.service} has no endpoint rule set.`,
    hint: 'Set an explicit endpoint URL for this service, or update the server.',
  },
};

/** The user-facing error of an entry. */
export function unsupportedError(id: UnsupportedId, details: UnsupportedDetails = {}): ToolError {
  const entry = UNSUPPORTED[id];
  return new ToolError('Unsupported', entry.message(details), {
    hint: entry.hint,
    details: { unsupported: id },
  });
}

/** Refuses, before anything is sent, a call whose auth scheme the engine cannot use. */
export function assertCallSupported(c: { readonly op: OperationView; readonly authScheme: string }): void {
  if (c.authScheme === 'bearer') throw unsupportedError('bearerAuth', { operation: c.op.name });
}

// The plain values the execution pipeline passes between its steps and hands to the tool layer.

import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { Logger } from '../logging/logger.js';
import type { CallEnvironment } from './environment.js';
import type { OperationView, ServiceModel } from '../model/service-model.js';
import type { UserAgentInfo } from './user-agent.js';

/** The shared stderr logger's interface (logging/logger.ts). */
export type ExecutionLogger = Logger;

export interface InvokeArgs {
  readonly model: ServiceModel;
  readonly op: OperationView;
  /** JSON-shaped input: timestamps as ISO strings or epoch seconds, blobs as text or { base64 }. */
  readonly input: Record<string, unknown>;
  readonly region: string;
  /** Transport, clock and cross-call caches, built once by the composition root (app.ts). */
  readonly env: CallEnvironment;
  readonly credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Custom endpoint (local emulator, VPC endpoint); the rules still decide the final URL. */
  readonly endpointUrl?: string;
  readonly useFips?: boolean;
  readonly useDualStack?: boolean;
  /** Attempts in all, retries included; default 3, capped at 10. */
  readonly maxAttempts?: number;
  readonly signal?: AbortSignal;
  readonly logger?: ExecutionLogger;
  /** Fixed signing time (tests, request capture); default: now, corrected for clock skew. */
  readonly signingDate?: Date;
  /** Cap on a streaming output payload read into the result; default 1 MiB. */
  readonly maxStreamBytes?: number;
  /** Socket idle timeout while waiting for a response; default 60 s. */
  readonly requestTimeoutMs?: number;
  /** Source of idempotency tokens; default crypto.randomUUID. */
  readonly newIdempotencyToken?: () => string;
  /** Random source for backoff jitter; default Math.random. */
  readonly random?: () => number;
  /**
   * Asked before every request is sent (each attempt, a followed S3 redirect, an endpoint
   * discovery call) with the operation and the region it goes to; throws to stop it. The caller
   * decides it with its policy: nothing leaves unless this returns.
   */
  readonly authorize?: (request: { readonly operation: string; readonly region: string }) => void;
  /** Told of each request made on the call's behalf to another operation (endpoint discovery). */
  readonly onSideRequest?: (request: { readonly operation: string; readonly outcome: InvokeOutcome }) => void;
  /** Who is calling, for the User-Agent CloudTrail records; default: the program alone. */
  readonly userAgent?: UserAgentInfo;
}

export interface CallMetadata {
  readonly httpStatus: number;
  readonly requestId?: string;
  readonly attempts: number;
  readonly durationMs: number;
}

/** An error the service returned (modeled or not), as the tool layer reports it. */
export interface AwsServiceError {
  /** Error shape name for modeled errors, else the wire error code. */
  readonly code: string;
  readonly message: string;
  readonly httpStatus?: number;
  readonly requestId?: string;
  readonly retryable: boolean;
  readonly fault: 'client' | 'server';
  readonly modeled: boolean;
  /** S3's x-amz-bucket-region on the error response: where the bucket really is. */
  readonly bucketRegion?: string;
  /** The modeled error's other members (CancellationReasons...), JSON-safe. */
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface InvokeSuccess extends CallMetadata {
  readonly ok: true;
  readonly output: Record<string, unknown>;
}

export interface InvokeFailure extends CallMetadata {
  readonly ok: false;
  readonly error: AwsServiceError;
}

export type InvokeOutcome = InvokeSuccess | InvokeFailure;

/** One attempt's decoded response: the output, or the service error it carried. */
export type DecodedResponse =
  | {
      readonly kind: 'output';
      readonly output: Record<string, unknown>;
      readonly httpStatus: number;
      readonly requestId?: string;
    }
  | { readonly kind: 'error'; readonly error: AwsServiceError };

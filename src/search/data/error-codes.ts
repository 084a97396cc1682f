// Data: error codes pasted from a failed call ("ConditionalCheckFailedException on UpdateItem",
// "An error occurred (ResourceNotFoundException) when calling the GetFunction operation"). The
// code's words describe the failure, not the task ("resource not found" is no resource to find),
// and an operation named beside a code is the call that failed, which the task asks about or
// works around ("... on PutRecord, add shards"): neither is read as the task's words. Each entry
// says why and gives an example query that must find the operation in its top five (tested).

import type { Reasoned } from './reasoned.js';

export interface ErrorCode extends Reasoned {
  /** Tested on the token without its surrounding punctuation: `(ThrottlingException)`, `Denied:`. */
  readonly pattern: RegExp;
  /** What answers the error whatever call failed: its service and index words. */
  readonly means?: { readonly service: string; readonly terms: string };
}

/** Tried in order: the codes that mean something whatever call failed come first. */
export const ERROR_CODES: readonly ErrorCode[] = [
  {
    pattern: /^(?:ExpiredToken|RequestExpired|TokenRefreshRequired)(?:Exception)?$/,
    means: { service: 'sts', terms: 'assume role credentials' },
    why: 'an expired session token is answered by new temporary credentials from STS',
    example: [
      'ExpiredTokenException: The security token included in the request is expired, fix it',
      'sts:AssumeRole',
    ],
  },
  {
    pattern: /^[A-Z][A-Za-z0-9]*[a-z](?:Exception|Error|Fault)$/,
    why: 'an exception name (ConditionalCheckFailedException, CannotPullContainerError) is what a failed call returned',
    example: [
      'ConditionalCheckFailedException on UpdateItem for table Carts, read the item first',
      'dynamodb:GetItem',
    ],
  },
  {
    // BucketAlreadyExists, BucketAlreadyOwnedByYou: a name taken is a failed create's code too
    pattern: /^[A-Z][A-Za-z0-9]*(?:Exceeded|Denied|NotFound|Expired|Failed|AlreadyExists|AlreadyOwnedByYou)$/,
    why: 'a short error code (LimitExceeded, AccessDenied, RequestExpired) is what a failed call returned',
    example: [
      'RequestLimitExceeded on DescribeInstances, back off or raise the quota',
      'service-quotas:RequestServiceQuotaIncrease',
    ],
  },
  {
    pattern: /^Invalid[A-Z][A-Za-z0-9]*$/,
    why: 'an Invalid... code (InvalidParameterValue) names what the failed call rejected',
    example: [
      'InvalidParameterCombination on CreateDBInstance, which engine versions exist',
      'rds:DescribeDBEngineVersions',
    ],
  },
  {
    pattern: /^[A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9]*$/,
    why: 'a dotted code (InvalidKeyPair.NotFound, States.TaskFailed) is an EC2 or Step Functions error',
    example: ["InvalidKeyPair.NotFound: The key pair 'ci' does not exist, create it", 'ec2:CreateKeyPair'],
  },
];

/** An operation name typed beside an error code, in these styles, is the call that failed. */
export const FAILED_CALL_NAME = /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$/;

/**
 * The SDKs' and CLI's error line, "An error occurred (<code>) when calling the <Op> operation:",
 * is the failed call's frame: its words ("calling", "operation") are not the task's.
 */
export const ERROR_LINE = {
  opens: ['an', 'error', 'occurred'],
  /** The frame ends with this token (and a colon), at most `reach` tokens after it opens. */
  closes: /^operation:?$/i,
  reach: 9,
  why: 'the SDK error line frames the failed call; its words would read as a request to call something',
  example: [
    'An error occurred (ResourceNotFoundException) when calling the GetFunction operation: no such function, list the functions there are',
    'lambda:ListFunctions',
  ],
} as const;

// The SDKs send an SQS call to the host of its QueueUrl unless an endpoint is configured; this
// server sends every call to the regional endpoint, so a queue elsewhere (another region, a VPC
// endpoint) is refused up front rather than sent to the wrong place.

import { unsupportedError } from '../unsupported.js';
import type { CallCheck, Customization } from './types.js';

const SQS_HOST = /^sqs\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;
const LEGACY_SQS_HOST = /^(?:([a-z0-9-]+)\.)?queue\.amazonaws\.com$/;

function checkQueueUrl(c: CallCheck): void {
  const raw = c.input.QueueUrl;
  if (c.endpointUrl || typeof raw !== 'string') return;
  let host: string;
  try {
    host = new URL(raw).hostname;
  } catch {
    return; // not a URL: the service reports it
  }
  // The call's region on a regional or legacy host is where the endpoint rules send it anyway;
  // any other host (another region, a VPC endpoint) would be sent to the wrong place.
  const regional = SQS_HOST.exec(host);
  const legacy = LEGACY_SQS_HOST.exec(host);
  const hostRegion = regional ? regional[1] : legacy ? (legacy[1] ?? 'us-east-1') : undefined;
  if (hostRegion === c.region) return;
  throw unsupportedError('sqsQueueUrlEndpoint', { operation: c.op.name, host });
}

export const sqsQueueUrl: Customization = {
  namespaces: ['com.amazonaws.sqs'],
  reason: 'the SDKs send to the QueueUrl host; this server sends to the regional endpoint',
  refuseCall: checkQueueUrl,
};

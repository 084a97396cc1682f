// S3 may answer 200 OK and put an <Error> in the body (CopyObject, CompleteMultipartUpload,
// UploadPartCopy, and others mid-response), or drop the body entirely. The official clients
// turn those into a 503 InternalError, which is retryable; without this we would report success.

import { collectBody } from '@smithy/core/protocols';
import { streamCollector } from '@smithy/core/serde';
import type { HttpResponse } from '@smithy/types';
import { isStreaming } from '../../model/views/member.js';
import type { CallContext, Customization } from './types.js';

const THROW_IF_EMPTY_BODY = new Set(['CopyObject', 'UploadPartCopy', 'CompleteMultipartUpload']);
const ABORTED = '<Error><Code>InternalError</Code><Message>S3 aborted request</Message></Error>';

function hasStreamingOutput(ctx: CallContext): boolean {
  const out = ctx.model.outputOf(ctx.op);
  return out !== undefined && ctx.model.members(out).some((m) => isStreaming(ctx.model.traits(m.target)));
}

export const s3Errors200: Customization = {
  namespaces: ['com.amazonaws.s3'],
  reason: 'S3 can report a failure inside a 200 response body',
  async inspectResponse(response: HttpResponse, ctx) {
    if (response.statusCode < 200 || response.statusCode >= 300 || hasStreamingOutput(ctx)) return response;
    const bytes = await collectBody(response.body, { streamCollector } as never);
    response.body = bytes;
    if (bytes.length === 0 && THROW_IF_EMPTY_BODY.has(ctx.op.name)) {
      response.statusCode = 503;
      response.body = Buffer.from(ABORTED);
      return response;
    }
    const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 16))).toString('utf8');
    if (tail.trimEnd().endsWith('</Error>')) response.statusCode = 503;
    return response;
  },
};

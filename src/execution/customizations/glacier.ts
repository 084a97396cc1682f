// Glacier: every URI has an {accountId} label where `-` means "the caller's account", every
// request must carry the API version header, and uploads must carry the SHA-256 and the SHA-256
// tree hash of their body. The official clients fill all of these.

import { createHash } from 'node:crypto';
import type { Customization } from './types.js';
import { hasHeader } from '../headers.js';

const MIB = 1024 * 1024;

const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

/** Glacier's tree hash: SHA-256 of each MiB, then pairwise up to one root. */
export function treeHash(body: Buffer): string {
  let level: Buffer[] = [];
  for (let i = 0; i < body.length || level.length === 0; i += MIB)
    level.push(sha256(body.subarray(i, i + MIB)));
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(i + 1 < level.length ? sha256(level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  return level[0]!.toString('hex');
}

function bodyBuffer(body: unknown): Buffer | undefined {
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return undefined;
}

export const glacier: Customization = {
  namespaces: ['com.amazonaws.glacier'],
  reason:
    'accountId defaults to "-"; version header on every request; upload bodies need SHA-256 and tree hash',
  prepareInput(input, ctx) {
    const inputId = ctx.model.inputOf(ctx.op);
    const takesAccount =
      inputId !== undefined && ctx.model.members(inputId).some((m) => m.name === 'accountId');
    return takesAccount && !input.accountId ? { ...input, accountId: '-' } : input;
  },
  finishRequest(request, ctx) {
    request.headers['x-amz-glacier-version'] = ctx.model.service.version ?? '2012-06-01';
    const body = bodyBuffer(request.body);
    if (body && body.length > 0) {
      if (!hasHeader(request.headers, 'x-amz-content-sha256'))
        request.headers['x-amz-content-sha256'] = sha256(body).toString('hex');
      if (!hasHeader(request.headers, 'x-amz-sha256-tree-hash'))
        request.headers['x-amz-sha256-tree-hash'] = treeHash(body);
    }
    return request;
  },
};

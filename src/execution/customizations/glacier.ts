// Glacier: every URI has an {accountId} label where `-` means "the caller's account", and
// every request must carry the API version header. The official clients fill both.

import type { Customization } from './types.js';

export const glacier: Customization = {
  namespaces: ['com.amazonaws.glacier'],
  reason: 'accountId defaults to "-" and x-amz-glacier-version is required on every request',
  prepareInput(input, ctx) {
    const takesAccount =
      ctx.model.inputOf(ctx.op) !== undefined &&
      ctx.model.members(ctx.model.inputOf(ctx.op)!).some((m) => m.name === 'accountId');
    return takesAccount && !input.accountId ? { ...input, accountId: '-' } : input;
  },
  finishRequest(request, ctx) {
    request.headers['x-amz-glacier-version'] = ctx.model.service.version ?? '2012-06-01';
    return request;
  },
};

// The refusals of the approval flow, each with the hint that tells the client what to do next.

import { ToolError } from '../errors/tool-error.js';
import type { RedeemResult } from './token-store.js';
import type { ApprovalRequest, PromptAnswer } from './types.js';

type TokenFailure = Exclude<Extract<RedeemResult, { ok: false }>['reason'], 'pending' | 'denied'>;

export const TOKEN_ERRORS: Record<TokenFailure, readonly [string, string]> = {
  unknown: [
    'The confirmation token is unknown or was already used.',
    'Invoke again without options.confirmationToken to request a new approval.',
  ],
  expired: [
    'The confirmation token has expired.',
    'Invoke again without options.confirmationToken to request a new approval.',
  ],
  mismatch: [
    'The confirmation token was issued for a different request (service, operation, region, account or payload changed).',
    'Use the token only with the exact request it was issued for, or request a new approval.',
  ],
  session: [
    'The confirmation token was issued to another session.',
    'Request a new approval from this session.',
  ],
};

export function unansweredError(request: ApprovalRequest): ToolError {
  return new ToolError(
    'ApprovalTimeout',
    `Nobody answered the approval question for ${request.service}:${request.operation} in time; nothing was run.`,
    { hint: 'Invoke again when the user is there to answer, or ask them whether to run it at all.' },
  );
}

export function refusedError(answer: Exclude<PromptAnswer, 'approve'>, request: ApprovalRequest): ToolError {
  const name = `${request.service}:${request.operation}`;
  if (answer === 'timeout') return unansweredError(request);
  if (answer === 'aborted') {
    return new ToolError(
      'Cancelled',
      `The call was cancelled while asking to approve ${name}; nothing was run.`,
    );
  }
  return new ToolError(
    'ApprovalDeclined',
    `The user ${answer === 'decline' ? 'declined' : 'cancelled'} ${name}; nothing was run.`,
    { hint: 'Do not retry this request unless the user asks for it.' },
  );
}

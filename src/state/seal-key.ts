// The key that seals approval-question state, derived from the approval key file every instance
// shares (a separate derivation: the payload-hash key itself is never used for anything else).

import { createHmac } from 'node:crypto';

export function sealKeyOf(payloadKey: Buffer): Buffer {
  return createHmac('sha256', payloadKey).update('aws-tool-mcp approval-question seal v1').digest();
}

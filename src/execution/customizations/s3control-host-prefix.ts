// S3 Control's endpoint rules already put `{AccountId}.` in front of the host, as the generated
// client relies on; the model's hostPrefix trait would add it a second time.

import type { Customization } from './types.js';

export const s3ControlHostPrefix: Customization = {
  namespaces: ['com.amazonaws.s3control'],
  reason: 'the endpoint rules already add {AccountId}. to the host',
  serdeFlags: { disableHostPrefix: true },
};

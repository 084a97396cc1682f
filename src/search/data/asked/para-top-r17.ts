// Data: how people ask for operations (see ../asked.ts), round 17 paraphrases for the best-known
// twenty services: settings no earlier round gave everyday words to, written from each
// operation's documentation.

import type { AskedEntry } from './types.js';

export const ASKED_PARA_TOP_R17: readonly AskedEntry[] = [
  // Encrypting an existing cluster's kubernetes secrets with a KMS key had no everyday words:
  // the KMS and Secrets Manager operations won on "key" and "secrets".
  {
    op: 'eks:AssociateEncryptionConfig',
    asked:
      'encrypt kubernetes secrets with a kms key, envelope encryption of secrets, turn on secrets encryption for an existing cluster, customer managed key for cluster secrets, encryption at rest for k8s secrets',
    example: 'turn on envelope encryption for kubernetes secrets in cluster web',
  },
];

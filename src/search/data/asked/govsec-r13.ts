// Data: round-13 self-play words for the governance, security and cost services (see ../asked.ts):
// whether the DDoS protection plan is paid for, the root user's email, what Macie found in one
// bucket, the newer Access Analyzer findings list and who may log into an SFTP server.
import type { AskedEntry } from './types.js';

export const ASKED_GOVSEC_R13: readonly AskedEntry[] = [
  {
    op: 'shield:GetSubscriptionState',
    asked:
      'is shield advanced active, are we subscribed to shield advanced, is our ddos protection plan active, do we pay for ddos protection, ddos protection plan on or off',
    example: 'are we actually paying for advanced ddos protection?',
  },
  {
    op: 'shield:DescribeSubscription',
    asked:
      'when does our shield advanced subscription renew, ddos protection plan details, auto renew and end date of the ddos plan, shield commitment',
    example: 'when does the shield advanced plan auto renew',
  },
  {
    op: 'account:GetPrimaryEmail',
    asked:
      'email of the root user, root user email address, which email owns the account, the login email of the account, root email of a member account',
    example: 'what email address is the root login of account 111122223333',
  },
  {
    op: 'macie2:GetFindings',
    asked:
      'details of a sensitive data finding, what macie found in a bucket, which objects hold credit card numbers, the pii in one finding',
    example: 'show the full details of the macie finding about passport numbers',
  },
  {
    op: 'macie2:SearchResources',
    asked:
      'find buckets by sensitivity score, search buckets macie looked at, buckets with sensitive data, most sensitive buckets',
    example: 'search for the buckets macie scores as most sensitive',
  },
  {
    op: 'accessanalyzer:ListFindingsV2',
    asked:
      'unused access findings, unused roles and permissions, resources shared outside the organization, public or cross-account access findings',
    example: 'which roles have permissions they never use according to access analyzer',
  },
  {
    op: 'transfer:ListUsers',
    asked:
      'who can log into the sftp server, sftp users of a server, logins of a transfer server, partners with an sftp account',
    example: 'which partners have a login on our sftp server s-1234567890abcdef0',
  },
];

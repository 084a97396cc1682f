// Who the person is, in the terms STS AssumeRole takes, so CloudTrail and IAM conditions see them:
// a SourceIdentity (it survives role chaining), a RoleSessionName naming them, and session tags for
// their subject and groups. Values are cut to STS's character sets and lengths, never rejected.

import { createHash } from 'node:crypto';
import type { Principal } from '../identity/principal.js';

export interface SessionIdentity {
  /** 2-64 characters of `[\w+=,.@-]`. */
  readonly sourceIdentity: string;
  /** 2-64 characters of `[\w+=,.@-]`. */
  readonly roleSessionName: string;
  /** Session tags: `mcp:sub`, `mcp:groups` (space-separated, cut to 256 characters). */
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
}

const NAME_CHARS = /[^\w+=,.@-]/g;
const TAG_VALUE_CHARS = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu;

export function sessionIdentity(principal: Principal): SessionIdentity {
  const who = principal.email ?? principal.subject;
  // A short digest of issuer + subject keeps two people with the same e-mail apart.
  const digest = createHash('sha256')
    .update(`${principal.issuer ?? 'local'}#${principal.subject}`)
    .digest('hex')
    .slice(0, 8);
  const name = (prefix: string) => `${prefix}${who.replace(NAME_CHARS, '_')}`.slice(0, 55) + `.${digest}`;
  const tagValue = (v: string) => v.replace(TAG_VALUE_CHARS, '_').slice(0, 256);
  return {
    sourceIdentity: name(''),
    roleSessionName: name('mcp-'),
    tags: [
      { Key: 'mcp:sub', Value: tagValue(principal.subject) },
      ...(principal.groups.length > 0
        ? [{ Key: 'mcp:groups', Value: tagValue(principal.groups.join(' ')) }]
        : []),
    ],
  };
}

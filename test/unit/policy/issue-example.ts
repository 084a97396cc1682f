// The `identities:` example of issue 12, which the policy must accept and enforce as written.

export const ISSUE_EXAMPLE = `version: 1
mode: standard
identities:
  - match: { groups: [platform-admins] }
    mode: standard
    role: arn:aws:iam::123456789012:role/mcp-admin
    approval: { require_for: [destructive], mode: out-of-band, approvers: { groups: [platform-leads] } }
  - match: { groups: [developers] }
    mode: standard
    services: { allowlist: [s3, dynamodb, logs, lambda] }
    rules: { deny: ['^.*:Delete.*'] }
    role: arn:aws:iam::123456789012:role/mcp-developer
  - match: { groups: [readers] }
    mode: read-only
`;

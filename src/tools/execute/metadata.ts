// What an aws_execute result says about the call itself. By default only what the model acts on:
// the `tx_id` (to find the call in the audit trail and CloudTrail) and an approval that was used.
// Everything else (the echo of service, operation, region and account, the model commit, AWS
// request id, HTTP status, attempts, duration, op ids) is in the audit record of that tx_id, and
// comes back here with `options.metadata: "full"`: never lost, only not repeated in every answer.

export type MetadataDetail = 'short' | 'full';

/** Keys of the full metadata kept in the short form; `approval` only when one was needed. */
function isActionable(key: string, value: unknown): boolean {
  if (key === 'tx_id') return true;
  return key === 'approval' && value !== 'not-required';
}

export function callMetadata(
  detail: MetadataDetail | undefined,
  full: Record<string, unknown>,
): Record<string, unknown> {
  if (detail === 'full') return full;
  return Object.fromEntries(Object.entries(full).filter(([k, v]) => v !== undefined && isActionable(k, v)));
}

// Bugs in src/ that the emulator suites found, each named once here. A test that meets a gap
// asserts today's wrong behaviour and runs the right expectation through `expectGap`, which fails
// as soon as the right expectation holds: then fix the test and delete the entry (stale check).
// known-gaps.test.ts fails when an entry is no longer used by any suite.

export const KNOWN_GAPS = {
  'blob-base64-object-input-rejected': {
    where: 'src/schema/constraints.ts (blob case of the JSON Schema builder)',
    what:
      'A non-streaming blob member (DynamoDB AttributeValue.B, Kinesis PutRecord Data) given as ' +
      '{"base64": "..."} is refused with ValidationError "must be string, got object", although the ' +
      'executor (src/execution/schemas/input-values.ts) accepts that form and results return blobs ' +
      'as {"base64"}: binary data cannot be sent, and an item read cannot be written back as is. ' +
      'Related: the same schema advertises a plain string as contentEncoding base64, but the ' +
      'executor sends a string as its UTF-8 bytes (B: "hello" stores the 5 bytes of hello), so an ' +
      'agent that base64-encodes as the schema says stores the base64 text itself.',
  },
  'response-cut-mid-body-not-retried': {
    where: 'src/execution/wire.ts deserializeOperation (catch-all "could not be parsed") + executor.ts',
    what:
      'A response whose connection is reset after the headers (Content-Length 100, 14 bytes, then ' +
      'a socket reset) becomes AwsError "The response of ListTables could not be parsed: aborted" ' +
      'after ONE attempt: the ECONNRESET raised while reading the body is wrapped in a ToolError that ' +
      'the retry loop rethrows at once. The official client (@aws-sdk/client-dynamodb, maxAttempts 2) ' +
      'retries it (attempts 2, error code ECONNRESET); expected: retried, then a NetworkError.',
  },
  'error-metadata-lacks-attempts': {
    where: 'src/tools/execute/invoke.ts (catch block: metadata({ tx_id, op_id }) only)',
    what:
      'A failed invoke reports error.details.metadata with tx_id/op_id but without attempts (nor ' +
      'durationMs), although the AWS outcome carries them and TOOLS.md lists attempts in execute ' +
      'metadata: after a 5xx storm with AWS_MAX_ATTEMPTS=2 the agent cannot see that 2 attempts were ' +
      'made (only the audit op row has attempt=2). Expected: details.metadata.attempts === 2.',
  },
} as const;

export type KnownGap = keyof typeof KNOWN_GAPS;

/**
 * `rightBehaviour` holds the assertions that should pass once the gap is fixed. While the gap is
 * listed they must fail; if they pass, this throws so the stale entry gets removed.
 */
export async function expectGap(gap: KnownGap, rightBehaviour: () => unknown): Promise<void> {
  let fixed = false;
  try {
    await rightBehaviour();
    fixed = true;
  } catch {
    // Still broken, as listed.
  }
  if (fixed) {
    throw new Error(
      `Known gap "${gap}" now works: assert the right behaviour directly and remove it from known-gaps.ts`,
    );
  }
}

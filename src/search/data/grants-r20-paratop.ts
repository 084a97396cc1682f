// Data: the service word people name a resource by in a grant to another account (issue 16,
// round 20): "allow account 1111 to push to our alerts sns" is the topic's policy, as "... our
// alerts topic" is (ACCOUNT_GRANTS in grants-r12.ts, by the kind word). Tested in
// test/integration/search/prohibition-r20-paratop.test.ts.

/** Service word -> the kind word of ACCOUNT_GRANTS it stands for. */
export const ACCOUNT_GRANT_SERVICE_WORDS: ReadonlyMap<string, string> = new Map([
  ['sns', 'topic'],
  ['sqs', 'queue'],
  ['kms', 'key'],
  ['ecr', 'repository'],
  ['s3', 'bucket'],
  ['lambda', 'function'],
]);

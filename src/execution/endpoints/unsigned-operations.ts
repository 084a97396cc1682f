// Operations AWS serves without SigV4 although their models do not say so (no `@auth([])` or
// `@optionalAuth`): they exchange a third-party token for credentials, so the caller has none yet.

export const UNSIGNED_OPERATIONS: ReadonlySet<string> = new Set([
  'com.amazonaws.sts#AssumeRoleWithWebIdentity',
  'com.amazonaws.sts#AssumeRoleWithSAML',
]);

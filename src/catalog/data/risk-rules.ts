// Data: how an operation's risk tier is decided (see risk.ts for the order the rules apply).
//
// Decisions, and why:
// - `smithy.api#readonly` means read. Only ~10% of operations carry it, so the leading verb of the
//   operation name decides the rest.
// - Destructive = removes, stops, disconnects or disrupts something and cannot simply be undone by
//   repeating the call: deletes, terminations, detaching, disabling, cancelling, rejecting,
//   releasing, reboots/restarts/failovers (they interrupt service), closing accounts.
// - Removing tags (`Untag*`, `RemoveTags*`, `DeleteTags`) is `write`, not destructive: tags are
//   metadata, re-adding them restores the state, and approval prompts for tag clean-up would
//   train users to click yes. Teams that use tags for ABAC can force them destructive through
//   the policy's `destructive_patterns` (e.g. `^Untag`).
// - `Test*` is not read: `elasticache:TestFailover` fails a node over and
//   `apigateway:TestInvokeMethod` calls the backend. Those keep `write` (or an override below).
// - `Receive`, `Poll`, `Retrieve`, `Test`, `Evaluate` are not read verbs: `sqs:ReceiveMessage`
//   hides messages from other consumers, `storagegateway:RetrieveTapeArchive` moves a tape.
// - Prefix words (`Batch`, `Admin`, `Bulk`) are skipped: `BatchGetItem` reads, `AdminDeleteUser`
//   deletes.
// - `sensitive-read` = mints or reveals credentials, keys, passwords or secret values, even when
//   nothing changes server-side: it is never plain `read`, whatever its verb or traits say.
//   Calls that create persistent credentials (iam:CreateAccessKey, CreateLoginProfile,
//   CreateServiceSpecificCredential) stay `write`: they change state, which matters more.
// - Configuration reads that may incidentally hold a secret stay `read`: lambda:GetFunction /
//   ListFunctions (environment variables, a code URL), ecs:DescribeTaskDefinition,
//   cloudformation:GetTemplate. Marking them would put most everyday reads behind approval;
//   the line is "the call exists to hand out a secret or credential". Glue connections are on
//   the list because GetConnection(s) return passwords unless the caller opts out.

/** Leading words skipped before looking at the verb (`BatchGetItem` -> `Get`). */
export const PREFIX_WORDS: readonly string[] = ['Batch', 'Admin', 'Bulk'];

export const READ_VERBS: readonly string[] = [
  'List',
  'Describe',
  'Get',
  'Head',
  'Search',
  'Query',
  'Scan',
  'Lookup',
  'Check',
  'Validate',
  'Estimate',
  'Preview',
  'Count',
  'Calculate',
  'Is',
  'View',
  'Select',
  'Filter',
  'Simulate',
  'Read',
  'Download',
  'Sample',
];

export const DESTRUCTIVE_VERBS: readonly string[] = [
  'Delete',
  'Terminate',
  'Destroy',
  'Purge',
  'Remove',
  'Revoke',
  'Disable',
  'Deregister',
  'Unregister',
  'Detach',
  'Disassociate',
  'Dissociate',
  'Stop',
  'Reboot',
  'Restart',
  'Reset',
  'Cancel',
  'Reject',
  'Decline',
  'Abort',
  'Release',
  'Unassign',
  'Deactivate',
  'Deprovision',
  'Unlink',
  'Unsubscribe',
  'Unpeer',
  'Unshare',
  'Undeploy',
  'Disconnect',
  'Shutdown',
  'Evict',
  'Expire',
  'Flush',
  'Dispose',
  'Forget',
  'Retire',
  'Withdraw',
  'Leave',
  'Close',
  'Failover',
  'Switchover',
  'Rollback',
];

/**
 * Deletion started through a non-destructive verb: `kms:ScheduleKeyDeletion`,
 * `personalize:CreateDataDeletionJob`, `discovery:StartBatchDeleteConfigurationTask`.
 */
export const DESTRUCTIVE_NAME_PATTERN = /^(Schedule|Start|Create)[A-Za-z]*(Delete|Deletion)/;

/** Tag removal is metadata housekeeping: `write` even though its verb is destructive. */
export const TAG_REMOVAL_PATTERN = /^(Untag|RemoveTags|DeleteTags?$|DeleteTagsFor|RemoveTagsFrom)/;

/**
 * Operations that mint or reveal credentials or secrets (`service:Operation`, canonical ids).
 * A test checks each one still exists in the model bundle, so stale entries are noticed.
 */
export const SENSITIVE_OPERATIONS: readonly string[] = [
  // temporary AWS credentials
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoot',
  'sts:GetSessionToken',
  'sts:GetFederationToken',
  'sso:GetRoleCredentials',
  'sso-oidc:CreateToken',
  'sso-oidc:CreateTokenWithIAM',
  'cognito-identity:GetCredentialsForIdentity',
  'cognito-identity:GetOpenIdToken',
  'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
  'eks-auth:AssumeRoleForPodIdentity',
  'lakeformation:AssumeDecoratedRoleWithSAML',
  'lakeformation:GetTemporaryGluePartitionCredentials',
  'lakeformation:GetTemporaryGlueTableCredentials',
  'datazone:GetEnvironmentCredentials',
  'emr:GetClusterSessionCredentials',
  'emr-containers:GetManagedEndpointSessionCredentials',
  'finspace-data:GetProgrammaticAccessCredentials',
  'deadline:AssumeFleetRoleForRead',
  'deadline:AssumeFleetRoleForWorker',
  'deadline:AssumeQueueRoleForRead',
  'deadline:AssumeQueueRoleForUser',
  'deadline:AssumeQueueRoleForWorker',
  'workmail:AssumeImpersonationRole',
  'connect:GetFederationToken',
  // registry and database tokens, passwords
  'ecr:GetAuthorizationToken',
  'ecr-public:GetAuthorizationToken',
  'codeartifact:GetAuthorizationToken',
  'redshift:GetClusterCredentials',
  'redshift:GetClusterCredentialsWithIAM',
  'redshift-serverless:GetCredentials',
  'ec2:GetPasswordData',
  'lightsail:GetInstanceAccessDetails',
  'lightsail:GetRelationalDatabaseMasterUserPassword',
  'lightsail:DownloadDefaultKeyPair',
  'gamelift:GetComputeAuthToken',
  'pca-connector-scep:GetChallengePassword',
  'route53domains:RetrieveDomainAuthCode',
  // secret values and key material
  'secretsmanager:GetSecretValue',
  'secretsmanager:BatchGetSecretValue',
  'secretsmanager:GetRandomPassword',
  'ssm:GetParameter',
  'ssm:GetParameters',
  'ssm:GetParametersByPath',
  'ssm:GetParameterHistory',
  'kms:Decrypt',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyPair',
  'kms:GenerateDataKeyWithoutPlaintext',
  'kms:GenerateDataKeyPairWithoutPlaintext',
  'kms:GenerateRandom',
  'payment-cryptography-data:DecryptData',
  'apigateway:GetApiKey',
  'apigateway:GetApiKeys',
  'appsync:ListApiKeys',
  // connection definitions that embed passwords unless asked not to
  'glue:GetConnection',
  'glue:GetConnections',
];

/** Per-operation corrections where the verb misleads (`service:Operation` -> risk). */
export const RISK_OVERRIDES: Readonly<Record<string, 'read' | 'write' | 'destructive'>> = {
  // fails a primary node over: an outage for clients of that node
  'elasticache:TestFailover': 'destructive',
  // returns a checked-out license: a state change despite the `Check` verb
  'license-manager:CheckInLicense': 'write',
  // cancelling a scheduled key deletion saves the key: the opposite of destructive
  'kms:CancelKeyDeletion': 'write',
};

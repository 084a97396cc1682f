// Data: AWS CLI commands that are customizations rather than API operations (`aws s3 ls`,
// `aws ecr get-login-password`), with the operations each one calls under the hood. CLI-style
// queries for these resolve to those operations like an exact operation name would.

export const CLI_CUSTOM_COMMANDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  s3: {
    ls: ['ListBuckets', 'ListObjectsV2'],
    cp: ['PutObject', 'GetObject', 'CopyObject'],
    mv: ['CopyObject', 'DeleteObject'],
    rm: ['DeleteObject', 'DeleteObjects'],
    mb: ['CreateBucket'],
    rb: ['DeleteBucket'],
    sync: ['ListObjectsV2', 'PutObject'],
    presign: ['GetObject'],
    website: ['PutBucketWebsite'],
  },
  ecr: { 'get-login-password': ['GetAuthorizationToken'], 'get-login': ['GetAuthorizationToken'] },
  'ecr-public': { 'get-login-password': ['GetAuthorizationToken'] },
  eks: { 'update-kubeconfig': ['DescribeCluster'], 'get-token': ['DescribeCluster'] },
  logs: { tail: ['FilterLogEvents', 'StartLiveTail'], 'start-live-tail': ['StartLiveTail'] },
  cloudformation: { deploy: ['CreateChangeSet', 'ExecuteChangeSet'], package: ['ValidateTemplate'] },
  codedeploy: { push: ['RegisterApplicationRevision'] },
  codeartifact: { login: ['GetAuthorizationToken'] },
  rds: { 'generate-db-auth-token': ['DescribeDBInstances'] },
  dynamodb: { wizard: ['CreateTable'] },
  ssm: { 'start-session': ['StartSession'] },
};

/**
 * The high-level `aws s3` commands call a different operation depending on where their
 * arguments point: `local` (a path) or `s3` (an s3:// URI); the key is the argument kinds in
 * order. `aws s3 cp file s3://b/k` uploads (PutObject), `cp s3://b/k file` downloads.
 */
export const S3_COMMAND_SHAPES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  cp: { 'local s3': 'PutObject', 's3 local': 'GetObject', 's3 s3': 'CopyObject' },
  mv: { 'local s3': 'PutObject', 's3 local': 'GetObject', 's3 s3': 'CopyObject' },
  sync: { 'local s3': 'PutObject', 's3 local': 'GetObject', 's3 s3': 'CopyObject' },
  ls: { '': 'ListBuckets', s3: 'ListObjectsV2' },
  rm: { s3: 'DeleteObject' },
};

/** `aws <service> wait <waiter>` polls the operation that declares the waiter (from the models). */
export const CLI_WAIT_COMMAND = 'wait';

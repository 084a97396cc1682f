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

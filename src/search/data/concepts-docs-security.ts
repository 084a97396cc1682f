// Data: concepts (see concepts.ts) for identity, security, management and developer tools, in
// the plain words of each service's documentation (access keys are long-term credentials for
// programmatic access, a login profile is a console password, Scheduler runs tasks at a time).
// Written from the service descriptions, not from missed queries.

import type { Concept } from './concepts.js';

export const DOC_SECURITY_CONCEPTS: readonly Concept[] = [
  // identity
  {
    phrases: [
      'programmatic access',
      'cli credentials',
      'long-term credentials',
      'keys for a script',
      'api credentials',
    ],
    terms: 'access key',
    services: ['iam'],
    why: 'IAM access keys are the long-term credentials that sign CLI and API requests',
    example: ['give the deploy bot programmatic access', 'iam:CreateAccessKey'],
  },
  {
    phrases: ['console password', 'login password', 'console access', 'sign in to the console'],
    terms: 'login profile',
    services: ['iam'],
    why: "IAM stores a user's password for the console as the user's login profile",
    example: ['let bob sign in to the console with a password', 'iam:CreateLoginProfile'],
  },
  {
    phrases: ['password rules', 'password requirements', 'password complexity', 'minimum password length'],
    terms: 'account password policy',
    services: ['iam'],
    why: 'the account password policy sets the rules for IAM user passwords',
    example: ['require a minimum password length of 14', 'iam:UpdateAccountPasswordPolicy'],
  },
  {
    phrases: [
      'would this be allowed',
      'be allowed to',
      'am i allowed',
      'test permissions',
      'is this user allowed',
    ],
    terms: 'simulate principal policy',
    services: ['iam'],
    why: 'the IAM policy simulator evaluates whether a principal may call an action',
    example: ['would this user be allowed to delete the bucket', 'iam:SimulatePrincipalPolicy'],
  },
  {
    phrases: ['new aws account', 'open a new account', 'another aws account for'],
    terms: 'create account',
    services: ['organizations'],
    why: 'Organizations creates member accounts in the organization',
    example: ['open a new aws account for the data team', 'organizations:CreateAccount'],
  },
  // keys, secrets, certificates
  {
    phrases: ['rotate the password', 'password rotation', 'change a password every', 'automatic rotation'],
    terms: 'rotate secret',
    services: ['secretsmanager'],
    why: 'Secrets Manager rotation periodically updates a secret and the credentials in the database',
    example: ['rotate the password of the db secret automatically', 'secretsmanager:RotateSecret'],
  },
  {
    phrases: ['rotate my key', 'key rotation', 'new key material every year'],
    terms: 'enable key rotation',
    services: ['kms'],
    why: 'KMS automatic key rotation creates new key material for a key every year',
    example: ['turn on yearly key rotation for my encryption key', 'kms:EnableKeyRotation'],
  },
  {
    phrases: ['private certificate authority', 'internal ca', 'private ca', 'certificates for internal'],
    terms: 'certificate authority',
    services: ['acm-pca'],
    why: 'AWS Private CA issues private certificates for internal services',
    example: ['set up a private certificate authority', 'acm-pca:CreateCertificateAuthority'],
  },
  {
    phrases: ['hardware security module', 'hsm'],
    terms: 'cluster',
    services: ['cloudhsmv2'],
    why: 'CloudHSM provides hardware security modules in a cluster',
    example: ['create a hardware security module cluster', 'cloudhsmv2:CreateCluster'],
  },
  {
    phrases: ['audit evidence', 'evidence for the audit', 'collect evidence'],
    terms: 'create assessment',
    services: ['auditmanager'],
    why: 'Audit Manager collects evidence for an assessment against a framework',
    example: ['collect audit evidence for our controls', 'auditmanager:CreateAssessment'],
  },
  {
    phrases: ['soc 2 report', 'soc report', 'compliance report', 'iso certification report'],
    terms: 'reports',
    services: ['artifact'],
    why: "AWS Artifact provides AWS's own compliance reports (SOC, ISO, PCI)",
    example: ["download aws's soc 2 report", 'artifact:GetReport'],
  },
  {
    phrases: [
      'firewall rules across accounts',
      'central firewall policy',
      'firewall rules across all accounts',
    ],
    terms: 'policy',
    services: ['fms'],
    why: 'Firewall Manager applies WAF, Shield and security group policies across accounts',
    example: ['apply firewall rules across accounts in the org', 'fms:PutPolicy'],
  },
  // management and observability
  {
    phrases: ['count errors in my logs', 'metric from logs', 'metric from log', 'turn log lines into'],
    terms: 'put metric filter',
    services: ['logs'],
    why: 'a CloudWatch Logs metric filter turns matching log events into metric values',
    example: ['count errors in my logs as a metric', 'logs:PutMetricFilter'],
  },
  {
    phrases: ['stream logs to', 'forward logs', 'ship logs', 'send my logs to'],
    terms: 'subscription filter',
    services: ['logs'],
    why: 'a subscription filter delivers log events to Kinesis, Firehose or Lambda',
    example: ['ship logs from my log group to a lambda', 'logs:PutSubscriptionFilter'],
  },
  {
    phrases: ['record api calls', 'record all api calls', 'keep an audit log'],
    terms: 'trail',
    services: ['cloudtrail'],
    why: 'a CloudTrail trail records API calls to an S3 bucket',
    example: ['record all api calls in every region to a bucket', 'cloudtrail:CreateTrail'],
  },
  {
    phrases: ['configuration history', 'what it looked like', 'how it was configured'],
    terms: 'resource config history',
    services: ['config'],
    why: 'AWS Config keeps the history of configuration items for a resource',
    example: ['show the configuration history of my security group', 'config:GetResourceConfigHistory'],
  },
  {
    phrases: ['infrastructure as code', 'iac', 'declare my infrastructure'],
    terms: 'stack',
    services: ['cloudformation'],
    why: 'CloudFormation provisions resources declared as code in a stack',
    example: ['deploy my infrastructure as code template', 'cloudformation:CreateStack'],
  },
  {
    phrases: ['runbook', 'automation document', 'automated remediation'],
    terms: 'start automation execution',
    services: ['ssm'],
    why: 'Systems Manager Automation runs runbooks (automation documents)',
    example: ['run the restart runbook on my instance', 'ssm:StartAutomationExecution'],
  },
  {
    phrases: ['installed software', 'software is installed', 'installed applications', 'installed packages'],
    terms: 'inventory entries',
    services: ['ssm'],
    why: 'Systems Manager Inventory collects the software installed on managed nodes',
    example: ['what software is installed on my instance', 'ssm:ListInventoryEntries'],
  },
  {
    phrases: ['find any resource', 'search all my resources', 'search across my resources'],
    terms: 'search',
    services: ['resource-explorer-2'],
    why: 'Resource Explorer searches resources across services and regions',
    example: ['search all my resources for anything named prod', 'resource-explorer-2:Search'],
  },
  {
    phrases: ['unexpected charges', 'cost spike', 'unusual spend', 'spend anomaly'],
    terms: 'anomalies',
    services: ['ce'],
    why: 'Cost Anomaly Detection reports unusual spend as anomalies',
    example: ['were there any unexpected charges last week', 'ce:GetAnomalies'],
  },
  {
    phrases: ['savings plan', 'savings plans', 'commit to spend'],
    terms: 'savings plans',
    services: ['savingsplans'],
    why: 'Savings Plans discount usage in exchange for a committed hourly spend',
    example: ['which savings plans do we have', 'savingsplans:DescribeSavingsPlans'],
  },
  // scheduling
  {
    phrases: ['every day at', 'every morning', 'every night', 'every weekday', 'once a day', 'at a set time'],
    terms: 'create schedule',
    services: ['scheduler'],
    why: 'EventBridge Scheduler runs a task at a time or on a recurring schedule',
    example: ['invoke my lambda every weekday at 9', 'scheduler:CreateSchedule'],
  },
  {
    phrases: ['one-time schedule', 'run once at', 'run it later', 'at a specific time'],
    terms: 'create schedule',
    services: ['scheduler'],
    why: 'EventBridge Scheduler documents one-time schedules that run a target once',
    example: ['run my lambda once at a specific time tomorrow', 'scheduler:CreateSchedule'],
  },
  // developer tools
  {
    phrases: ['compile', 'run the tests', 'build my project', 'build the code'],
    terms: 'start build',
    services: ['codebuild'],
    why: 'CodeBuild compiles source code, runs tests and produces artifacts',
    example: ['build my project and run the tests', 'codebuild:StartBuild'],
  },
  {
    phrases: ['blue green', 'blue/green', 'deploy to my servers', 'roll out to instances'],
    terms: 'create deployment',
    services: ['codedeploy'],
    why: 'CodeDeploy deploys application revisions to instances, Lambda or ECS, including blue/green',
    example: ['roll out the new version to instances with codedeploy', 'codedeploy:CreateDeployment'],
  },
];

// Data: how people ask for operations (see ../asked.ts), second tier: Redshift, Redshift
// Serverless and Bedrock.

import type { AskedEntry } from './types.js';

export const ASKED_NEXT_3: readonly AskedEntry[] = [
  {
    op: 'redshift:DescribeClusterSnapshots',
    asked:
      'redshift warehouse backups, automated and manual snapshots, which snapshots exist, latest restorable point, snapshot sizes',
    example: 'what redshift backups of analytics-prod can I restore from',
  },
  {
    op: 'redshift:DeleteCluster',
    asked:
      'tear down the warehouse, decommission a provisioned cluster, final snapshot before deleting, stop paying for nodes',
    example: 'decommission redshift warehouse dev-dw but keep one last backup',
  },
  {
    op: 'redshift:RebootCluster',
    asked:
      'restart the warehouse, reboot redshift nodes, apply parameter group change, queries hanging, reboot leader node',
    example: 'restart redshift analytics-prod so the new wlm settings apply',
  },
  {
    op: 'redshift:ModifyCluster',
    asked:
      'change master password, admin password reset, rename warehouse, change node type, turn on encryption, make publicly accessible, change maintenance track, enhanced vpc routing, make the warehouse publicly accessible or reachable from outside, change node type or count',
    example: 'reset the admin password of redshift analytics-prod',
  },
  {
    op: 'redshift:DescribeLoggingStatus',
    asked:
      'is audit logging on, where do user activity logs go, audit log bucket, connection log destination',
    example: 'is audit logging turned on for redshift analytics-prod and where does it write',
  },
  {
    op: 'redshift:ModifyClusterIamRoles',
    asked:
      'attach role so copy from s3 works, unload permission, default role for spectrum, add iam role to the warehouse',
    example: 'let warehouse analytics-prod read s3 for copy commands with role RedshiftS3Read',
  },
  {
    op: 'redshift:DescribeResize',
    asked:
      'is the resize done, resize progress, elastic resize status, time remaining for resize, classic resize',
    example: 'how far along is the resize of warehouse analytics-prod',
  },
  {
    op: 'redshift:EnableSnapshotCopy',
    asked:
      'ship snapshots to another region automatically, cross region disaster recovery for the redshift warehouse, keep backups in a second region',
    example: 'automatically ship warehouse backups to us-west-2 for disaster recovery',
  },
  {
    op: 'redshift:AuthorizeDataShare',
    asked:
      'share live data with another account, consumer account access, cross account sharing without copying',
    example: 'let account 444455556666 consume our sales share from the producer warehouse',
  },
  {
    op: 'redshift:DescribeDataShares',
    asked: 'which shares exist, who consumes our data, producer and consumer shares, share status',
    example: 'which data shares exist between our warehouses and who consumes them',
  },
  {
    op: 'redshift:CreateScheduledAction',
    asked: 'pause warehouse every night, resume on weekday mornings, scheduled resize, save cost on schedule',
    example: 'pause analytics-prod every night at 8pm and bring it back at 7am',
  },
  {
    op: 'redshift:DescribeClusterParameters',
    asked:
      'wlm settings, require_ssl value, query queues config, parameter values of the warehouse, enable_user_activity_logging',
    example: 'is require_ssl on in redshift parameter group dw-params',
  },
  {
    op: 'redshift-serverless:GetWorkgroup',
    asked:
      'serverless warehouse endpoint, base rpu capacity, workgroup status, connection host and port, is it publicly accessible',
    example: 'what host and port do I connect to for serverless workgroup analytics',
  },
  {
    op: 'redshift-serverless:ListWorkgroups',
    asked: 'which serverless workgroups exist, all serverless warehouses, workgroup names',
    example: 'what redshift serverless workgroups do we have',
  },
  {
    op: 'redshift-serverless:DeleteWorkgroup',
    asked: 'remove serverless warehouse compute, tear down workgroup, stop serverless compute',
    example: 'tear down serverless workgroup scratch-wg',
  },
  {
    op: 'redshift-serverless:GetNamespace',
    asked: 'serverless database name, admin username, kms key of namespace, iam roles attached to namespace',
    example: 'which iam roles and kms key does serverless namespace analytics-ns use',
  },
  {
    op: 'redshift-serverless:CreateSnapshot',
    asked:
      'backup serverless warehouse, manual snapshot of serverless data, point in time copy before change',
    example: 'take a manual backup of serverless analytics-ns before the migration',
  },
  {
    op: 'redshift-serverless:RestoreFromSnapshot',
    asked: 'roll back serverless data, restore serverless from backup, bring back data from a snapshot',
    example: 'roll serverless namespace analytics-ns back to last night backup',
  },
  {
    op: 'redshift-serverless:GetCredentials',
    asked: 'temporary database password for serverless, login to serverless with iam, short lived db user',
    example: 'get a temporary database login for serverless workgroup analytics',
  },
  {
    op: 'redshift-serverless:ListRecoveryPoints',
    asked:
      'automatic restore points of serverless, recovery points every 30 minutes, points in time I can go back to',
    example: 'what automatic restore points exist for serverless namespace analytics-ns',
  },
  {
    op: 'bedrock:GetGuardrail',
    asked:
      'guardrail settings, denied topics, content filter strengths, pii masking config, blocked messages',
    example: 'which denied topics and content filters does guardrail gr-support have',
  },
  {
    op: 'bedrock:ListGuardrails',
    asked: 'which guardrails exist, safety filters defined, guardrail versions',
    example: 'what bedrock guardrails have we set up',
  },
  {
    op: 'bedrock:UpdateGuardrail',
    asked: 'change denied topics, tighten content filters, add word filter, mask more pii, edit guardrail',
    example: 'add competitor names to the blocked words of guardrail gr-support',
  },
  {
    op: 'bedrock:CreateGuardrailVersion',
    asked: 'publish guardrail, freeze guardrail config, immutable guardrail snapshot for production',
    example: 'publish the current draft of guardrail gr-support so prod can pin it',
  },
  {
    op: 'bedrock:ListCustomModels',
    asked: 'customized models we trained, which custom models exist, models produced by customization runs',
    example: 'which customized models have we trained in bedrock',
  },
  {
    op: 'bedrock:ListModelCustomizationJobs',
    asked:
      'training runs for custom models, which customization runs failed, customization history, job status list',
    example: 'show our bedrock customization runs and which ones failed',
  },
  {
    op: 'bedrock:GetModelInvocationJob',
    asked: 'batch inference status, has the batch job finished, records processed, output location of batch',
    example: 'has bedrock batch inference job job-77 finished and where is the output',
  },
  {
    op: 'bedrock:StopModelInvocationJob',
    asked: 'cancel batch inference, halt a batch of prompts, abort offline inference',
    example: 'cancel bedrock batch inference job job-77',
  },
  {
    op: 'bedrock:ListProvisionedModelThroughputs',
    asked:
      'provisioned throughput we pay for, model units purchased, reserved capacity for models, commitment term',
    example: 'what bedrock provisioned throughput are we paying for',
  },
  {
    op: 'bedrock:DeleteProvisionedModelThroughput',
    asked:
      'give back model units, release reserved model capacity, stop paying for provisioned throughput of a model',
    example: 'give back the bedrock model units of pt-claude-dev, we no longer need them',
  },
  {
    op: 'bedrock:GetEvaluationJob',
    asked:
      'model evaluation results, eval job status, scores of the evaluation, accuracy and robustness metrics',
    example: 'did evaluation eval-rag-3 finish and what scores did the model get',
  },
  {
    op: 'bedrock:ListInferenceProfiles',
    asked:
      'cross region inference profiles, profile ids for invoking models, application inference profiles, us. prefixed model ids',
    example: 'which cross-region profiles can I use to call claude in bedrock',
  },
  {
    op: 'bedrock:GetModelInvocationLoggingConfiguration',
    asked: 'is prompt logging on, where are invocation logs sent, are model inputs and outputs logged',
    example: 'are we logging bedrock prompts and responses, and to where',
  },
];

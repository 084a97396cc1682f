// Data: how people ask for operations (see ../asked.ts), second pass over the most used services:
// CloudFormation change sets, stack sets, single resources, stack policies and IaC generator
// scans, then KMS grants, aliases, imported key material, data key pairs and MACs.

import type { AskedEntry } from './types.js';

export const ASKED_CORE_5: readonly AskedEntry[] = [
  {
    op: 'cloudformation:DescribeChangeSet',
    asked:
      'preview what a deploy will change, which resources get replaced, diff before applying, plan output',
    example: 'before I apply it, what will change set add-cache replace or modify in stack web-prod?',
  },
  {
    op: 'cloudformation:ListChangeSets',
    asked: 'pending previews for a stack, unapplied plans, drafts waiting to be executed',
    example: 'which pending previews are waiting on stack web-prod?',
  },
  {
    op: 'cloudformation:DeleteChangeSet',
    asked: 'discard a preview, throw away an unapplied plan, clean up failed change sets',
    example: 'throw away the unapplied add-cache preview on stack web-prod',
  },
  {
    op: 'cloudformation:DescribeStackResource',
    asked:
      'physical id of one logical resource, status of a single resource in a stack, why one resource failed',
    example: 'what is the physical id and status of logical id AppBucket in stack web-prod?',
  },
  {
    op: 'cloudformation:DescribeStackResources',
    asked:
      'which stack owns this physical resource, find the stack for an instance id, resources with status, which stack created this bucket or instance, find the stack that owns a resource by its physical id, what stack does this resource belong to',
    example: 'which stack created instance i-0abc1234def567890?',
  },
  {
    op: 'cloudformation:DetectStackResourceDrift',
    asked:
      'has one resource been changed by hand, hand-edited outside of the template, console edits to a single resource, manual change check',
    example: 'did someone hand-edit bucket AppBucket in stack web-prod outside of the template?',
  },
  {
    op: 'cloudformation:DescribeStackDriftDetectionStatus',
    asked: 'has the drift check finished, detection id still running, status of a drift check run',
    example: 'is the drift check on stack web-prod done and did it find differences?',
  },
  {
    op: 'cloudformation:GetTemplateSummary',
    asked:
      'which parameters does a template need, required capabilities, resource types in a template, inputs before deploying, what parameters does this template expect, inputs a template needs, which capabilities a template requires',
    example: 'what inputs and capabilities does template https://s3.amazonaws.com/cfn/vpc.yaml expect?',
  },
  {
    op: 'cloudformation:RollbackStack',
    asked: 'undo a failed deploy, go back to last known good, stack stuck in update failed, roll back now',
    example: 'stack web-prod is in UPDATE_FAILED, revert it to the last working state',
  },
  {
    op: 'cloudformation:SetStackPolicy',
    asked:
      'protect a database from replacement, no deploy may replace or delete a critical resource, prevent updates, deny updates, stop updates from replacing or changing a resource in my stack, protect the database in a stack from being replaced by updates, prevent accidental replacement during stack updates',
    example: 'make sure no deploy of stack data-prod can replace or delete ProdDatabase',
  },
  {
    op: 'cloudformation:GetStackPolicy',
    asked: 'which resources are shielded from deploys, protected from updates, stack update protection rules',
    example: 'which resources in stack data-prod are shielded from deploys?',
  },
  {
    op: 'cloudformation:SignalResource',
    asked: 'cfn-signal, tell the stack an instance finished booting, creation policy success signal',
    example: 'my instance finished its bootstrap, notify the stack WaitCondition it succeeded',
  },
  {
    op: 'cloudformation:ListStackSets',
    asked:
      'multi account deployments, org-wide template rollouts, which templates roll out to many accounts and regions',
    example: 'which org-wide multi-account template rollouts do we have?',
  },
  {
    op: 'cloudformation:DescribeStackSet',
    asked: 'details of a multi account deployment, stack set template and permission model',
    example: 'show the template and permission model of stack set org-standards',
  },
  {
    op: 'cloudformation:UpdateStackSet',
    asked: 'push a new template version to every account of a stack set, change a multi account deployment',
    example: 'ship the revised template to all member accounts covered by stack set org-standards',
  },
  {
    op: 'cloudformation:DeleteStackSet',
    asked: 'remove an empty multi account deployment definition, delete a stack set',
    example: 'remove stack set old-logging now that it has no instances',
  },
  {
    op: 'cloudformation:CreateStackInstances',
    asked:
      'deploy a stack set to more accounts or regions, roll out to a new account, add accounts and regions to a stack set, deploy stack set to accounts, push the baseline template into member accounts',
    example: 'roll stack set org-standards out to account 111122223333 in eu-west-1 and us-east-1',
  },
  {
    op: 'cloudformation:DeleteStackInstances',
    asked: 'pull a stack set out of some accounts, remove it from accounts, retire a region from a rollout',
    example: 'pull stack set org-standards out of account 111122223333 in ap-south-1',
  },
  {
    op: 'cloudformation:ListStackInstances',
    asked:
      'which accounts and regions has a stack set been deployed to, account and region pairs, per account rollout status',
    example: 'list the account and region pairs that stack set org-standards is deployed in',
  },
  {
    op: 'cloudformation:DescribeStackSetOperation',
    asked: 'progress of a stack set rollout, did the multi account deploy succeed',
    example: 'did operation 1a2b3c of stack set org-standards finish in every account?',
  },
  {
    op: 'cloudformation:ListStackSetOperationResults',
    asked: 'per account result of a stack set rollout, which accounts failed and the failure reason',
    example: 'which accounts failed in the last org-standards stack set rollout and with what reason',
  },
  {
    op: 'cloudformation:StopStackSetOperation',
    asked: 'halt a rollout across accounts, stop a running stack set deploy',
    example: 'halt the in-progress org-standards rollout',
  },
  {
    op: 'cloudformation:StartResourceScan',
    asked:
      'scan the account for hand-made resources, find resources not managed by any stack, iac generator scan, turn existing resources into a template',
    example: 'scan the account for hand-made resources so we can turn them into a template',
  },
  {
    op: 'cloudformation:GetGeneratedTemplate',
    asked: 'download the generated template, yaml created from existing resources',
    example: 'give me the yaml produced for the legacy-vpc template generated from live resources',
  },
  {
    op: 'cloudformation:ListTypes',
    asked: 'registered resource types and hooks, private extensions, third party resource types',
    example: 'which private resource types and hooks are registered in this account?',
  },
  {
    op: 'cloudformation:ActivateType',
    asked: 'enable a public third party extension, use a community resource type, turn on a public module',
    example: 'turn on the public third-party Datadog::Monitors::Monitor extension for our templates',
  },
  {
    op: 'cloudformation:DescribeAccountLimits',
    asked:
      'max stacks per account, stack quota, how close to the stack limit, how many stacks am i allowed, stack count limit, number of stack sets allowed, cloudformation limits',
    example: 'how close are we to the maximum number of stacks allowed in this region?',
  },
  {
    op: 'kms:ListGrants',
    asked:
      'who has temporary permission on a key, grants on a key, grantee principals, grant tokens, temporary permissions on a cmk, which grants exist on a key and for whom',
    example: 'which principals have been handed temporary use of key 1234abcd-12ab-34cd-56ef-1234567890ab?',
  },
  {
    op: 'kms:RevokeGrant',
    asked:
      'take back a grant, take away temporary permission on a key, revoke access immediately, take back a grant given on our key, cancel a grant, remove a temporary permission from a cmk',
    example: 'take back grant 0c237476b39f8bc44e45212e08498fbe3151305030726c0590dd8d3e9f3d6a60 on our key',
  },
  {
    op: 'kms:RetireGrant',
    asked: 'grantee gives up its grant, clean up a grant when done, retiring principal',
    example: 'the job is finished, have it give up the grant it was using on our key',
  },
  {
    op: 'kms:ListRetirableGrants',
    asked: 'grants a principal can retire, which grants may this role clean up',
    example: 'which grants is role cleanup-bot allowed to retire?',
  },
  {
    op: 'kms:DeleteAlias',
    asked: 'remove a friendly key name, the name can be reused, free up an alias',
    example: 'remove alias/old-app from our kms keys so the name can be reused',
  },
  {
    op: 'kms:UpdateAlias',
    asked:
      'point a friendly name at a different key, refer to the new key, swap which key an alias refers to, manual rotation',
    example: 'make alias/app-data refer to the new key we just created',
  },
  {
    op: 'kms:EnableKey',
    asked: 're-enable a disabled key, turn a key back on, decrypt fails because key is disabled',
    example: 'turn key 1234abcd-12ab-34cd-56ef-1234567890ab back on, decryption is failing',
  },
  {
    op: 'kms:DisableKeyRotation',
    asked: 'stop yearly automatic rotation, turn off auto rotate',
    example: 'stop the automatic yearly rotation on key app-data',
  },
  {
    op: 'kms:RotateKeyOnDemand',
    asked:
      'rotate key material immediately, rotate now, on demand rotation after a suspected leak, rotate the key material right now instead of waiting a year, immediate rotation of a cmk',
    example: 'rotate the material of key app-data immediately instead of waiting a year',
  },
  {
    op: 'kms:ListKeyRotations',
    asked: 'rotation history, when was the key material last rotated, past rotations',
    example: 'when did key app-data get new material, show every rotation date',
  },
  {
    op: 'kms:UpdateKeyDescription',
    asked: 'change the note on a key, rename key description, explain what a key is for',
    example: 'change the description note on kms key 1234abcd so people know it is for billing',
  },
  {
    op: 'kms:ListResourceTags',
    asked: 'what labels are attached to a key, which team owns this key, key tags',
    example: 'what labels are on kms key 1234abcd-12ab-34cd-56ef-1234567890ab?',
  },
  {
    op: 'kms:TagResource',
    asked:
      'label a key, add owner or cost label to an encryption key, tag a key, label a cmk with team or cost center',
    example: 'label key app-data with owner=platform',
  },
  {
    op: 'kms:ListKeyPolicies',
    asked: 'names of policies on a key, is there a default key policy',
    example: 'what policy names exist on key 1234abcd-12ab-34cd-56ef-1234567890ab?',
  },
  {
    op: 'kms:GenerateDataKeyWithoutPlaintext',
    asked: 'encrypted data key only, envelope key for later use, no plaintext returned',
    example: 'get an encrypted data key to store now and unwrap later on another host',
  },
  {
    op: 'kms:GenerateDataKeyPair',
    asked: 'rsa or ecc key pair for client side signing or encryption, private key encrypted under kms',
    example: 'make an RSA 2048 pair for offline signing with the private half wrapped by our cmk',
  },
  {
    op: 'kms:GenerateMac',
    asked: 'hmac, message authentication code, sign a token with hmac, tamper proof digest',
    example: 'compute an HMAC-SHA256 over this webhook payload using our hmac key',
  },
  {
    op: 'kms:VerifyMac',
    asked: 'check an hmac, validate message authentication code, is the tag genuine',
    example: 'check that the HMAC on this incoming webhook payload is genuine',
  },
  {
    op: 'kms:GetParametersForImport',
    asked: 'bring your own key, byok, wrapping public key and import token',
    example: 'get the wrapping public key and token to bring our own key material',
  },
  {
    op: 'kms:ImportKeyMaterial',
    asked: 'upload our own key material, byok, external key bytes, import wrapped material',
    example: 'load our wrapped HSM-generated key bytes into key 1234abcd',
  },
  {
    op: 'kms:ReplicateKey',
    asked: 'copy a multi region key to another region, replica key, decrypt in a second region',
    example: 'make a copy of multi-region key mrk-1234abcd in eu-west-1',
  },
];

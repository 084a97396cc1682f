// Data: how people ask for operations (see ../asked.ts), security services, round 7: the
// status reads and everyday tasks of identity center, identity pools, audit manager, the account
// settings and roles anywhere that had no entry (people ask "has it finished", "which roles").

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY_R7: readonly AskedEntry[] = [
  {
    op: 'sso-admin:DescribePermissionSetProvisioningStatus',
    asked:
      'has the permission set rollout finished, did the push to the accounts complete, is provisioning still in progress, why did the permission set update fail on an account, request id status',
    example: 'did the permission set push to all accounts finish or fail',
  },
  {
    op: 'sso-admin:ListPermissionSetProvisioningStatus',
    asked:
      'recent permission set rollouts, which pushes are still in progress, failed provisioning requests, history of permission set deployments to accounts',
    example: 'show all permission set rollouts that are still in progress or failed',
  },
  {
    op: 'sso-admin:DescribeAccountAssignmentCreationStatus',
    asked:
      'has the access grant finished, did giving the group access to the account complete, assignment still in progress, why did the sso access grant fail',
    example: 'did granting the devs group access to account 111122223333 complete',
  },
  {
    op: 'sso-admin:ListPermissionSetsProvisionedToAccount',
    asked:
      'which access levels exist in an account, what sso roles are deployed to this account, permission sets pushed to an account',
    example: 'which sso permission sets are deployed to account 123456789012',
  },
  {
    op: 'sso-admin:ListAccountsForProvisionedPermissionSet',
    asked:
      'which accounts got this access level, where is the admin permission set deployed, accounts a permission set reaches',
    example: 'which accounts is the AdministratorAccess permission set deployed to',
  },
  {
    op: 'cognito-identity:GetIdentityPoolRoles',
    asked:
      'which iam roles do guest and signed-in users get, authenticated and unauthenticated role, role mapping of an identity pool, what role do app users assume',
    example: 'what iam role do unauthenticated guests of our identity pool get',
  },
  {
    op: 'cognito-identity:GetId',
    asked:
      'get an identity id for a mobile app user, register a device user with the identity pool, first step before temporary aws credentials',
    example: 'get a cognito identity id for a mobile app user',
  },
  {
    op: 'cognito-identity:ListIdentityPools',
    asked:
      'which identity pools do we have, federated identities in this account, show all pools that hand out aws credentials to app users',
    example: 'show every cognito identity pool in this account',
  },
  {
    op: 'auditmanager:BatchImportEvidenceToAssessmentControl',
    asked:
      'add manual evidence, attach a screenshot or document as proof, upload proof for an audit control, record offline evidence, soc 2 or pci proof',
    example: 'attach our pen test pdf as proof for a control in the pci assessment',
  },
  {
    op: 'auditmanager:GetEvidenceFileUploadUrl',
    asked:
      'presigned link to upload a manual evidence file, upload a pdf or screenshot as audit proof, where to put a proof file',
    example: 'give me a link to upload a pdf as manual audit evidence',
  },
  {
    op: 'auditmanager:GetAssessmentReportUrl',
    asked:
      'download the audit report, link to the finished compliance report, share the report with the auditor, soc 2 report file',
    example: 'download link for the finished audit report to send our auditor',
  },
  {
    op: 'auditmanager:UpdateAssessmentStatus',
    asked:
      'finish the audit, mark the assessment inactive, stop collecting evidence, close out the audit period, reopen an audit',
    example: 'the audit period is over, mark our soc 2 assessment inactive',
  },
  {
    op: 'account:GetAlternateContact',
    asked:
      'who gets billing, operations or security emails from aws, which address receives security notices, current secondary contact of the account',
    example: 'who receives security notifications from aws for this account',
  },
  {
    op: 'account:GetRegionOptStatus',
    asked:
      'is a region turned on for this account, has the opt-in finished, is milan or cape town enabling still in progress, can we deploy in this region yet',
    example: 'has the opt-in of me-south-1 finished for our account',
  },
  {
    op: 'rolesanywhere:ListSubjects',
    asked:
      'which certificates have authenticated, machines or servers that got credentials with an x509 cert, last seen on-prem workloads',
    example: 'which on-prem servers used their certificates to get aws credentials',
  },
];

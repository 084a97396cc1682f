// Data: how people ask for operations (see ../asked.ts), security services: identity center
// (sso-admin, identitystore, sso) and organizations.

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY_3: readonly AskedEntry[] = [
  {
    op: 'sso-admin:CreatePermissionSet',
    asked:
      'bundle of permissions for single sign-on, access level such as readonly or admin, job function template, define what workforce people get in each account',
    example: 'make an identity center permission bundle called DataAnalyst',
  },
  {
    op: 'sso-admin:CreateAccountAssignment',
    asked:
      'give a workforce person or team access to an account through single sign-on, assign someone to production, grant sso access, hand out an access level, identity center access for a group or person to an account, PowerUser, AdministratorAccess or ReadOnly access in an account or environment, give a group admin or read-only access in an account',
    example: 'data-eng needs PowerUser in account 123456789012 through identity center',
  },
  {
    op: 'sso-admin:DeleteAccountAssignment',
    asked:
      "revoke single sign-on access to an account, remove someone's sso access to production, unassign a team from an account, identity center access to an account ends, take a group off an account, lose access to an account in identity center",
    example: 'contractors lose their identity center entry to prod account 123456789012',
  },
  {
    op: 'sso-admin:ListAccountAssignments',
    asked:
      'who can reach this account through single sign-on, which sso teams and people are assigned to it, who has access via identity center, which permission sets a group holds on an account',
    example: 'who is mapped to account 123456789012 in identity center',
  },
  {
    op: 'sso-admin:ListAccountAssignmentsForPrincipal',
    asked:
      'which accounts can this person reach through single sign-on, everything someone is assigned to, access review of one sso person or team',
    example: 'which accounts can alice get into through sso',
  },
  {
    op: 'sso-admin:AttachManagedPolicyToPermissionSet',
    asked:
      'add aws managed permissions to a single sign-on access level, give a sso bundle ReadOnlyAccess, extend what an access level allows, include an aws managed policy such as ViewOnlyAccess',
    example: 'the Auditors permission set should include ViewOnlyAccess',
  },
  {
    op: 'sso-admin:PutInlinePolicyToPermissionSet',
    asked:
      'embed custom json in a single sign-on access level, inline statements for an sso bundle, fine-grained extra permissions, hand-written or custom statement',
    example: 'put a hand-written statement into the Developer permission set',
  },
  {
    op: 'sso-admin:ProvisionPermissionSet',
    asked:
      'push changes of an access level out to accounts, re-provision after editing, sync sso permissions to every account, apply pending updates, roll out changes',
    example: 'I changed the Developer permission set, roll it out to its accounts',
  },
  {
    op: 'sso-admin:UpdatePermissionSet',
    asked:
      'change the single sign-on session duration, relay state, description of an access level, make sso sessions last longer, sessions end too soon, lengthen sessions',
    example: 'sessions from the admin permission set end after 1 hour, lengthen that to 8',
  },
  {
    op: 'identitystore:CreateUser',
    asked:
      'add a workforce person to the single sign-on directory, employee in identity center, sso person with email and display name',
    example: 'add jane doe with her work email to our sso directory',
  },
  {
    op: 'identitystore:CreateGroup',
    asked:
      'team in the single sign-on directory, department in identity center, sso team for assigning access',
    example: 'set up a data-engineers team in our sso directory',
  },
  {
    op: 'identitystore:CreateGroupMembership',
    asked:
      'add a user to a group in the identity store, put a person into an sso team, add a member to a single sign-on department, enroll someone in an identity center team',
    example: 'put jane into the data-engineers team in identity center',
  },
  {
    op: 'identitystore:ListUsers',
    asked:
      'all people in the single sign-on directory, workforce roster, everyone in identity center, find a person by user name',
    example: 'how many people are in identity store',
  },
  {
    op: 'identitystore:GetUserId',
    asked:
      'look up the id of an sso person by email or user name, find the identifier for someone in the directory, resolve a login to an id',
    example: 'what is the directory id for jane@example.com in identity center',
  },
  {
    op: 'identitystore:ListGroupMembershipsForMember',
    asked:
      'which single sign-on teams is someone in, departments of a person in identity center, what is this sso person part of, groups of a person in identity store, which groups is a user in, groups someone belongs to in identity center',
    example: "jane's groups in identity store",
  },
  {
    op: 'identitystore:DeleteUser',
    asked:
      'offboard someone from single sign-on, remove a leaver from identity center, delete a workforce person from the directory, purge a leaver',
    example: 'jdoe left, purge her from identity store',
  },
  {
    op: 'sso:GetRoleCredentials',
    asked:
      'short-term keys from the single sign-on portal, credentials for a role assigned to me, sso login to the cli, exchange an access token for keys',
    example: 'obtain temporary keys for my AdministratorAccess assignment via aws sso',
  },
  {
    op: 'sso:ListAccounts',
    asked:
      'which accounts can i reach in the access portal, accounts assigned to me through single sign-on, my sso account choices, accounts available to me after signing in with sso',
    example: 'accounts available to me after aws sso login',
  },
  {
    op: 'organizations:CreateAccount',
    asked:
      'vend an account, account factory, member account with its own email, spin up a sandbox or production account, separate billing boundary, new aws account inside our org, a new account for a department, add another aws account under the organization, new member account',
    example: 'open another aws account under our organization for the data team',
  },
  {
    op: 'organizations:CloseAccount',
    asked:
      'shut down a member account, decommission an account, retire a sandbox, get rid of an account we no longer use',
    example: 'we no longer need member account 444455556666, terminate it',
  },
  {
    op: 'organizations:ListAccounts',
    asked:
      'all accounts in the org, inventory of accounts, account ids and emails, how many accounts do we have, every member account, which accounts are in our organization, how many aws accounts do we have, accounts that belong to our organization',
    example: 'how many member accounts do we have and what are their ids',
  },
  {
    op: 'organizations:DescribeAccount',
    asked:
      'which email and name belong to an account id, when did it join, status of one member account, look up an account number',
    example: 'what email and name belong to account 444455556666',
  },
  {
    op: 'organizations:CreateOrganizationalUnit',
    asked:
      'folder for accounts, group accounts such as prod and dev, ou, hierarchy of accounts, container for member accounts',
    example: 'make a workloads folder to hold our prod and dev accounts',
  },
  {
    op: 'organizations:MoveAccount',
    asked:
      'move an account to another ou, put an account into the sandbox ou, out of root into an ou, relocate to a different folder, reorganize accounts, change where an account sits in the hierarchy, shift an account under another ou, put an account under the dev ou, put an account under another ou, place the account in a different folder of the org',
    example: 'relocate account 444455556666 from the sandbox ou into the prod ou',
  },
  {
    op: 'organizations:CreatePolicy',
    asked:
      'service control policy, scp, guardrail across accounts, deny regions, tag policy, backup policy, restrict what member accounts can do',
    example: 'write an scp that denies everything outside eu regions',
  },
  {
    op: 'organizations:AttachPolicy',
    asked:
      'apply an scp to an ou, enforce a guardrail on accounts, put a service control policy on a folder, turn on a restriction for member accounts, apply a tag policy to the whole org, put a guardrail scp on an ou, apply a guardrail to the sandbox or workloads ou, forbid accounts in an ou from using a service or region, block everyone in an ou from launching something, restrict member accounts to allowed regions, deny a service to all accounts in an ou',
    example: 'apply our deny-regions scp to the workloads ou',
  },
  {
    op: 'organizations:DetachPolicy',
    asked:
      'lift a guardrail, remove an scp from an ou, stop restricting member accounts, take a service control policy off an account',
    example: 'lift the deny-regions scp from the sandbox ou',
  },
  {
    op: 'organizations:ListPoliciesForTarget',
    asked:
      'which scps apply to this account, guardrails on an ou, what service control policies sit directly on a folder',
    example: 'which scps are on account 444455556666 directly',
  },
  {
    op: 'organizations:InviteAccountToOrganization',
    asked:
      'bring an existing account into the org, send an invitation to join, add a standalone account as a member, handshake',
    example: 'invite our standalone account 777788889999 to join the org',
  },
  {
    op: 'organizations:RemoveAccountFromOrganization',
    asked:
      'kick an account out of the org, make a member account standalone, detach an account from consolidated billing',
    example: 'kick account 777788889999 out of our org so it stands alone',
  },
  {
    op: 'organizations:EnableAWSServiceAccess',
    asked:
      'trusted access for a service, let cloudtrail or config work across all accounts, org-wide integration, allow a service to act on member accounts',
    example: 'integrate config with organizations so it covers every account',
  },
  {
    op: 'organizations:RegisterDelegatedAdministrator',
    asked:
      'let a member account administer a service for the whole org, delegate admin for guardduty or security hub, security tooling account',
    example: 'hand guardduty administration for the org to our security account',
  },
  {
    op: 'organizations:DescribeOrganization',
    asked:
      'which org am i in, management account id, payer account, are all features enabled, master account of the org',
    example: 'which account is the payer for the org we belong to',
  },
  {
    op: 'organizations:ListAccountsForParent',
    asked: 'which accounts sit in this ou, member accounts under a folder, accounts under the root',
    example: 'which accounts are in the prod ou',
  },
];

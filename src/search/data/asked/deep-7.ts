// Data: how people ask for operations (see ../asked.ts), wave 2 deepening of organizations and
// cognito user pools: policies, delegated admins, handshakes; pools, app clients, groups.

import type { AskedEntry } from './types.js';

export const ASKED_DEEP_7: readonly AskedEntry[] = [
  {
    op: 'organizations:ListPolicies',
    asked: 'which scps exist, all service control policies, tag or backup policies in the org',
    example: 'list every service control policy in our org',
  },
  {
    op: 'organizations:DescribePolicy',
    asked: 'content of an scp, what does this guardrail deny, policy document of a control policy',
    example: 'show the json of scp p-abc123',
  },
  {
    op: 'organizations:UpdatePolicy',
    asked: 'edit an scp, change guardrail content, rename a control policy',
    example: 'change scp p-abc123 to also deny leaving the org',
  },
  {
    op: 'organizations:DeletePolicy',
    asked: 'remove an scp, delete unused guardrail policy',
    example: 'delete the unused scp p-abc123',
  },
  {
    op: 'organizations:ListTargetsForPolicy',
    asked:
      'where is this guardrail in force, which accounts does a control policy cover, coverage of a guardrail',
    example: 'which accounts and ous is scp p-abc123 attached to',
  },
  {
    op: 'organizations:DescribeEffectivePolicy',
    asked: 'resulting tag or backup policy for an account, merged inherited policy',
    example: 'what is the effective tag policy for account 111122223333',
  },
  {
    op: 'organizations:EnablePolicyType',
    asked: 'turn on service control policies, enable scps or tag policies at root',
    example: 'enable scps for our organization root',
  },
  {
    op: 'organizations:DisablePolicyType',
    asked: 'turn off scps at root, disable tag policies in the org',
    example: 'turn off backup policies for the org root',
  },
  {
    op: 'organizations:EnableAllFeatures',
    asked: 'move from consolidated billing only to full features, needed before scps',
    example: 'switch our org from billing only to all features',
  },
  {
    op: 'organizations:ListDelegatedAdministrators',
    asked: 'which accounts administer services for the org, delegated admins for guardduty or security hub',
    example: 'which member accounts are delegated admins in our org',
  },
  {
    op: 'organizations:DeregisterDelegatedAdministrator',
    asked: 'stop an account administering a service for the org, take away delegated admin',
    example: 'take delegated admin away from account 111122223333 in our org',
  },
  {
    op: 'organizations:ListAWSServiceAccessForOrganization',
    asked: 'which services have trusted access, integrated services in the org',
    example: 'which services can act across our org via trusted access',
  },
  {
    op: 'organizations:DisableAWSServiceAccess',
    asked: 'revoke trusted access from a service, stop org integration',
    example: 'turn off trusted access for config in our org',
  },
  {
    op: 'organizations:ListHandshakesForOrganization',
    asked: 'pending invitations sent by the org, open account invites',
    example: 'which account invitations from our org are still pending',
  },
  {
    op: 'organizations:ListHandshakesForAccount',
    asked:
      'invitations this account received, pending join requests, has someone invited us to their org, invite waiting for us',
    example: 'does this account have an invite to join an org',
  },
  {
    op: 'organizations:AcceptHandshake',
    asked: 'join an organization, accept the invite from a management account',
    example: 'accept the invitation h-abc123 to join the company org',
  },
  {
    op: 'organizations:DeclineHandshake',
    asked: 'refuse an org invitation, say no to joining',
    example: 'decline invitation h-abc123, we are not joining that org',
  },
  {
    op: 'organizations:CancelHandshake',
    asked: 'withdraw an invitation sent to an account, revoke a pending invite',
    example: 'withdraw the invite we sent to account 111122223333',
  },
  {
    op: 'organizations:LeaveOrganization',
    asked: 'member account exits the org, go standalone, detach from management',
    example: 'make this member account quit the org and stand alone',
  },
  {
    op: 'organizations:DeleteOrganization',
    asked: 'dissolve the org, remove multi account setup, delete empty organization',
    example: 'dissolve our org now that all members left',
  },
  {
    op: 'organizations:PutResourcePolicy',
    asked: 'let a delegated admin read org structure, org resource policy',
    example: 'allow the security account to describe our org structure',
  },
  {
    op: 'organizations:TagResource',
    asked: 'label an account or ou, add cost center tag to account',
    example: 'tag account 111122223333 with team=data',
  },
  {
    op: 'organizations:ListTagsForResource',
    asked: 'tags on a member account or ou, labels of org members',
    example: 'what tags does member account 111122223333 carry in our org',
  },
  {
    op: 'cognito-idp:DescribeUserPool',
    asked: 'settings of a user pool, password policy and mfa of the pool, sign in options',
    example: 'show the password and mfa settings of pool us-east-1_AbC123',
  },
  {
    op: 'cognito-idp:DeleteUserPool',
    asked: 'remove a user directory, delete pool and all its users',
    example: 'delete test pool us-east-1_AbC123 and everyone in it',
  },
  {
    op: 'cognito-idp:DescribeUserPoolClient',
    asked: 'app client settings, callback urls, oauth scopes and token lifetimes of an app',
    example: 'what callback urls and scopes does app client 4abc have',
  },
  {
    op: 'cognito-idp:ListUserPoolClients',
    asked: 'apps registered in a user pool, client ids of the pool',
    example: 'which app clients does pool us-east-1_AbC123 have',
  },
  {
    op: 'cognito-idp:UpdateUserPoolClient',
    asked: 'change callback urls, token lifetime, oauth flows or scopes of an app client',
    example: 'add https://app.example.com/callback to cognito app client 4abc callback urls',
  },
  {
    op: 'cognito-idp:DeleteUserPoolClient',
    asked: 'remove an app from the pool, delete client id',
    example: 'delete app client 4abc from the pool',
  },
  {
    op: 'cognito-idp:DescribeUserPoolDomain',
    asked: 'hosted login domain status, custom sign in domain details',
    example: 'is our custom login domain auth.example.com active',
  },
  {
    op: 'cognito-idp:DeleteUserPoolDomain',
    asked: 'remove hosted login domain, delete custom sign in domain',
    example: 'remove the login domain auth.example.com from the pool',
  },
  {
    op: 'cognito-idp:UpdateUserPoolDomain',
    asked: 'new certificate for custom login domain, change managed login version',
    example: 'swap the acm cert on our cognito custom login domain',
  },
  {
    op: 'cognito-idp:AdminEnableUser',
    asked: 're enable a disabled user, let a blocked person sign in again',
    example: 'let user alice sign in again after we blocked her',
  },
  {
    op: 'cognito-idp:AdminInitiateAuth',
    asked: 'server side sign in, authenticate a user from backend, get tokens with username and password',
    example: 'sign alice in from our backend and get her tokens',
  },
  {
    op: 'cognito-idp:AdminRespondToAuthChallenge',
    asked: 'answer new password required, respond to mfa challenge from backend',
    example: 'answer the new password challenge for alice from the server',
  },
  {
    op: 'cognito-idp:AdminListGroupsForUser',
    asked:
      'which groups is a user in, roles of an app user, groups a person belongs to, memberships of one user, what groups has this user got, is this user an admin group member',
    example: 'which groups does alice belong to in the pool',
  },
  {
    op: 'cognito-idp:AdminRemoveUserFromGroup',
    asked: 'take a user out of a group, remove admin group membership',
    example: 'remove alice from the admins group',
  },
  {
    op: 'cognito-idp:ListUsersInGroup',
    asked: 'members of a pool group, who is an admin in the app',
    example: 'who is in the admins group of the pool',
  },
  {
    op: 'cognito-idp:CreateGroup',
    asked: 'new app user group, admin or premium role group in pool',
    example: 'create a premium group in the pool',
  },
  {
    op: 'cognito-idp:DeleteGroup',
    asked: 'remove a pool group, delete user group',
    example: 'delete the beta-testers group from the pool',
  },
];

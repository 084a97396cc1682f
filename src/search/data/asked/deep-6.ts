// Data: how people ask for operations (see ../asked.ts), wave 2 deepening of iam and
// organizations: identity providers, credentials, tags, boundaries; organization units.

import type { AskedEntry } from './types.js';

export const ASKED_DEEP_6: readonly AskedEntry[] = [
  {
    op: 'iam:DeleteOpenIDConnectProvider',
    asked: 'remove an oidc identity provider, delete github actions trust, remove eks oidc issuer',
    example: 'delete the github actions oidc provider from iam',
  },
  {
    op: 'iam:ListOpenIDConnectProviders',
    asked: 'which oidc providers do we trust, github or eks oidc issuers registered',
    example: 'list the oidc identity providers in this account',
  },
  {
    op: 'iam:GetOpenIDConnectProvider',
    asked: 'client ids and thumbprints of an oidc provider, audience of github trust',
    example: 'what audiences does our token.actions.githubusercontent.com provider allow',
  },
  {
    op: 'iam:AddClientIDToOpenIDConnectProvider',
    asked: 'add an audience to an oidc provider, allow another client id',
    example: 'add audience sts.amazonaws.com to our oidc provider',
  },
  {
    op: 'iam:UpdateOpenIDConnectProviderThumbprint',
    asked: 'rotate oidc certificate thumbprint, provider cert changed',
    example: 'update the certificate fingerprint for our oidc provider',
  },
  {
    op: 'iam:ListSAMLProviders',
    asked: 'which saml identity providers exist, okta or azure ad federation entries',
    example: 'list the saml federation providers in this account',
  },
  {
    op: 'iam:GetSAMLProvider',
    asked: 'saml metadata document of a provider, federation certificate expiry',
    example: 'when does the certificate in our okta saml provider expire',
  },
  {
    op: 'iam:UpdateSAMLProvider',
    asked: 'upload new saml metadata, rotate federation certificate from okta or azure ad',
    example: 'upload the new okta metadata xml to our saml provider',
  },
  {
    op: 'iam:DeleteSAMLProvider',
    asked: 'remove a saml federation provider, stop trusting an old idp',
    example: 'delete the old adfs saml provider',
  },
  {
    op: 'iam:ListServerCertificates',
    asked: 'certificates stored in iam, legacy uploaded ssl certificates for classic elb',
    example: 'which server certificates are stored in iam',
  },
  {
    op: 'iam:DeleteServerCertificate',
    asked: 'remove an expired certificate stored in iam, delete old uploaded tls cert',
    example: 'delete the expired iam server certificate www-2023',
  },
  {
    op: 'iam:ListSSHPublicKeys',
    asked: 'codecommit ssh keys of a user, uploaded ssh keys for git',
    example: 'which ssh public keys does user bob have for codecommit',
  },
  {
    op: 'iam:DeleteSSHPublicKey',
    asked: "remove a user's git ssh key, delete codecommit ssh key",
    example: "delete bob's old codecommit ssh key",
  },
  {
    op: 'iam:CreateServiceSpecificCredential',
    asked: 'git https password for codecommit, keyspaces cassandra credentials, bedrock api key for a user',
    example: 'generate codecommit https git credentials for user bob',
  },
  {
    op: 'iam:ListServiceSpecificCredentials',
    asked: 'which codecommit or keyspaces passwords a user has, service specific logins',
    example: "list bob's codecommit git credentials",
  },
  {
    op: 'iam:DeleteServiceSpecificCredential',
    asked: 'remove git https credentials, revoke keyspaces password',
    example: "delete bob's codecommit https git credentials",
  },
  {
    op: 'iam:DeleteVirtualMFADevice',
    asked: 'remove a lost authenticator app, delete virtual mfa, clean up orphaned mfa',
    example: 'delete the virtual mfa device of departed user bob',
  },
  {
    op: 'iam:ListVirtualMFADevices',
    asked: 'all authenticator apps in the account, unassigned virtual mfa devices',
    example: 'list virtual mfa devices and who they belong to',
  },
  {
    op: 'iam:ResyncMFADevice',
    asked: 'mfa codes rejected, token out of sync, resynchronize authenticator',
    example: "bob's mfa codes keep being rejected, get his token back in sync",
  },
  {
    op: 'iam:DeleteServiceLinkedRole',
    asked:
      'remove a role a service auto created for itself, clean up role after disabling a service, service owned role',
    example: 'remove the iam role that elastic beanstalk auto created for itself',
  },
  {
    op: 'iam:ListAccountAliases',
    asked: 'what is our sign in url alias, friendly account name',
    example: 'what is the alias in our console sign in url',
  },
  {
    op: 'iam:DeleteAccountAlias',
    asked: 'remove the friendly sign in name, delete account alias',
    example: 'remove the custom alias from our console sign in url',
  },
  {
    op: 'iam:DeleteAccountPasswordPolicy',
    asked: 'remove password rules, go back to default password requirements',
    example: 'drop our custom password complexity rules',
  },
  {
    op: 'iam:TagRole',
    asked: 'label a role, add cost center or owner tags to a role',
    example: 'tag role app-server with team=payments',
  },
  {
    op: 'iam:TagUser',
    asked: 'label a person, add department tag to a user, abac attribute on a user',
    example: 'tag user bob with department=finance',
  },
  {
    op: 'iam:ListRoleTags',
    asked: 'labels on a role, owner tag of a role, what tags does a role have, labels on an iam role',
    example: 'what tags does role app-server have',
  },
  {
    op: 'iam:UpdateRoleDescription',
    asked: 'change role description text, explain what a role is for',
    example: 'change the description text on iam role app-server',
  },
  {
    op: 'iam:DeleteRolePermissionsBoundary',
    asked: 'remove permission ceiling from a role, lift max permissions limit',
    example: 'remove the permissions boundary from role dev-role',
  },
  {
    op: 'iam:PutUserPermissionsBoundary',
    asked: 'cap what a person can ever do, maximum permissions for a user, delegated admin guardrail',
    example: 'limit user bob so he can never exceed the developer boundary policy',
  },
  {
    op: 'iam:ListPoliciesGrantingServiceAccess',
    asked: 'which policies allow a service for a user, why can this person use s3',
    example: 'which policies give role app-server access to s3',
  },
  {
    op: 'iam:GetContextKeysForPrincipalPolicy',
    asked: "condition keys used by a principal's policies, which context keys matter when simulating",
    example: "which condition keys appear in role app-server's policies",
  },
  {
    op: 'iam:SetSecurityTokenServicePreferences',
    asked: 'global sts endpoint tokens valid in all regions, version 2 tokens',
    example: 'make global sts endpoint tokens work in all regions',
  },
  {
    op: 'organizations:CreateOrganization',
    asked:
      'start a multi account setup, make this account the management account, new org, turn this account into an org root, enable consolidated billing',
    example: 'turn this account into the management account of a new org',
  },
  {
    op: 'organizations:DescribeCreateAccountStatus',
    asked:
      'did the new member account get created, has the new account request finished, is the vended account ready yet, car request id, still in progress, progress of account vending, why did account creation fail',
    example: 'is the new member account we requested in our org created yet, request car-0abc',
  },
  {
    op: 'organizations:ListRoots',
    asked: 'root of the org, top level container id, policy types enabled at root',
    example: 'what is the root id of our org',
  },
  {
    op: 'organizations:ListChildren',
    asked: 'what is inside an ou, accounts and sub units under a folder, directly under',
    example: 'which accounts and ous sit directly under ou-ab12-prod in our org',
  },
  {
    op: 'organizations:ListOrganizationalUnitsForParent',
    asked:
      'sub folders of an ou, nested units under the root, which ous exist under the root, child ous of an organizational unit, organization structure one level down',
    example: 'list the ous directly under our root',
  },
  {
    op: 'organizations:ListParents',
    asked: 'which ou is an account in, parent folder of an account',
    example: 'which ou does account 111122223333 live in',
  },
  {
    op: 'organizations:DescribeOrganizationalUnit',
    asked: 'name and arn of an ou, details of an org folder',
    example: 'what is the name of org folder ou-ab12-prod',
  },
  {
    op: 'organizations:DeleteOrganizationalUnit',
    asked: 'remove an empty ou, delete org folder',
    example: 'delete the empty ou ou-ab12-sandbox from our org',
  },
  {
    op: 'organizations:UpdateOrganizationalUnit',
    asked: 'rename an ou, change folder name in org',
    example: 'rename the ou ou-ab12-dev in our org to development',
  },
];

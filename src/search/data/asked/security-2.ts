// Data: how people ask for operations (see ../asked.ts), security services: iam keys, passwords,
// two-factor, audits and federation, and sts.

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY_2: readonly AskedEntry[] = [
  {
    op: 'iam:ListAttachedRolePolicies',
    asked:
      'what permissions does this assumable identity have, which managed permissions are on the execution role, what can this service identity do, show granted access, managed policies on a role, what permissions does a role have, what can the task role or execution role do, managed policies that hang off a role',
    example: 'which managed policies does the lambda-exec role carry',
  },
  {
    op: 'iam:ListAttachedUserPolicies',
    asked:
      'what permissions does this person have, what can a colleague do, which managed permissions were granted to someone directly, show access of a colleague',
    example: 'which managed policies sit directly on bob',
  },
  {
    op: 'iam:ListEntitiesForPolicy',
    asked:
      'who has this permission, who has been granted it, which users groups and roles is it attached to, who uses it, blast radius before editing, holders of a managed policy, who is using this policy, which roles users and groups use a managed policy, where is the policy attached',
    example: 'who holds the AdministratorAccess managed policy',
  },
  {
    op: 'iam:PutRolePolicy',
    asked:
      'embed permissions directly in one assumable identity, inline json, one-off permissions only for this role, write a statement into a service identity, inline statement on a role, embed a custom json permission in a role, allow one action inline on a role',
    example: 'embed a small json statement in ingest-role allowing sqs:SendMessage',
  },
  {
    op: 'iam:PutUserPolicy',
    asked:
      'embed permissions in one person, inline json for a single colleague, one-off statement just for someone, not reusable',
    example: 'write an inline permission just for user alice to read billing data',
  },
  {
    op: 'iam:GetRolePolicy',
    asked:
      'read the inline json of an assumable identity, what does the embedded permission say, show statements written into a service identity',
    example: 'show the embedded json called s3-write on ingest-role',
  },
  {
    op: 'iam:PutRolePermissionsBoundary',
    asked:
      'cap the maximum permissions, guardrail, limit what a role can ever do, ceiling on access, safe delegation, prevent privilege escalation by developers',
    example: 'cap the highest rights any role created by developers can get',
  },
  {
    op: 'iam:SimulatePrincipalPolicy',
    asked:
      'am i allowed to, can this person do it, test permissions, why access denied, would this be allowed, dry run of permissions, check whether someone can, policy simulator, effective access, would the policies of a user or role allow an action',
    example: 'would alice be allowed to delete objects in the logs bucket',
  },
  {
    op: 'iam:SimulateCustomPolicy',
    asked:
      'test a draft json before attaching it, try out permissions on paper, would this document allow an action, evaluate statements offline, validate what a policy permits, dry-run, before applying',
    example: 'dry-run this policy document against ec2:StartInstances before I apply it',
  },
  {
    op: 'iam:CreateAccessKey',
    asked:
      'programmatic credentials, cli credentials, api keys, key id and secret for a script, keys for ci, credentials for terraform, aws_access_key_id, rotate keys by issuing a fresh pair',
    example: 'generate cli credentials for the ci-bot user',
  },
  {
    op: 'iam:DeleteAccessKey',
    asked:
      'remove leaked keys, revoke an exposed key, destroy old keys after rotation, compromised secret key, pushed credentials to github, get rid of a key for good, kill the credentials',
    example: 'AKIAIOSFODNN7EXAMPLE leaked in a public repo, get rid of it',
  },
  {
    op: 'iam:UpdateAccessKey',
    asked:
      'disable a key, deactivate, mark inactive, turn off a key temporarily, stop a key from working but keep it, reactivate a key, suspend credentials without removing them, deactivate a compromised key but keep it around, disable a leaked or exposed key so it stops working, make a key inactive, reactivate a key',
    example: 'set key AKIAIOSFODNN7EXAMPLE inactive while we investigate',
  },
  {
    op: 'iam:ListAccessKeys',
    asked:
      'which keys does a person have, key ids, how many keys, show api credentials of someone, age of keys, active or inactive status, does a user have more than one active key, how many keys does a user have, keys of a user and whether each is active',
    example: 'what api keys does bob have and are they active',
  },
  {
    op: 'iam:GetAccessKeyLastUsed',
    asked:
      'when was this key used, stale keys, last used date, which service did it call, unused credentials, region last used, is this key still in use, has the key done anything recently, any recent activity of an access key',
    example: 'has AKIAIOSFODNN7EXAMPLE been touched in the last 90 days',
  },
  {
    op: 'iam:CreateLoginProfile',
    asked:
      'console access, set a password, let someone sign in to the web console, enable console sign-in, initial password, require reset at first sign in',
    example: 'contractor jsmith needs a console password for the web ui',
  },
  {
    op: 'iam:UpdateLoginProfile',
    asked:
      "reset someone's password, forgot password, admin resets a console password, force a change at next sign in, locked out colleague, reset the console password of a user, make them pick a new password at next sign in",
    example: 'bob forgot his console password, set a fresh one for him',
  },
  {
    op: 'iam:DeleteLoginProfile',
    asked:
      'remove console access, disable web sign-in, keep only api keys, take away the password, no more console',
    example: 'bob should only use the cli from now on, no console',
  },
  {
    op: 'iam:ChangePassword',
    asked:
      'update my own password as the caller, rotate my own sign-in password, self-service password update, old and new password',
    example: 'update the password of the iam user I am signed in as',
  },
  {
    op: 'iam:CreateVirtualMFADevice',
    asked:
      'authenticator app, qr code seed, google authenticator, software token, totp secret, phone-based two-factor',
    example: 'provision a software totp token to scan with a phone',
  },
  {
    op: 'iam:EnableMFADevice',
    asked:
      'turn on two-factor for a person, 2fa, pair a hardware token, two consecutive codes, associate an authenticator, second factor for sign in',
    example: "activate alice's mfa with the two codes she read off the app",
  },
  {
    op: 'iam:ListMFADevices',
    asked:
      'does this person have two-factor, who lacks 2fa, check 2fa is set up, tokens of someone, which authenticators are paired',
    example: 'is mfa configured for bob',
  },
  {
    op: 'iam:DeactivateMFADevice',
    asked:
      'turn off 2fa, lost phone, unpair authenticator, disable two-factor, got a new phone, remove second factor',
    example: 'alice got a replacement phone, unregister her old mfa',
  },
  {
    op: 'iam:UpdateAccountPasswordPolicy',
    asked:
      'password rules, complexity, minimum length, require symbols and numbers, expire every 90 days, prevent reuse, password strength requirements, character passwords for all console users, long passwords for every user in the account',
    example: 'enforce a 14 character minimum and 90 day max age for iam passwords',
  },
  {
    op: 'iam:GetAccountPasswordPolicy',
    asked:
      'what are the password rules, current complexity requirements, how long must passwords be, do passwords expire, check strength settings',
    example: "what's the minimum length and expiry rule for console passwords here",
  },
  {
    op: 'iam:GenerateCredentialReport',
    asked:
      "start building a csv of everyone's keys and passwords, kick off a credentials audit, compliance report, refresh the report",
    example: 'produce a new iam credentials csv for the auditors',
  },
  {
    op: 'iam:GetCredentialReport',
    asked:
      "download the csv, read the audit of everyone's credentials, see who has no mfa, stale passwords, key ages, password last changed, when did each user last log in, last sign in of every user",
    example: 'fetch the iam credentials csv now that it is ready',
  },
  {
    op: 'iam:CreateAccountAlias',
    asked:
      'friendly name for the sign-in url, console login link, nickname instead of the account number, vanity url, signin url, account id in the url',
    example: 'I want acme-prod.signin.aws.amazon.com instead of the account id in the url',
  },
  {
    op: 'iam:CreateInstanceProfile',
    asked:
      'wrapper that lets an ec2 server carry a role, container for server permissions, so a virtual machine gets credentials without keys, holds a role for ec2, instance needs a role',
    example: 'ec2 cannot take a role directly, what holds it',
  },
  {
    op: 'iam:AddRoleToInstanceProfile',
    asked:
      'put a role inside the ec2 wrapper, link role to server wrapper, give a virtual machine its permissions, fill an empty profile',
    example: 'link the web-app role to the web-servers instance profile',
  },
  {
    op: 'iam:CreateServiceLinkedRole',
    asked:
      'predefined role owned by a service, service needs permission to manage things for you, missing service role error, autoscaling or opensearch needs its role, acts on my behalf, AWSServiceRoleFor, service role for a service',
    example: 'the role a service needs to act for us is missing, make it',
  },
  {
    op: 'iam:GenerateServiceLastAccessedDetails',
    asked:
      'find unused permissions, least privilege, which services has this role actually used, trim permissions, right-size access, access advisor, start the analysis, never used services, analysis',
    example: 'kick off an analysis of which services the deploy role never used',
  },
  {
    op: 'iam:GetServiceLastAccessedDetails',
    asked:
      'read the access advisor results, last used timestamp per service, which services has a role or user actually used, fetch the finished job, which services were never touched',
    example: 'retrieve the output of last-accessed job 1234',
  },
  {
    op: 'iam:GetAccountAuthorizationDetails',
    asked:
      'dump everything, full snapshot of all users groups roles and permissions, export for an audit, backup of the identity configuration, everything in one call',
    example: 'dump all iam configuration into one json for the audit',
  },
  {
    op: 'iam:CreateOpenIDConnectProvider',
    asked:
      'github actions without keys, trust an oidc issuer, eks service accounts, federate with google, keyless ci, token.actions.githubusercontent.com, identity provider',
    example: 'trust token.actions.githubusercontent.com so workflows can deploy',
  },
  {
    op: 'iam:CreateSAMLProvider',
    asked:
      'single sign-on with okta, azure ad, entra, adfs, federate a corporate directory, upload idp metadata xml, sso login with company credentials',
    example: 'hook up okta so staff log in with their corporate credentials',
  },
  {
    op: 'iam:UploadServerCertificate',
    asked:
      'store an ssl certificate in iam, https cert for a classic load balancer, tls certificate with private key and chain, third-party cert upload',
    example: 'put a pem certificate and key into iam for a classic elb',
  },
  {
    op: 'iam:GetAccountSummary',
    asked:
      'number of iam users and roles, iam entity quotas and usage, is root mfa enabled, counts of identities, iam limits, how many roles users and policies exist against the quota, iam entity counts and limits',
    example: 'how many iam roles do we have versus the quota',
  },
  {
    op: 'iam:UploadSSHPublicKey',
    asked: 'codecommit git over ssh, add an ssh key for git, id_rsa.pub, push code with ssh',
    example: 'register my ssh key with iam for codecommit',
  },
  {
    op: 'sts:AssumeRole',
    asked:
      'switch role, temporary credentials, cross-account access, act as another identity, borrow permissions, session as admin, become a role, short-lived keys, temporary credentials for a role arn, switch into the admin role of another account, creds for arn:aws:iam::account:role/name',
    example: 'switch into the admin role of account 111122223333 from the cli',
  },
  {
    op: 'sts:AssumeRoleWithWebIdentity',
    asked:
      'exchange an oidc token for credentials, github actions token, eks pod identity, google sign in token, jwt, trade an id token for keys, irsa, pods on kubernetes',
    example: 'exchange a kubernetes service account token for aws credentials',
  },
  {
    op: 'sts:AssumeRoleWithSAML',
    asked:
      'exchange a saml assertion from okta or adfs for credentials, federated login for the cli, corporate single sign-on to keys',
    example: 'get aws keys from an adfs login response',
  },
  {
    op: 'sts:GetCallerIdentity',
    asked:
      'who am i, which account am i in, whoami, which identity are these credentials, check credentials work, current arn, account number of my session, what arn am i running as, which identity is this code using, which role is my lambda or container running under',
    example: 'which account are my current credentials for',
  },
  {
    op: 'sts:DecodeAuthorizationMessage',
    asked:
      'encoded failure message, access denied gibberish, decode an error, why was i denied, UnauthorizedOperation, readable reason for a denial, what the encoded failure message says, decode the long access denied text, readable reason behind an encoded error',
    example: 'make the encoded denial from an ec2 call readable',
  },
  {
    op: 'sts:GetSessionToken',
    asked:
      'mfa-protected cli session, temporary credentials with a 2fa code, session for actions that require mfa, short-lived keys for myself, mfa session, session from an mfa device serial and a one-time code',
    example: 'my cli calls need mfa, get a session using my token code',
  },
  {
    op: 'sts:GetAccessKeyInfo',
    asked:
      'which account does this key belong to, whose key is AKIA, found a key in logs, owner account of a key id, who owns a key, key id found somewhere, a key leaked on github or in a public repo, what account is a leaked key from',
    example: 'found AKIAI44QH8DHBEXAMPLE in a log, who owns it',
  },
];

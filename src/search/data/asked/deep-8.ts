// Data: how people ask for operations (see ../asked.ts), wave 2 deepening of cognito user
// pools (users signed in, mfa, devices, import, federation) and auto scaling groups.

import type { AskedEntry } from './types.js';

export const ASKED_DEEP_8: readonly AskedEntry[] = [
  {
    op: 'cognito-idp:GetUser',
    asked: 'profile of the signed in user from access token, current user attributes',
    example: "read the current user's attributes using their access token",
  },
  {
    op: 'cognito-idp:UpdateUserAttributes',
    asked: 'user edits own profile, change own email or phone with access token',
    example: 'let the signed in user change their own phone number',
  },
  {
    op: 'cognito-idp:DeleteUser',
    asked: 'user deletes own account, self service account removal',
    example: 'let a signed in user delete their own account from the app',
  },
  {
    op: 'cognito-idp:ChangePassword',
    asked: 'user changes own password while signed in, old and new password',
    example: 'let alice change her password from the settings page',
  },
  {
    op: 'cognito-idp:GlobalSignOut',
    asked: 'user signs self out everywhere with own access token, end all own sessions, log out all devices',
    example: 'sign the current cognito user out of every device using their own token',
  },
  {
    op: 'cognito-idp:RevokeToken',
    asked: 'invalidate a refresh token, revoke refresh token on logout',
    example: 'revoke this refresh token when the user logs out',
  },
  {
    op: 'cognito-idp:AssociateSoftwareToken',
    asked: 'set up authenticator app, totp secret for mfa enrollment, qr code for google authenticator',
    example: 'start totp setup so alice can scan a qr code in her authenticator app',
  },
  {
    op: 'cognito-idp:VerifySoftwareToken',
    asked: 'confirm authenticator app code, finish totp enrollment',
    example: 'check the 6 digit totp code alice typed to finish mfa setup',
  },
  {
    op: 'cognito-idp:SetUserMFAPreference',
    asked: 'signed in user picks sms or totp mfa, preferred mfa for own account',
    example: 'let the signed in cognito user pick the authenticator app as their preferred mfa',
  },
  {
    op: 'cognito-idp:AdminSetUserMFAPreference',
    asked: 'admin sets mfa method for a user, force totp for someone',
    example: 'set totp as the preferred mfa for user alice as an admin',
  },
  {
    op: 'cognito-idp:GetUserPoolMfaConfig',
    asked: 'is mfa required in the pool, optional or off, allowed second factors',
    example: 'is mfa optional or required for pool us-east-1_AbC123',
  },
  {
    op: 'cognito-idp:VerifyUserAttribute',
    asked: 'confirm email or phone with code, verify new email address',
    example: "confirm alice's new email in cognito with the code she got",
  },
  {
    op: 'cognito-idp:GetUserAttributeVerificationCode',
    asked: 'send email or phone confirmation code again, resend verification for attribute',
    example: 'have cognito send the signed in user a code to verify the new phone number',
  },
  {
    op: 'cognito-idp:AdminListDevices',
    asked: 'remembered devices of a user, trusted browsers',
    example: "which devices has alice's account remembered",
  },
  {
    op: 'cognito-idp:AdminForgetDevice',
    asked: 'forget a remembered device for a user, untrust a lost phone',
    example: "forget alice's lost phone as a remembered device",
  },
  {
    op: 'cognito-idp:AdminListUserAuthEvents',
    asked: 'sign in history of a user, risky login events, failed logins, risk scores',
    example: 'show cognito sign in history and risk scores for user alice',
  },
  {
    op: 'cognito-idp:SetRiskConfiguration',
    asked: 'compromised credentials detection, block risky sign ins, adaptive authentication',
    example: 'block sign ins that cognito rates high risk',
  },
  {
    op: 'cognito-idp:AddCustomAttributes',
    asked:
      'add a custom field to user profiles, new custom attribute like tenant id, extra field on every user profile, custom attribute like department or plan, new user attribute',
    example: 'add a custom:tenant_id attribute to our users',
  },
  {
    op: 'cognito-idp:AdminDeleteUserAttributes',
    asked: 'remove attributes from a user as admin, clear a profile field',
    example: 'remove the custom:nickname attribute from user alice',
  },
  {
    op: 'cognito-idp:StartUserImportJob',
    asked: 'bulk import users from csv, migrate users into the pool',
    example: 'start the csv import of our 50k legacy users',
  },
  {
    op: 'cognito-idp:GetCSVHeader',
    asked: 'csv template for user import, columns needed for bulk import',
    example: 'what columns does the user import csv need',
  },
  {
    op: 'cognito-idp:DescribeUserImportJob',
    asked: 'progress of user import, how many users imported or failed',
    example: 'how far along is user import job import-abc',
  },
  {
    op: 'cognito-idp:CreateResourceServer',
    asked: 'custom oauth scopes for an api, machine to machine scopes',
    example: 'define oauth scopes read and write for our orders api',
  },
  {
    op: 'cognito-idp:ListIdentityProviders',
    asked: 'social and saml logins configured, google facebook okta federation list',
    example: 'which external login providers does the pool use',
  },
  {
    op: 'cognito-idp:UpdateIdentityProvider',
    asked: 'change google client secret, update saml metadata for federation login',
    example: 'update the saml metadata url of the okta login provider',
  },
  {
    op: 'cognito-idp:DeleteIdentityProvider',
    asked: 'remove social login, drop facebook sign in',
    example: 'remove facebook sign in from our pool',
  },
  {
    op: 'cognito-idp:AdminLinkProviderForUser',
    asked: 'link a google login to an existing user, merge federated and native accounts',
    example: "link alice's google login to her existing username account",
  },
  {
    op: 'cognito-idp:SetUICustomization',
    asked: 'brand the hosted login page, logo and css for sign in',
    example: 'put our logo and colors on the hosted sign in page',
  },
  {
    op: 'cognito-idp:SetLogDeliveryConfiguration',
    asked:
      'export user pool activity logs, send auth logs to cloudwatch or s3, sign in error logs, cognito logs to cloudwatch',
    example: 'send cognito sign in error logs to cloudwatch',
  },
  {
    op: 'autoscaling:AttachInstances',
    asked: 'add existing servers to a group, put a running machine into the asg',
    example: 'add running instance i-0abc to asg web',
  },
  {
    op: 'autoscaling:DetachInstances',
    asked: 'take a server out of the group without killing it, remove machine from asg for debugging',
    example: 'pull i-0abc out of asg web so we can debug it',
  },
  {
    op: 'autoscaling:ExitStandby',
    asked: 'put a standby server back in service, return machine to the group',
    example: 'bring i-0abc back from standby in asg web',
  },
  {
    op: 'autoscaling:SetInstanceHealth',
    asked: 'mark a server unhealthy so it gets replaced, force replacement of a bad node',
    example: 'mark i-0abc unhealthy in asg web so it is replaced',
  },
  {
    op: 'autoscaling:ExecutePolicy',
    asked: 'run a scaling policy manually, trigger a scale out now',
    example: 'trigger the scale out policy on asg web right now',
  },
  {
    op: 'autoscaling:DeletePolicy',
    asked: 'remove a scaling rule, delete target tracking policy',
    example: 'delete the cpu target tracking policy on asg web',
  },
  {
    op: 'autoscaling:DescribeScheduledActions',
    asked: 'list scheduled scaling, planned capacity changes, cron scaling',
    example: 'what scheduled capacity changes does asg web have',
  },
  {
    op: 'autoscaling:DeleteScheduledAction',
    asked: 'remove a scheduled scaling, stop nightly scale down',
    example: 'remove the nightly scale in schedule from asg web',
  },
  {
    op: 'autoscaling:DescribeLifecycleHooks',
    asked: 'hooks on launch or terminate, list lifecycle hooks of a group',
    example: 'which launch and terminate hooks does asg web have',
  },
  {
    op: 'autoscaling:DeleteLifecycleHook',
    asked: 'remove launch or terminate hook, stop pausing on termination',
    example: 'remove the drain hook from asg web',
  },
  {
    op: 'autoscaling:RecordLifecycleActionHeartbeat',
    asked: 'extend hook timeout, keep server in wait state longer, more time to drain',
    example: 'give i-0abc more time in the terminating wait state',
  },
  {
    op: 'autoscaling:DescribeWarmPool',
    asked: 'pre initialized servers, stopped instances ready to go, warm pool size',
    example: 'how many pre initialized machines are waiting in asg web',
  },
  {
    op: 'autoscaling:DeleteWarmPool',
    asked: 'remove pre initialized servers, stop keeping stopped spares',
    example: 'remove the stopped spare instances kept for asg web',
  },
];

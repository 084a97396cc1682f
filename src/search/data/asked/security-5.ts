// Data: how people ask for operations (see ../asked.ts), security services: cognito sign-in for
// app customers (user pools and identity pools).

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY_5: readonly AskedEntry[] = [
  {
    op: 'cognito-idp:CreateUserPool',
    asked:
      'customer login for my web or mobile app, sign-up and sign-in for app users, authentication backend, directory of customers, auth0 alternative',
    example: 'add customer sign-up and sign-in to my mobile app',
  },
  {
    op: 'cognito-idp:CreateUserPoolClient',
    asked:
      'register my frontend or backend app so it can log customers in, client id and client secret, oauth app, allowed callback urls, spa client',
    example: 'register my react frontend so it can log customers in with a client id',
  },
  {
    op: 'cognito-idp:CreateUserPoolDomain',
    asked:
      'hosted login page address, auth subdomain, custom domain for the sign-in screen, managed login url, oauth endpoints',
    example: 'put our hosted customer login page at auth.example.com',
  },
  {
    op: 'cognito-idp:SignUp',
    asked:
      'customer registers themselves, self-service registration, create an app account with email and password, join the app',
    example: 'let a visitor register on our app with email and password',
  },
  {
    op: 'cognito-idp:ConfirmSignUp',
    asked:
      'customer enters the emailed code, verify a registration, activate an app account with the verification code',
    example: 'the customer typed the 6 digit code from the welcome email, activate their app account',
  },
  {
    op: 'cognito-idp:AdminConfirmSignUp',
    asked:
      'approve a registration as an admin without a code, skip email verification for a customer, manually activate an app account',
    example: 'manually approve a customer registration without the emailed code',
  },
  {
    op: 'cognito-idp:ResendConfirmationCode',
    asked: 'customer never got the verification email, send the code again, lost registration code',
    example: 'a customer never got the verification email, send the code again',
  },
  {
    op: 'cognito-idp:InitiateAuth',
    asked:
      'log a customer in from the app, exchange username and password for tokens, refresh tokens, jwt for my app, srp login',
    example: 'sign a customer in from my app and get back jwt tokens',
  },
  {
    op: 'cognito-idp:RespondToAuthChallenge',
    asked:
      'answer the mfa code prompt during customer login, new password required on first login, continue sign-in after a challenge',
    example: 'customer login is stuck on the mfa prompt, pass the code along to finish signing in',
  },
  {
    op: 'cognito-idp:ForgotPassword',
    asked:
      'customer forgot their password, send a reset code by email or sms, start password recovery for an app account',
    example: 'a customer of my app cannot remember their password, email them a reset code',
  },
  {
    op: 'cognito-idp:ConfirmForgotPassword',
    asked:
      'customer submits the reset code with a fresh password, finish password recovery, complete a reset',
    example: 'finish the reset: customer entered the emailed code and a fresh password',
  },
  {
    op: 'cognito-idp:AdminCreateUser',
    asked:
      'invite a customer by email, add an app account as admin, temporary password sent by email, pre-register an end user',
    example: 'invite jane@example.com to our app with a temporary password',
  },
  {
    op: 'cognito-idp:AdminDeleteUser',
    asked:
      'remove a customer account from the app, erase an end user, gdpr deletion request, close a customer login',
    example: 'erase the app account of a customer who asked for gdpr deletion',
  },
  {
    op: 'cognito-idp:AdminDisableUser',
    asked:
      'block a customer from logging in, suspend an app account, ban an end user, lock out an abusive user',
    example: 'ban the abusive customer bob@example.com from logging into our app',
  },
  {
    op: 'cognito-idp:AdminGetUser',
    asked:
      'look up a customer account, is this app user confirmed, email verified, status of an end user, attributes of a customer',
    example: 'is customer jane@example.com confirmed and is her email verified',
  },
  {
    op: 'cognito-idp:ListUsers',
    asked:
      'all customers signed up to the app, search end users by email, how many app accounts, export customers, filter by attribute',
    example: 'which customers have signed up to our app so far',
  },
  {
    op: 'cognito-idp:AdminSetUserPassword',
    asked:
      'set a customer password directly as admin, permanent password for an app account, bypass forced password change',
    example: 'set a permanent password for app customer bob so he is not forced to change it',
  },
  {
    op: 'cognito-idp:AdminResetUserPassword',
    asked:
      'force a customer to choose a new password, invalidate their current password, send a reset code as admin',
    example: 'force app customer bob to choose another password, invalidating the current one',
  },
  {
    op: 'cognito-idp:AdminAddUserToGroup',
    asked:
      'put a customer into a role group such as premium or admins, app-level roles, tier membership for an end user',
    example: 'put app customer jane into the premium tier',
  },
  {
    op: 'cognito-idp:AdminUpdateUserAttributes',
    asked:
      "change a customer's email or phone, edit profile fields of an end user, custom attribute value, mark email as verified",
    example: "change app customer bob's phone number and mark his email verified",
  },
  {
    op: 'cognito-idp:AdminUserGlobalSignOut',
    asked:
      'log a customer out everywhere, kill all sessions of an end user, invalidate refresh tokens after compromise',
    example: 'sign customer bob out of every device right now',
  },
  {
    op: 'cognito-idp:SetUserPoolMfaConfig',
    asked:
      'require two-factor for app customers, sms or authenticator codes for customer login, passkeys, optional or mandatory 2fa',
    example: 'require two-factor with authenticator apps for all our app customers',
  },
  {
    op: 'cognito-idp:CreateIdentityProvider',
    asked:
      'sign in with google, facebook, apple or an enterprise saml idp for app customers, social login, federated customer login',
    example: 'let our app customers sign in with google',
  },
  {
    op: 'cognito-idp:UpdateUserPool',
    asked:
      'customer password rules, lambda triggers such as pre sign-up, email sender settings, change how the customer directory behaves',
    example: 'hook a pre sign-up lambda into the customer directory settings',
  },
  {
    op: 'cognito-idp:CreateUserImportJob',
    asked: 'migrate customers from another system via csv, bulk load app accounts, move users from auth0',
    example: 'bulk load 50000 customers from a csv exported from auth0',
  },
  {
    op: 'cognito-identity:CreateIdentityPool',
    asked:
      'give app users temporary aws credentials, guest access for unauthenticated visitors, federated identities, let a mobile app upload to s3 directly',
    example: 'let visitors of my mobile app upload photos straight to s3 with temporary credentials',
  },
  {
    op: 'cognito-identity:GetCredentialsForIdentity',
    asked:
      'exchange an app login token for temporary aws keys, credentials for a mobile device, sts keys for an end user',
    example: 'swap a signed-in customer token for temporary aws credentials on the mobile device',
  },
  {
    op: 'cognito-identity:SetIdentityPoolRoles',
    asked:
      'which role signed-in and guest app users get, authenticated and unauthenticated roles, role mapping rules',
    example: 'signed-in app visitors should get the uploader role and guests the read-only role',
  },
];

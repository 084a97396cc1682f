// Data: how people ask for operations (see ../asked.ts), security services: cognito sign-in for
// app customers (user pools and identity pools).

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY_5: readonly AskedEntry[] = [
  {
    op: 'cognito-idp:CreateUserPool',
    asked:
      'customer login for my web or mobile app, sign-up and sign-in for app users, authentication backend, directory of customers, auth0 alternative, sign in with an email address or phone number instead of a username, email as the username',
    example: 'set up cognito so shoppers can register and authenticate on our storefront',
  },
  {
    op: 'cognito-idp:CreateUserPoolClient',
    asked:
      'register my frontend or backend app so it can log customers in, client id and client secret, oauth app, allowed callback urls, spa client, client id for an ios or android app',
    example: 'register our ios app with cognito so it has a client id',
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
      'customer enters the emailed code, verify a registration, activate an app account with the verification code, finish registration with the mailed code',
    example: 'a new member typed in the code we mailed, finish their cognito registration',
  },
  {
    op: 'cognito-idp:AdminConfirmSignUp',
    asked:
      'approve a registration as an admin without a code, skip email verification for a customer, manually activate an app account',
    example: 'mark a pending cognito registration as confirmed from the backend',
  },
  {
    op: 'cognito-idp:ResendConfirmationCode',
    asked:
      'customer never got the verification email, send the code again, lost registration code, code expired, another code',
    example: 'the welcome code expired before the shopper used it, mail another',
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
      'answer the mfa code prompt during customer login, new password required on first login, continue sign-in after a challenge, NEW_PASSWORD_REQUIRED, SMS_MFA, answer the challenge',
    example: 'cognito sign-in returned a NEW_PASSWORD_REQUIRED challenge, reply with the new password',
  },
  {
    op: 'cognito-idp:ForgotPassword',
    asked:
      'customer forgot their password, send a reset code by email or sms, start password recovery for an app account',
    example: 'shopper cannot remember her password, trigger the cognito recovery code',
  },
  {
    op: 'cognito-idp:ConfirmForgotPassword',
    asked:
      'customer submits the reset code with a fresh password, finish password recovery, complete a reset',
    example: 'shopper got the cognito recovery code, set her chosen password',
  },
  {
    op: 'cognito-idp:AdminCreateUser',
    asked:
      'invite a customer by email, add an app account as admin, temporary password sent by email, pre-register an end user, make an account for someone in the user pool, create a person an account on their behalf, onboard a new staff member, add a new person with a temporary password',
    example: 'invite jane@example.com to our app with a temporary password',
  },
  {
    op: 'cognito-idp:AdminDeleteUser',
    asked:
      'remove a customer account from the app, erase an end user, gdpr deletion request, close a customer login, wipe a profile',
    example: 'a shopper asked us to wipe their cognito profile',
  },
  {
    op: 'cognito-idp:AdminDisableUser',
    asked:
      'block a customer from logging in, suspend an app account, ban an end user, lock out an abusive user, keep their data, stop a customer from signing in, cut off the access of an app user without deleting them',
    example: 'suspend shopper bob@example.com in cognito but keep his data',
  },
  {
    op: 'cognito-idp:AdminGetUser',
    asked:
      'look up a customer account, is this app user confirmed, email verified, status of an end user, attributes of a customer, why is a user unable to log in, is the account enabled or disabled, is the user locked or in force change password',
    example: 'is customer jane@example.com confirmed and is her email verified',
  },
  {
    op: 'cognito-idp:ListUsers',
    asked:
      'all customers signed up to the app, search end users by email, how many app accounts, export customers, filter by attribute, dump all users with their email, every user of a pool',
    example: 'which customers have signed up to our app so far',
  },
  {
    op: 'cognito-idp:AdminSetUserPassword',
    asked:
      'set a customer password directly as admin, permanent password for an app account, bypass forced password change',
    example: 'as admin, put a fixed password on cognito user bob',
  },
  {
    op: 'cognito-idp:AdminResetUserPassword',
    asked:
      'force a customer to choose a new password, invalidate their current password, send a reset code as admin, pick a different password next time',
    example: 'cognito user bob must choose another password when he next signs in',
  },
  {
    op: 'cognito-idp:AdminAddUserToGroup',
    asked:
      'put a customer into a role group such as premium or admins, app-level roles, tier membership for an end user',
    example: 'jane in our cognito pool should be in the premium group',
  },
  {
    op: 'cognito-idp:AdminUpdateUserAttributes',
    asked:
      "change a customer's email or phone, edit profile fields of an end user, custom attribute value, mark email as verified, set email_verified without sending a code",
    example: "fix the phone number on cognito user bob's profile",
  },
  {
    op: 'cognito-idp:AdminUserGlobalSignOut',
    asked:
      'log a customer out everywhere, kill all sessions of an end user, invalidate refresh tokens after compromise, kick someone off, force them to log in again, boot a user from the app, sign someone out of every device they are logged into, is the user still logged in somewhere',
    example: 'sign customer bob out of every device right now',
  },
  {
    op: 'cognito-idp:SetUserPoolMfaConfig',
    asked:
      'require two-factor for app customers, sms or authenticator codes for customer login, passkeys, optional or mandatory 2fa, totp, mandatory for everyone',
    example: 'require totp for everyone in our cognito pool',
  },
  {
    op: 'cognito-idp:CreateIdentityProvider',
    asked:
      'sign in with google, facebook, apple or an enterprise saml idp for app customers, social login, federated customer login, log in with google or facebook, social sign in on a user pool',
    example: 'let our app customers sign in with google',
  },
  {
    op: 'cognito-idp:UpdateUserPool',
    asked:
      'customer password rules, lambda triggers such as pre sign-up, email sender settings, change how the customer directory behaves, account recovery by sms or email, password resets by text message, which attributes get auto-verified at sign-up, wording of the verification message, send cognito emails through our own ses address, from address of cognito emails',
    example: 'attach a pre-signup trigger function to our cognito pool',
  },
  {
    op: 'cognito-idp:CreateUserImportJob',
    asked: 'migrate customers from another system via csv, bulk load app accounts, move users from auth0',
    example: 'move 50k accounts from auth0 into cognito with a csv',
  },
  {
    op: 'cognito-identity:CreateIdentityPool',
    asked:
      'give app users temporary aws credentials, guest access for unauthenticated visitors, federated identities, let a mobile app upload to s3 directly, browser or mobile visitors get scoped keys',
    example: 'anonymous visitors of our web page need limited aws credentials via cognito',
  },
  {
    op: 'cognito-identity:GetCredentialsForIdentity',
    asked:
      'exchange an app login token for temporary aws keys, credentials for a mobile device, sts keys for an end user, guest or unauthenticated users get temporary aws credentials, app users access aws directly',
    example: 'turn a cognito identity id into temporary aws keys on the phone',
  },
  {
    op: 'cognito-identity:SetIdentityPoolRoles',
    asked:
      'which role signed-in and guest app users get, authenticated and unauthenticated roles, role mapping rules, map authenticated visitors and guests to roles',
    example: 'map authenticated visitors to the uploader role and guests to read-only',
  },
];

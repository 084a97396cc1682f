// Data: everyday phrases of business-application, messaging and front-end work (see
// concepts.ts), round 10 of the apps group: signing mail with the domain (DKIM), signing a user
// out of every device, the Q in Connect assistant, app users who never log in (Cognito identity
// pools), apps streamed to a browser (AppStream), calls waiting in a contact-center queue.

import type { Concept } from './concepts.js';

export const R10_APPS_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'domain signature',
      'domain signatures',
      'sign our mail',
      'sign our email',
      'sign outgoing mail',
      'sign outgoing email',
      'signing our mail',
      'email signing',
      'mail signing',
    ],
    terms: 'dkim',
    services: ['sesv2', 'ses'],
    why: 'mail signed with the sending domain, so receivers trust it, is DKIM signing of an SES identity',
    example: [
      'sign outgoing mail from shop.example.com with our domain',
      'sesv2:PutEmailIdentityDkimAttributes',
    ],
  },
  {
    phrases: [
      'off every device',
      'off all devices',
      'off all his devices',
      'off all her devices',
      'out of every device',
      'out of all devices',
      'out of all his devices',
      'out of all her devices',
      'logged out everywhere',
    ],
    terms: 'global sign out',
    services: ['cognito-idp'],
    why: 'ending every session of an app user on all their devices is a Cognito global sign-out (tokens revoked)',
    example: ['kick alice off all her devices in the cognito pool', 'cognito-idp:AdminUserGlobalSignOut'],
  },
  {
    phrases: ['q in connect', 'connect assistant', 'connect ai assistant', 'agent assist', 'agent assistant'],
    terms: 'assistant',
    services: ['qconnect'],
    why: 'the AI assistant that helps contact-center agents is Amazon Q in Connect (qconnect, formerly Wisdom)',
    example: ['start a session with the q in connect assistant', 'qconnect:CreateSession'],
  },
  {
    phrases: [
      'without logging in',
      'without signing in',
      'without a login',
      'unauthenticated users',
      'unauthenticated identities',
      'guest access',
    ],
    terms: 'identity pool credentials',
    services: ['cognito-identity'],
    why: 'app users who have not signed in get limited AWS credentials from a Cognito identity pool (unauthenticated identities)',
    example: [
      'aws credentials for app visitors without logging in',
      'cognito-identity:GetCredentialsForIdentity',
    ],
  },
  {
    phrases: [
      'streamed app',
      'streamed apps',
      'streamed application',
      'app streaming',
      'application streaming',
    ],
    terms: 'streaming',
    services: ['appstream'],
    why: 'a desktop application streamed to a browser is Amazon AppStream 2.0 (a Kinesis stream carries records)',
    example: ['who is using our streamed apps right now', 'appstream:DescribeSessions'],
  },
  {
    phrases: [
      'calls waiting',
      'calls are waiting',
      'callers waiting',
      'callers are waiting',
      'calls in queue',
      'calls in the queue',
      'calls on hold',
      'callers on hold',
    ],
    terms: 'current metric data queue',
    services: ['connect'],
    why: 'calls or callers waiting in line right now are a real-time metric of an Amazon Connect queue (an SQS queue holds messages)',
    example: ['how many calls are waiting in the billing queue now', 'connect:GetCurrentMetricData'],
  },
  {
    phrases: ['cloud desktop', 'cloud desktops', 'cloud pc', 'cloud pcs', 'desktop as a service'],
    terms: 'workspace',
    services: ['workspaces'],
    why: 'a persistent desktop in the cloud for an employee is an Amazon WorkSpaces workspace',
    example: ['give the new designer a cloud desktop', 'workspaces:CreateWorkspaces'],
  },
  {
    phrases: [
      'click tracking',
      'open tracking',
      'track clicks',
      'track opens',
      'opens and clicks',
      'email opens',
      'email clicks',
    ],
    terms: 'configuration set tracking options',
    services: ['sesv2', 'ses'],
    why: 'counting who opens a sent email or clicks its links is SES open and click tracking, set on a configuration set',
    example: ['track opens and clicks of our newsletter emails', 'sesv2:PutConfigurationSetTrackingOptions'],
  },
];

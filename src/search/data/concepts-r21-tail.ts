// Data: concepts (see concepts.ts) for issue 16 round 21, the long tail of services asked in
// everyday words: a share of the traffic sent somewhere is a weight on a route that exists; a
// replica made "the primary" is promoted; code "looked over" is reviewed; a live broadcast is an
// IVS channel; a code "we texted" is Pinpoint's one-time code; when a call center "is open" is its
// hours of operation; a coding workspace in the browser is a Cloud9 environment.

import type { Concept } from './concepts.js';

export const R21_TAIL_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'percent of the traffic',
      'percent of traffic',
      'percent of the requests',
      'percent of requests',
      'percent of the users',
      'percent of users',
      'share of the traffic',
      'share of traffic',
      'split the traffic',
      'split traffic',
      'traffic split',
      'weighted traffic',
      'shift traffic',
      'shift the traffic',
    ],
    terms: 'update routing weight',
    why: 'sending a share of the traffic to a new version sets the weights of a route, alias or listener that already carries it: a change to it, not a new one (App Mesh UpdateRoute, Lambda UpdateAlias, ELB ModifyListener)',
    example: [
      'send 20 percent of the traffic of the orders route in mesh shop to the v2 node',
      'appmesh:UpdateRoute',
    ],
  },
  {
    phrases: [
      'the new primary',
      'become the primary',
      'becomes the primary',
      'take over as primary',
      'takes over as primary',
      'replica the primary',
      'replica broker the primary',
      'replica instance the primary',
      'replica cluster the primary',
      'standby the primary',
      'standby broker the primary',
      'secondary the primary',
    ],
    terms: 'promote',
    why: 'making a replica or standby "the primary" (or "the new primary") promotes it: a role it takes over, not a new resource nor the primary task set of an ECS service',
    example: ['make the replica broker in eu-west-1 the new primary', 'mq:Promote'],
  },
  {
    phrases: [
      // not 'looked over' alone: "how the settings looked over the past month" is a time window
      'looked over for',
      'requests looked over',
      'look over my code',
      'look over our code',
      'look over the code',
      'look over my pull requests',
      'look over our pull requests',
      'pull requests reviewed',
      'pull requests checked',
      'code checked for bugs',
      'code reviewed',
      'reviewed automatically',
      'automatic code review',
      'automated code review',
    ],
    terms: 'code review repository',
    services: ['codeguru-reviewer'],
    why: 'code or pull requests "looked over" or reviewed automatically for bugs is CodeGuru Reviewer, not reading the pull requests of CodeCommit',
    example: ['have my code looked over for bugs before merging', 'codeguru-reviewer:CreateCodeReview'],
  },
  {
    phrases: [
      'live broadcast',
      'live video broadcast',
      'broadcast live',
      'broadcast it live',
      'broadcast video live',
    ],
    terms: 'create channel',
    services: ['ivs'],
    why: 'broadcasting video live to viewers is an Interactive Video Service channel, as a livestream is',
    example: ['a live video broadcast of our town hall', 'ivs:CreateChannel'],
  },
  {
    // not 'texted code' nor 'sms code': stemmed they are "text code 482913 to +44...", a code the user
    // already has and sends as a plain text message
    phrases: ['one-time passcode', 'one time passcode', 'passcode'],
    terms: 'otp message',
    services: ['pinpoint'],
    why: 'a one-time code texted to a user is an OTP message of Pinpoint (SendOTPMessage)',
    example: ['text the user a one-time passcode to log in', 'pinpoint:SendOTPMessage'],
  },
  {
    phrases: [
      'code we texted',
      'one we texted',
      'code we sent by text',
      'code we sent by sms',
      'one we sent by text',
      'one we sent by sms',
    ],
    terms: 'verify otp message',
    services: ['pinpoint'],
    why: 'what a user typed checked against "the code we texted" verifies the one-time code Pinpoint sent (VerifyOTPMessage), it sends nothing',
    example: ['check the code the customer entered against the one we texted', 'pinpoint:VerifyOTPMessage'],
  },
  {
    phrases: [
      'opening hours',
      'hours of operation',
      'line is open',
      'lines are open',
      'center is open',
      'centre is open',
      'support hours',
      'call center hours',
      'contact center hours',
    ],
    terms: 'hours of operation',
    services: ['connect'],
    why: 'when a call center or its phone line is open is its hours of operation in Amazon Connect',
    example: ['change the hours our support line is open', 'connect:UpdateHoursOfOperation'],
  },
  {
    phrases: [
      'coding workspace',
      'coding environment',
      'ide in the browser',
      'ide in my browser',
      'code in the browser',
      'code in my browser',
      'browser-based ide',
      'browser based ide',
      'browser-based coding',
      'browser based coding',
      'online ide',
      'web ide',
    ],
    terms: 'environment',
    services: ['cloud9'],
    why: 'a place to write code in the browser, on an instance of its own, is a Cloud9 environment, not a WorkSpaces desktop',
    example: ['a coding workspace in the browser for the new intern', 'cloud9:CreateEnvironmentEC2'],
  },
  {
    // not 'who has access' nor 'who can access': those words are in the asked words of the calls
    // that answer them (Lake Formation ListPermissions), and a translation would demote them
    phrases: [
      'who has admin access',
      'who has editor access',
      'who has viewer access',
      'who can use',
      'who has permission',
      'who has permissions',
    ],
    terms: 'access permissions',
    why: "who has access to a thing, or may use it, is read from its permissions or its resource policy, not from the thing's own description",
    example: ['who can use the grafana workspace g-123', 'grafana:ListPermissions'],
  },
];

// Data: concepts (see concepts.ts) for issue 16 round 22, changes asked by the problem they fix
// or the outcome wanted, in words no operation name uses: a name said wrong is a pronunciation
// lexicon; a name that still points at the old server is its DNS record; a past bounce keeps an
// address suppressed; leaving the sandbox is production access; a leaked certificate is revoked;
// how long people stay signed in is a token's validity; a check that keeps flagging is a control
// switched off; findings that are noise get a filter that archives them; an image tag overwritten
// is a mutability setting; the firewall of a VPC is Network Firewall. Tested in test/integration/search/concepts-r22-change.test.ts.

import type { Concept } from './concepts.js';

export const R22_CHANGE_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'mispronounce',
      'mispronounces',
      'pronounce',
      'pronounces',
      'pronunciation',
      'says our name wrong',
    ],
    terms: 'put lexicon pronunciation',
    services: ['polly'],
    why: 'a word or name a voice says wrong is fixed by a pronunciation lexicon the speech uses, not by synthesizing again',
    example: ['polly keeps mispronouncing our product name', 'polly:PutLexicon'],
  },
  {
    phrases: [
      'still resolves to',
      'resolves to the old',
      'points at the old server',
      'points to the old server',
      'points at the old ip',
      'points to the old ip',
      'points at the old address',
      'points to the old address',
    ],
    terms: 'change resource record sets dns record',
    services: ['route53'],
    why: 'a host name that still points or resolves to the old server is a DNS record to change, not the address or the server',
    example: [
      'shop.example.com still resolves to the old load balancer, move it to the new one',
      'route53:ChangeResourceRecordSets',
    ],
  },
  {
    phrases: [
      'past bounce',
      'previous bounce',
      'old bounce',
      'earlier bounce',
      'bounced before',
      'bounced in the past',
    ],
    terms: 'delete suppressed destination suppression list',
    services: ['sesv2'],
    why: 'mail to an address that bounced once is dropped because the address sits on the suppression list: taking it off lets mail through, sending again does not',
    example: [
      'emails to bob@example.com are skipped because of an old bounce, allow them again',
      'sesv2:DeleteSuppressedDestination',
    ],
  },
  {
    phrases: [
      'out of the sandbox',
      'out of sandbox',
      'stuck in the sandbox',
      'still in the sandbox',
      'leave the sandbox',
    ],
    terms: 'put production access account details',
    services: ['sesv2'],
    why: "leaving the email sandbox is a request for production access, sent with the account's details",
    example: ['get our ses account out of the sandbox so we can mail customers', 'sesv2:PutAccountDetails'],
  },
  {
    phrases: [
      'certificate leaked',
      'leaked certificate',
      'cert leaked',
      'leaked cert',
      'certificate was stolen',
      'stolen certificate',
    ],
    terms: 'revoke certificate',
    why: 'a certificate that leaked is revoked or set inactive so it can no longer connect or sign, not made again',
    example: ['the certificate of sensor-12 leaked, it must not connect again', 'iot:UpdateCertificate'],
  },
  {
    phrases: [
      'sign in again',
      'log in again',
      'login again',
      'stay signed in',
      'stay logged in',
      'get logged out',
      'get signed out',
    ],
    terms: 'token validity session duration',
    why: 'how long people stay signed in before they must sign in again is the validity of their tokens or the length of the session, a setting of the app client or permission set',
    example: [
      'users of the mobile app get logged out after an hour, let them stay signed in for a week',
      'cognito-idp:UpdateUserPoolClient',
    ],
  },
  {
    phrases: ['quit flagging', 'stop flagging', 'stops flagging', 'keeps flagging', 'keep flagging'],
    terms: 'update standards control status disabled',
    why: 'a check that keeps flagging something that does not apply is switched off as a control, the findings themselves are not the task',
    example: [
      'security hub keeps flagging the cloudtrail log validation control, turn that off',
      'securityhub:UpdateStandardsControl',
    ],
  },
  {
    phrases: [
      'just noise',
      'are noise',
      'is noise',
      'hide them automatically',
      'archive them automatically',
      'auto archive',
      'auto-archive',
    ],
    terms: 'create filter suppression rule archive',
    why: 'findings that are noise from now on are archived by a filter (a suppression rule) that matches them as they come, not archived once',
    example: [
      'guardduty alerts from our own port scanner are just noise, archive them automatically',
      'guardduty:CreateFilter',
    ],
  },
  {
    phrases: [
      'overwriting the tag',
      'overwrite the tag',
      'overwriting the latest tag',
      'overwrite the latest tag',
      'tags overwritten',
      'tag overwritten',
      'overwriting tags',
      'overwrite tags',
      'tag gets overwritten',
      'tags get overwritten',
      'tag getting overwritten',
      'tags getting overwritten',
    ],
    terms: 'image tag mutability immutable',
    services: ['ecr'],
    why: 'an image tag pushed over again is allowed by the repository tag mutability setting: making tags immutable stops it',
    example: [
      'the v2 tag gets overwritten by every ci build in the api repo, stop that',
      'ecr:PutImageTagMutability',
    ],
  },
  {
    phrases: ['vpc firewall', 'firewall of the vpc', 'firewall for the vpc', 'firewall in the vpc'],
    terms: 'network firewall rule group',
    services: ['network-firewall'],
    why: 'the firewall of a VPC that inspects its traffic is AWS Network Firewall; what it drops is set in its rule groups (security groups are no firewall one names so)',
    example: [
      'block outbound traffic to malware.example.net at the vpc firewall',
      'network-firewall:CreateRuleGroup',
    ],
  },
  {
    phrases: [
      'deleted snapshots',
      'deleted ebs snapshots',
      'deleted amis',
      'snapshots deleted by mistake',
      'amis deleted by mistake',
    ],
    terms: 'recycle bin retention',
    why: 'snapshots or images deleted by mistake are kept recoverable for a while by a Recycle Bin retention rule, and brought back from it',
    example: [
      'keep deleted amis recoverable for a week in case someone removes the wrong one',
      'rbin:CreateRule',
    ],
  },
  {
    phrases: ['be able to open', 'be able to see', 'be able to view', 'be able to edit'],
    terms: 'permissions',
    why: 'people who "should be able to open" a thing (a dashboard, an analysis) are given permissions on it: a change of its permissions, not the thing opened',
    example: [
      'the finance team should be able to view the margins analysis in quicksight',
      'quicksight:UpdateAnalysisPermissions',
    ],
  },
];

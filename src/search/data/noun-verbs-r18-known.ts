// Data: round 18's verbs read by the noun they take (see data/noun-verbs.ts, which spreads these
// in). Adding a record is writing it where it lives: a DNS record is added by a change batch
// (route53 ChangeResourceRecordSets, whose verb is "change"), a table's record by a put (PutItem).
// "add an A record" names the type with "A", a determiner to the phrase tables, so the record
// itself must carry the reading; plain "add" would read as Create and find CreateHostedZone.

import type { NounVerb } from './noun-verbs.js';

export const NOUN_VERBS_R18_KNOWN: readonly NounVerb[] = [
  {
    verbs: ['add', 'create', 'upsert'],
    nouns: ['record', 'records'],
    indefinite: false,
    weights: { change: 1, put: 1, create: 0.8, add: 0.7, write: 0.7 },
    why: 'a record is added by writing it into its zone or table (ChangeResourceRecordSets, PutItem), not by creating a container',
    example: [
      'add an A record shop.example.com -> 192.0.2.44 in hosted zone Z2FDTNDATAQYW2',
      'route53:ChangeResourceRecordSets',
    ],
  },
];

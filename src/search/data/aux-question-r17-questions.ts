// Data: "do" and "can" open a yes/no question when a subject follows them ("do new volumes get
// encrypted", "can anyone read it"), but a request when they take an object ("do a failover")
// or address the reader ("can you restart it", "can we make sure ..."). Read by aux-question.ts.

import type { Reasoned } from './reasoned.js';

export interface AuxQuestion extends Reasoned {
  /** Words after the auxiliary that make it the subject of a question. */
  readonly subjects: ReadonlySet<string>;
  /** A plural noun after the auxiliary is a subject too ("do users need mfa"). */
  readonly pluralSubject: boolean;
}

/** Determiners and quantifiers that open a subject of many things. */
const PLURAL_DETERMINERS = ['any', 'all', 'our', 'my', 'your', 'their', 'these', 'those', 'some', 'both'];

export const AUX_QUESTIONS: Readonly<Record<string, AuxQuestion>> = {
  do: {
    // not "the/a/this": "do the restore now" is a command whose object follows
    subjects: new Set([...PLURAL_DETERMINERS, 'we', 'i', 'you', 'they', 'new', 'old', 'existing', 'other']),
    pluralSubject: true,
    why: 'a subject after "do" makes it ask whether things behave some way; a command takes an object ("do a failover")',
    example: [
      'do new ebs volumes get encrypted automatically in this region',
      'ec2:GetEbsEncryptionByDefault',
    ],
  },
  can: {
    // not "you" (a request to the reader), "we" or "i" ("can we make sure nobody deletes it": a request)
    subjects: new Set([
      ...PLURAL_DETERMINERS,
      ...['anyone', 'anybody', 'someone', 'somebody', 'nobody', 'everyone', 'outsiders', 'people'],
      ...['the', 'this', 'that', 'it', 'they', 'he', 'she'],
    ]),
    pluralSubject: false,
    why: 'asks whether someone or something is able or allowed to do a thing: the permission or setting is read, the action is not done',
    example: ['can anyone outside the company read files in bucket team-docs', 's3:GetBucketPolicyStatus'],
  },
};

/** Words that turn the question back into a request ("can someone please restart it"). */
export const AUX_REQUEST_WORDS: ReadonlySet<string> = new Set(['please', 'pls', 'plz']);

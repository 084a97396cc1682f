// Data: verbs whose meaning depends on the noun they take. "start a meeting" makes one (there is
// no StartMeeting: a meeting exists only while it runs, so starting it is CreateMeeting), "get a
// static ip" obtains one that AWS hands out (AllocateAddress), where "get the ip of X" reads. The
// verb finder (verb-finder.ts) reads such a verb with these weights instead of its own when a
// listed noun is in the noun phrase right after it (and, where `indefinite`, the phrase opens
// with a/an/another/new or a number: a thing not had yet). Each entry says why and gives an
// example query that must find its operation in the top five (tested).

import type { Reasoned } from './reasoned.js';
import { NOUN_VERBS_R16_STARTED } from './noun-verbs-r16-started.js';
import { NOUN_VERBS_R18_TAIL_A } from './noun-verbs-r18-tail-a.js';
import { NOUN_VERBS_R18_KNOWN } from './noun-verbs-r18-known.js';
import { NOUN_VERBS_R19_ONCALL } from './noun-verbs-r19-oncall.js';

export interface NounVerb extends Reasoned {
  /** Verb words as typed (one word each). */
  readonly verbs: readonly string[];
  /** Nouns (singular and plural as typed) that select this reading when in the noun phrase. */
  readonly nouns: readonly string[];
  /** Only when the phrase opens with a word of INDEFINITE: "get the certificate" reads. */
  readonly indefinite: boolean;
  /** Operation verbs the reading means, as in data/verbs.ts. */
  readonly weights: Readonly<Record<string, number>>;
  /** Words after the noun that make it part of another thing's name ("certificate authority"). */
  readonly notBefore?: readonly string[];
}

/** Words that open a noun phrase naming a thing not had yet. */
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another', 'new', 'some', 'extra']);

/** Whom a thing is got for, said between the verb and the thing ("make me a cert", "get us an ip"). */
export const RECIPIENTS: ReadonlySet<string> = new Set(['me', 'us']);

/** The most words read after the verb for the noun (determiners and adjectives included). */
export const NOUN_PHRASE_WORDS = 5;

export const NOUN_VERBS: readonly NounVerb[] = [
  {
    verbs: ['start', 'begin', 'open', 'host', 'launch'],
    nouns: ['meeting', 'meetings', 'upload', 'session', 'sessions'],
    indefinite: false,
    weights: { start: 1, create: 0.9, begin: 0.9 },
    why: 'a meeting, an upload or a session exists only from its start: starting one creates it (CreateMeeting, CreateMultipartUpload, CreateGameSession), unless a Start call is named for it',
    example: ['begin a multipart upload of a 40 gb video to my bucket', 's3:CreateMultipartUpload'],
  },
  {
    verbs: ['get', 'grab', 'keep', 'obtain', 'reserve', 'need', 'want'],
    nouns: ['ip', 'ips', 'eip', 'eips', 'address', 'addresses', 'cidr', 'cidrs'],
    indefinite: true,
    weights: { allocate: 1, request: 0.8, claim: 0.8, create: 0.4 },
    why: 'AWS hands out addresses from its pools: getting a new one allocates it (AllocateAddress, AllocateStaticIp, AllocateIpamPoolCidr), reading one says "the"',
    example: ['grab an elastic ip for the bastion host', 'ec2:AllocateAddress'],
  },
  {
    verbs: ['get', 'grab', 'keep', 'obtain', 'reserve', 'need', 'want', 'buy'],
    nouns: ['number', 'numbers'],
    indefinite: true,
    weights: { claim: 1, request: 1, purchase: 0.8, create: 0.4 },
    why: 'a phone number is taken from a carrier pool: getting one claims or requests it (connect ClaimPhoneNumber, SMS RequestPhoneNumber)',
    example: ['get a toll-free number for our contact center', 'connect:ClaimPhoneNumber'],
  },
  {
    verbs: ['get', 'grab', 'obtain', 'need', 'want', 'make', 'create'],
    nouns: ['certificate', 'certificates', 'cert', 'certs', 'license', 'licenses'],
    indefinite: true,
    notBefore: ['authority', 'authorities'],
    weights: { request: 1, issue: 0.9, checkout: 0.9, create: 0.5 },
    why: 'a certificate or a license is granted on request: getting (or making) one requests, issues or checks it out (acm RequestCertificate, license-manager CheckoutLicense)',
    example: ['get a new tls cert for shop.example.org', 'acm:RequestCertificate'],
  },
  {
    verbs: ['ditch', 'drop', 'nuke', 'scrap', 'delete', 'remove', 'discard', 'return', 'free'],
    nouns: ['ip', 'ips', 'eip', 'eips', 'address', 'addresses'],
    indefinite: false,
    weights: { release: 1, delete: 0.8, disassociate: 0.5, remove: 0.5 },
    why: 'an address taken from an AWS pool is given back by releasing it (ec2 ReleaseAddress, lightsail ReleaseStaticIp)',
    example: ['drop the elastic ip of the old bastion', 'ec2:ReleaseAddress'],
  },
  {
    verbs: ['add', 'create', 'make', 'insert', 'upsert', 'put', 'set'],
    nouns: ['cname', 'cnames', 'txt', 'mx', 'aaaa', 'srv', 'ptr', 'caa', 'dns'],
    indefinite: false,
    // "dns" names a record only on its own: a dns namespace, firewall, zone or (lightsail) entry is another thing
    notBefore: [
      'entry',
      'entries',
      'namespace',
      'namespaces',
      'firewall',
      'resolver',
      'zone',
      'zones',
      'query',
      'server',
      'servers',
      'endpoint',
      'endpoints',
      'name',
      'names',
    ],
    weights: { change: 1, create: 0.6, put: 0.5, update: 0.4 },
    why: 'a DNS record is added to a Route 53 zone by a change batch (ChangeResourceRecordSets): adding one changes the zone, it creates no zone, logging config or delegation set',
    example: [
      'add a txt record for domain verification to zone Z0123456789ABCDEFGHIJ',
      'route53:ChangeResourceRecordSets',
    ],
  },
  ...NOUN_VERBS_R16_STARTED,
  ...NOUN_VERBS_R18_TAIL_A,
  ...NOUN_VERBS_R18_KNOWN,
  ...NOUN_VERBS_R19_ONCALL,
];

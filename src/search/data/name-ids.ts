// Data: names people paste that are not AWS ids: email addresses and domain names. They name
// no one service (SES, Cognito, Route 53, ACM all take them); a word near one says what it is
// about (`register example.org` is a registration, `A record for api.example.com` a DNS record).
// Their own words stay in the query: `token.actions.githubusercontent.com` says GitHub OIDC.
// Each entry says why and gives an example query that must find its operation in the top five.

import { OPS_NAME_PATTERNS } from './ops-ids.js';
import type { IdPattern } from './resource-ids.js';

/** One reading of a name, chosen when one of `words` is within ID_WORD_WINDOW tokens of it. */
export interface WordSense {
  readonly service: string;
  readonly terms: string;
  readonly words: readonly string[];
  /** Tokens either side the word may be, when not ID_WORD_WINDOW. */
  readonly window?: number;
}

/** How many tokens either side of an id a word of `byWord` may be (`renew example.org`, not
 * `renew the expiring certificate for example.org`). */
export const ID_WORD_WINDOW = 3;

/** A domain's labels say what it serves (`token.actions.githubusercontent`); not the top-level
 * label, `www`, `example` (the documentation domain), or the host names every site has (`api`,
 * `shop`, `admin`: api.example.com is a host, not API Gateway), which only look like words. */
const DOMAIN_WORDS_KEPT = {
  except:
    /^(com|net|org|io|dev|app|co|ai|cloud|info|biz|xyz|tech|me|us|uk|de|www|example|api|web|shop|mail|admin|portal|blog|staging|beta|prod)$/i,
};

export const NAME_PATTERNS: readonly IdPattern[] = [
  {
    pattern: /^[\w.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i,
    terms: 'email identity',
    keepsWords: { except: /^(com|org|net|example|www)$/ },
    why: 'an email address is what SES sends from and verifies (an identity); it names no one service',
    example: ['verify noreply@example.com so we can send from it', 'ses:VerifyEmailIdentity'],
  },
  {
    // a wildcard name (*.example.com) is what a certificate covers
    pattern: /^(\*\.)?([a-z0-9-]+\.)+(com|net|org|io|dev|app|co|ai|cloud|info|biz|xyz|tech|me|us|uk|de)$/i,
    terms: 'domain',
    keepsWords: DOMAIN_WORDS_KEPT,
    byWord: [
      // first: "a cert for x.com" names the certificate; `a` is also a DNS record type below
      {
        service: 'acm',
        terms: 'certificate',
        words: ['cert', 'certs', 'certificate', 'ssl', 'tls', 'https'],
      },
      {
        service: 'route53domains',
        terms: 'domain',
        words: [
          'available',
          'availability',
          'buy',
          'register',
          'registration',
          'transfer',
          'renew',
          'expire',
          'expires',
          'whois',
          'registrar',
          'owns',
        ],
      },
      {
        service: 'route53',
        terms: 'dns record',
        words: [
          'record',
          'records',
          'resolve',
          'resolves',
          'point',
          'cname',
          'alias',
          'dns',
          'a',
          'aaaa',
          'mx',
          'txt',
        ],
      },
    ],
    why: 'a host or domain name (example.org, api.example.com) is a domain; the words say which service (register -> route53domains, record -> route53, certificate -> acm)',
    example: ['is coolstartup.io still available', 'route53domains:CheckDomainAvailability'],
  },
  ...OPS_NAME_PATTERNS,
];

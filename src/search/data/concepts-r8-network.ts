// Data: concepts (see concepts.ts) for the network and edge services, in the words people use for
// them instead of the product's own (throttling clients for a WAF rate-based rule, a cert that
// expires for an ACM certificate). Issue 16, round 8.

import type { Concept } from './concepts.js';

export const R8_NETWORK_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'throttle clients',
      'throttle abusive clients',
      'rate limit clients',
      'rate limit requests per ip',
      'too many requests from one ip',
      'requests per ip',
      'per 5 min per ip',
      'requests per minute per ip',
    ],
    terms: 'rate based rule web acl',
    services: ['wafv2'],
    why: 'cutting off a client that sends too many requests in a window is a WAF rate-based rule in a web ACL',
    example: ['rate limit clients that send too many requests to our api', 'wafv2:UpdateWebACL'],
  },
  {
    phrases: ['cert expire', 'cert expires', 'certificate expire', 'certificate expires', 'cert expiry'],
    terms: 'certificate',
    services: ['acm'],
    why: 'an ssl cert that runs out is an ACM certificate, whose details give its expiry date',
    example: ['when does the tls cert on shop.example.com expire', 'acm:DescribeCertificate'],
  },
];

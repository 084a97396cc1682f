// Data: how people ask for operations (see ../asked.ts), delivery services: the CDN
// (CloudFront distributions, cache purges, policies, edge functions, signed URLs), its
// key-value store for edge code, and Global Accelerator (fixed anycast entry addresses).

import type { AskedEntry } from './types.js';

export const ASKED_NETWORK_5: readonly AskedEntry[] = [
  {
    op: 'cloudfront:CreateInvalidation',
    asked:
      'purge the cache, clear the cdn cache, flush, make the cdn forget a file, stale content after a deploy, refresh files at the edge, bust the cache, old version still served',
    example: 'clear the old css from the edge for E1ABCDEF2GHIJK after the deploy',
  },
  {
    op: 'cloudfront:GetInvalidation',
    asked:
      'is the purge done, status of a cache clear, has the flush completed, still in progress, invalidation status, check one invalidation, progress of an invalidation, is the invalidation completed',
    example: 'has the cache purge I started on E1ABCDEF2GHIJK finished yet',
  },
  {
    op: 'cloudfront:ListInvalidations',
    asked: 'past cache purges, history of flushes, recent cache clears, who purged what',
    example: 'show the recent cache purges we ran on E1ABCDEF2GHIJK',
  },
  {
    op: 'cloudfront:CreateDistribution',
    asked:
      'set up a cdn, put a cdn in front of a bucket, serve a website fast worldwide, edge caching, https for a static site, content delivery network, set up cloudfront for an origin, put cloudfront or a cdn in front of a bucket, website or load balancer, new cdn for a site',
    example: 'put a cdn in front of our s3 website so it loads fast around the world',
  },
  {
    op: 'cloudfront:GetDistribution',
    asked:
      'cdn settings, cloudfront.net hostname of a cdn, is the cdn deployed, status of a cdn, in progress or deployed, status and domain name of a distribution, is the cdn deployed or still in progress, cloudfront.net domain of a distribution',
    example: 'is the cdn E1ABCDEF2GHIJK done deploying and what is its hostname',
  },
  {
    op: 'cloudfront:GetDistributionConfig',
    asked:
      'current cdn configuration to edit, etag before an update, full settings document, download the cdn setup, what origins and cache behaviors a distribution has, full configuration of a cdn, dump all settings of a distribution',
    example: 'fetch the full cdn setup and its etag so I can change it',
  },
  {
    op: 'cloudfront:UpdateDistribution',
    asked:
      'change cdn settings, add an alternate domain, cname on the cdn, attach a certificate, change the origin, default root object, turn a cdn off, price class, attach a waf web acl to a distribution, protect the cdn with waf, set the web acl id of a distribution, turn on http3 or ipv6 on the cdn',
    example: 'add www.example.com as an alternate name on E1ABCDEF2GHIJK with our new certificate',
  },
  {
    op: 'cloudfront:ListDistributions',
    asked: 'list cdns, which cdn serves a domain, find a cdn id, all cdns in the account, cloudfront ids',
    example: 'which cdn ids do we have and what sites do they serve',
  },
  {
    op: 'cloudfront:DeleteDistribution',
    asked: 'remove a cdn, tear down a cdn, retire a cdn after disabling it',
    example: 'remove the retired cdn for the old marketing site',
  },
  {
    op: 'cloudfront:CreateOriginAccessControl',
    asked:
      'lock a bucket so only the cdn can read it, private bucket behind a cdn, oac, replace oai, stop direct s3 access, signed requests to the origin, only cloudfront may read the bucket and nobody else, block direct access to the bucket except through the distribution, bucket reachable only via the cdn',
    example: 'make the bucket private so only the cdn can fetch from it',
  },
  {
    op: 'cloudfront:CreateCachePolicy',
    asked:
      'how long the cdn keeps files, keep files cached for a day, ignore query strings, ttl, cache key, vary by header, query strings in the cache key, cache duration, cache hit ratio',
    example: 'keep images cached at the cdn for a day, ignoring query strings',
  },
  {
    op: 'cloudfront:CreateOriginRequestPolicy',
    asked:
      'forward headers to the backend, pass cookies, send query strings to the server behind the cdn, what the origin receives',
    example: 'pass the Authorization header and all cookies through the cdn to our backend',
  },
  {
    op: 'cloudfront:CreateResponseHeadersPolicy',
    asked:
      'add security headers, cors headers, hsts, content security policy, x frame options, headers added by the cdn',
    example: 'have the cdn add hsts and cors headers to every reply',
  },
  {
    op: 'cloudfront:CreateFunction',
    asked:
      'edge code, rewrite a url at the edge, redirect at the cdn, add a header, lightweight javascript on viewer request, edge function',
    example: 'write a small script at the cdn that redirects /old paths to /new',
  },
  {
    op: 'cloudfront:PublishFunction',
    asked:
      'make an edge function live, push a script live at the cdn, deploy a function to the live stage, go live with edge code, promote from development',
    example: 'push the redirect script at the cdn live',
  },
  {
    op: 'cloudfront:TestFunction',
    asked:
      'try an edge function with a sample request, dry run edge code, check what the script returns, debug an edge function',
    example: 'run the redirect script against a sample viewer request to see the result',
  },
  {
    op: 'cloudfront:CreateKeyGroup',
    asked:
      'signed urls, signed cookies, private content, restrict viewers, trusted keys for signing, paid downloads',
    example: 'only let paying users download videos through signed urls',
  },
  {
    op: 'cloudfront:CreatePublicKey',
    asked: 'upload a signing key, public half of a signing pair, key for signed urls and cookies',
    example: 'upload the public half of our signing pair for signed urls',
  },
  {
    op: 'cloudfront:CreateRealtimeLogConfig',
    asked:
      'real time logs, stream access logs to kinesis, live request logs of the cdn, per request logging within seconds',
    example: 'stream cdn request logs to kinesis within seconds',
  },
  {
    op: 'cloudfront:CreateMonitoringSubscription',
    asked:
      'extra cdn metrics, cache hit rate metrics, origin latency, error rates by status code, additional metrics',
    example: 'turn on the extra metrics like cache hit rate for E1ABCDEF2GHIJK',
  },
  {
    op: 'cloudfront:CreateContinuousDeploymentPolicy',
    asked:
      'staging cdn, test config changes with a share of traffic, blue green cdn, canary for cdn settings, send 5 percent to staging',
    example: 'try new cdn settings on 5 percent of real traffic before switching over',
  },
  {
    op: 'cloudfront:AssociateAlias',
    asked:
      'move an alternate domain to another cdn, cname already in use, cname still held by the old cdn, hand a hostname over to a new cdn',
    example: 'the cname www.example.com is still held by the old cdn, hand it to the new one',
  },
  {
    op: 'cloudfront:ListDistributionsByWebACLId',
    asked: 'which cdns use this waf, what a web firewall protects, cdns behind a web acl',
    example: 'which cdns are protected by our waf rules',
  },
  {
    op: 'cloudfront-keyvaluestore:PutKey',
    asked:
      'set a value for edge functions, store a redirect mapping, feature flag at the edge, write one entry',
    example: 'store the redirect /promo -> /sale for the edge script to read',
  },
  {
    op: 'cloudfront-keyvaluestore:GetKey',
    asked: 'read a value edge functions see, look up one entry, what is stored under a name',
    example: 'what value does the edge store hold for /promo',
  },
  {
    op: 'cloudfront-keyvaluestore:UpdateKeys',
    asked: 'bulk change many entries at once, put and remove several entries in one go, batch edit edge data',
    example: 'add 200 redirects and remove 30 old ones from the edge store in one go',
  },
  {
    op: 'cloudfront-keyvaluestore:ListKeys',
    asked: 'all entries in the edge store, what redirects are stored, dump edge data',
    example: 'show every redirect stored for the edge script',
  },
  {
    op: 'cloudfront-keyvaluestore:DeleteKey',
    asked: 'remove one entry from the edge store, drop a redirect mapping, clear a feature flag',
    example: 'drop the /promo redirect from the edge data',
  },
  {
    op: 'globalaccelerator:CreateAccelerator',
    asked:
      'static anycast ips, two fixed global ips, speed up users worldwide over the aws backbone, improve latency, fixed entry point for a global app',
    example: 'give our game servers two fixed global ips that route users over the aws backbone',
  },
  {
    op: 'globalaccelerator:CreateListener',
    asked: 'ports the accelerator accepts, tcp or udp ports, client affinity, open a port on the global ips',
    example: 'accept udp on port 7777 on our global anycast ips',
  },
  {
    op: 'globalaccelerator:CreateEndpointGroup',
    asked:
      'regional backends, add a region behind the global ips, serve users from a new region, health checks per region',
    example: 'add eu-west-1 as a region behind our global anycast ips',
  },
  {
    op: 'globalaccelerator:UpdateEndpointGroup',
    asked:
      'shift traffic between regions, traffic dial percentage, dial a region up or down, send a percent of users to a region, fail over a region, drain a region, weights of backends, rebalance, send 20% of users to another region, percentage per region',
    example: 'dial traffic to us-east-1 down to zero on our global ips',
  },
  {
    op: 'globalaccelerator:DescribeAccelerator',
    asked: 'static ip addresses of the accelerator, its dns name, is it deployed, global ips we were given',
    example: 'what are the two fixed global ips we were given',
  },
];

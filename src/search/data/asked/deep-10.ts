// Data: how people ask for operations (see ../asked.ts), wave 2 deepening of the edge:
// cloudfront policies, functions, origins and metrics; waf web acls and ip sets.

import type { AskedEntry } from './types.js';

export const ASKED_DEEP_10: readonly AskedEntry[] = [
  {
    op: 'cloudfront:GetCachePolicy',
    asked: 'what a cache policy caches on, ttl and cache key of a policy',
    example: 'what ttls and cache key does cache policy web-assets use',
  },
  {
    op: 'cloudfront:UpdateCachePolicy',
    asked: 'change cache ttl, include a header or cookie in the cache key',
    example: 'add the accept-language header to the cache key of policy web-assets',
  },
  {
    op: 'cloudfront:DeleteCachePolicy',
    asked: 'remove an unused cache policy',
    example: 'delete the unused custom cache policy old-assets',
  },
  {
    op: 'cloudfront:ListDistributionsByCachePolicyId',
    asked: 'which cdn sites use a cache policy, where is this policy used',
    example: 'which distributions use cache policy web-assets',
  },
  {
    op: 'cloudfront:GetOriginRequestPolicy',
    asked: 'which headers cookies and query strings go to origin, forwarded values of a policy',
    example: 'what headers does origin request policy api-forward send to the origin',
  },
  {
    op: 'cloudfront:UpdateOriginRequestPolicy',
    asked: 'forward another header to origin, pass query strings to backend',
    example: 'forward the authorization header to the origin too',
  },
  {
    op: 'cloudfront:ListOriginRequestPolicies',
    asked: 'forwarding policies, managed and custom origin request policies',
    example: 'list the origin request policies we can pick',
  },
  {
    op: 'cloudfront:GetResponseHeadersPolicy',
    asked: 'security headers added by cdn, cors and hsts settings of a policy',
    example: 'what cors and hsts headers does policy secure-headers add',
  },
  {
    op: 'cloudfront:UpdateResponseHeadersPolicy',
    asked: 'change cors allowed origins, add hsts or csp header at the edge',
    example: 'allow https://app.example.com in the cors headers policy',
  },
  {
    op: 'cloudfront:ListResponseHeadersPolicies',
    asked: 'security header policies, cors policies list',
    example: 'list our response header policies',
  },
  {
    op: 'cloudfront:DeleteResponseHeadersPolicy',
    asked: 'remove an unused headers policy',
    example: 'delete response headers policy old-cors',
  },
  {
    op: 'cloudfront:ListFunctions',
    asked: 'edge functions, lightweight viewer request scripts',
    example: 'list our cloudfront functions',
  },
  {
    op: 'cloudfront:DescribeFunction',
    asked: 'stage and status of an edge function, is it published to live',
    example: 'is the cloudfront function url-rewrite published to live yet',
  },
  {
    op: 'cloudfront:GetFunction',
    asked: 'code of an edge function, download function source',
    example: 'show the code of cloudfront function url-rewrite',
  },
  {
    op: 'cloudfront:DeleteFunction',
    asked: 'remove an edge function, delete viewer request script',
    example: 'delete the old redirect function from cloudfront',
  },
  {
    op: 'cloudfront:ListOriginAccessControls',
    asked: 'origin access controls for private s3, oac list',
    example: 'list our origin access controls for s3 buckets',
  },
  {
    op: 'cloudfront:GetOriginAccessControl',
    asked: 'signing settings of an oac, sigv4 for s3 origin',
    example: 'show the signing behavior of oac E2ABC',
  },
  {
    op: 'cloudfront:DeleteOriginAccessControl',
    asked: 'remove an oac, delete origin access control',
    example: 'delete origin access control E2ABC',
  },
  {
    op: 'cloudfront:ListCloudFrontOriginAccessIdentities',
    asked: 'legacy oai list, old origin identities for s3',
    example: 'list our legacy origin access identities',
  },
  {
    op: 'cloudfront:CreateCloudFrontOriginAccessIdentity',
    asked: 'legacy oai for private s3 bucket, origin identity',
    example: 'make a legacy origin identity so the cdn can read a private bucket',
  },
  {
    op: 'cloudfront:DeleteCloudFrontOriginAccessIdentity',
    asked: 'remove legacy oai after moving to oac',
    example: 'delete the old oai now that we use oac',
  },
  {
    op: 'cloudfront:CreateKeyValueStore',
    asked: 'edge key value data for functions, redirect map at the edge',
    example: 'create an edge key value store holding our redirect map',
  },
  {
    op: 'cloudfront:ListKeyValueStores',
    asked: 'edge key value stores list',
    example: 'list the key value stores our edge functions use',
  },
  {
    op: 'cloudfront:ListKeyGroups',
    asked: 'signed url key groups, trusted public keys sets',
    example: 'list key groups used for signed urls',
  },
  {
    op: 'cloudfront:ListPublicKeys',
    asked: 'public keys for signed urls and cookies',
    example: 'list the public keys uploaded for signed cookies',
  },
  {
    op: 'cloudfront:GetMonitoringSubscription',
    asked: 'additional real time metrics enabled, extra cdn metrics',
    example: 'are the additional cloudwatch metrics on for distribution E1ABC',
  },
  {
    op: 'cloudfront:DeleteMonitoringSubscription',
    asked: 'turn off additional cdn metrics, stop paying for extra metrics',
    example: 'turn off the extra metrics on distribution E1ABC',
  },
  {
    op: 'cloudfront:ListRealtimeLogConfigs',
    asked: 'real time log configs to kinesis, live request logs',
    example: 'list our real time log configs',
  },
  {
    op: 'cloudfront:ListConflictingAliases',
    asked:
      'cname already used by another distribution, domain alias conflict, which distribution already uses or claims a hostname, cname already in use, cannot add an alternate domain name, hostname conflict between cdns',
    example: 'which distribution already uses www.example.com as cname',
  },
  {
    op: 'cloudfront:GetContinuousDeploymentPolicy',
    asked: 'staging distribution traffic split, canary percent for cdn config',
    example: 'what percent goes to the staging distribution',
  },
  {
    op: 'cloudfront:UpdateDistributionWithStagingConfig',
    asked: 'promote staging distribution config to production, blue green cdn',
    example: 'promote our staging distribution config to production',
  },
  {
    op: 'cloudfront:ListVpcOrigins',
    asked: 'private origins inside a vpc, internal alb as cdn origin',
    example: 'list vpc origins we serve through cloudfront',
  },
  {
    op: 'wafv2:ListWebACLs',
    asked: 'all web firewalls, waf acls in region or cloudfront scope',
    example: 'list our waf web acls for cloudfront',
  },
  {
    op: 'wafv2:DeleteWebACL',
    asked: 'remove a web firewall, delete waf acl',
    example: 'delete web acl old-acl',
  },
  {
    op: 'wafv2:GetWebACLForResource',
    asked: 'which waf or web acl protects this load balancer, alb or api, firewall attached to a resource',
    example: 'which web acl protects our prod alb',
  },
  {
    op: 'wafv2:ListResourcesForWebACL',
    asked: 'what does this waf protect, load balancers and apis behind a web acl',
    example: 'which albs and apis are protected by web acl prod-acl',
  },
  {
    op: 'wafv2:DisassociateWebACL',
    asked: 'remove waf from an alb or api, unprotect resource, take the waf off',
    example: 'take the waf web acl off our staging alb',
  },
  {
    op: 'wafv2:GetIPSet',
    asked: 'addresses in an ip block list, contents of ip set',
    example: 'which addresses are in ip set blocked-ips',
  },
  {
    op: 'wafv2:ListIPSets',
    asked: 'ip allow and block lists in waf',
    example: 'list our waf ip sets',
  },
  {
    op: 'wafv2:DeleteIPSet',
    asked: 'remove an ip block list, delete ip set',
    example: 'delete the old-partners ip set',
  },
  {
    op: 'wafv2:CreateRegexPatternSet',
    asked: 'regex patterns to match in waf, block user agents by pattern',
    example: 'create a regex set that matches bad bot user agents',
  },
];

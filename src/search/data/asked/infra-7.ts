// Data: how people ask for operations (see ../asked.ts), legacy services people still meet in
// old accounts: Inspector Classic, WAF Classic (global and regional) and OpsWorks Stacks. Their
// words say "classic" or "legacy" so that they do not pull queries meant for Inspector v2 and
// WAFv2, which most people mean today.

import type { AskedEntry } from './types.js';

export const ASKED_INFRA_7: readonly AskedEntry[] = [
  {
    op: 'inspector:StartAssessmentRun',
    asked:
      'inspector classic scan, legacy agent based assessment, kick off old inspector template, cis benchmark run with the classic agent',
    example: 'kick off the old agent-based inspector classic scan for our web servers',
  },
  {
    op: 'inspector:ListFindings',
    asked:
      'inspector classic findings, results of the legacy agent assessment, old inspector vulnerabilities, classic scan results',
    example: 'what did the legacy inspector classic scan find on the web tier',
  },
  {
    op: 'inspector:GetAssessmentReport',
    asked:
      'inspector classic pdf report, legacy assessment report html, downloadable results of the old scan',
    example: 'download the pdf report of last week inspector classic assessment',
  },
  {
    op: 'waf:UpdateIPSet',
    asked:
      'waf classic ip list edit, add or remove addresses in the legacy global waf, cloudfront waf classic block list, change token',
    example: 'add 203.0.113.0/24 to the block list in our old waf classic for cloudfront',
  },
  {
    op: 'waf:GetSampledRequests',
    asked:
      'waf classic sample of requests, which requests the legacy waf blocked, traffic hitting old cloudfront waf rules',
    example: 'show a sample of the requests our legacy cloudfront waf classic blocked in the last 3 hours',
  },
  {
    op: 'waf:CreateRateBasedRule',
    asked:
      'waf classic rate limit, throttle ips sending too many requests in the legacy waf, rate limit per five minutes classic',
    example: 'in waf classic, limit any single ip to 2000 requests per 5 minutes',
  },
  {
    op: 'waf-regional:AssociateWebACL',
    asked:
      'waf classic regional protect a load balancer or api gateway stage, attach legacy regional waf to alb',
    example: 'put our old regional waf classic acl in front of the prod alb',
  },
  {
    op: 'waf-regional:GetWebACLForResource',
    asked:
      'which legacy regional waf protects this alb, waf classic attached to api stage, is the load balancer behind waf classic',
    example: 'which waf classic acl is guarding load balancer app/prod-alb/50dc6c495c0c9188',
  },
  {
    op: 'waf-regional:UpdateIPSet',
    asked:
      'regional waf classic ip list edit, block addresses at the alb with the legacy waf, allow list change for classic regional',
    example: 'remove 198.51.100.7 from the regional waf classic allow list on our alb',
  },
  {
    op: 'opsworks:CreateDeployment',
    asked:
      'run chef recipes, deploy app with opsworks stacks, execute recipes on layers, update custom cookbooks, legacy chef deploy',
    example: 'run the deploy recipes for our app on the opsworks php layer',
  },
  {
    op: 'opsworks:CreateStack',
    asked:
      'opsworks stacks setup, chef managed stack with layers, legacy chef configuration management, custom cookbooks repository',
    example: 'set up a chef 12 opsworks environment with custom cookbooks from github',
  },
  {
    op: 'opsworks:DescribeInstances',
    asked:
      'opsworks instances status, which chef nodes are online in a layer, legacy opsworks hosts, booting or setup failed',
    example: 'which of the opsworks php layer hosts are online and which failed setup',
  },
];

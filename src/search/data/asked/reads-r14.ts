// Data: round-14 words for reads that answer a question about one thing's settings (see
// ../asked.ts): what a web ACL or a firewall policy holds, where a trail and a Resolver query
// log configuration send their logs. Written from what each read returns.
import type { AskedEntry } from './types.js';

export const ASKED_READS_R14: readonly AskedEntry[] = [
  {
    // GetWebACL returns the ACL with its rules, their order and actions, and its default action
    op: 'wafv2:GetWebACL',
    asked:
      'rules of a web acl, what the acl contains, rule priority and actions, default action when no rule matches, managed rule groups the acl uses, capacity units the acl consumes',
    example: 'show me the rule list and default action of the checkout web acl',
  },
  {
    // DescribeFirewallPolicy returns the stateless and stateful rule group references and defaults
    op: 'network-firewall:DescribeFirewallPolicy',
    asked:
      'rule groups a firewall policy references, stateful and stateless rule groups in the policy, default actions for packets the policy does not match, what the policy contains',
    example: 'what stateful rule groups does the egress firewall policy reference',
  },
  {
    // GetTrail returns the trail's settings: its S3 bucket, log group, regions, organization scope
    op: 'cloudtrail:GetTrail',
    asked:
      'settings of one trail, s3 bucket the trail writes to, which log group it sends events to, is it multi region or an organization trail, digest validation, kms key of the trail',
    example: 'which s3 bucket and log group does the audit trail use',
  },
  {
    // GetResolverQueryLogConfig returns the destination ARN (S3, CloudWatch Logs, Firehose)
    op: 'route53resolver:GetResolverQueryLogConfig',
    asked:
      'destination of dns query logging, s3 bucket log group or firehose stream the query logs go to, how many vpcs use the logging config, sharing status of the config',
    example: 'which log group receives the vpc resolver query logs of config rqlc-1234',
  },
];

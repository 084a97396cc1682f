// Data: how people ask for operations (see ../asked.ts), wave 2 deepening of auto scaling
// groups, load balancers (elbv2), acm certificates and a few waf reads.

import type { AskedEntry } from './types.js';

export const ASKED_DEEP_9: readonly AskedEntry[] = [
  {
    op: 'autoscaling:PutNotificationConfiguration',
    asked:
      'sns notification on launch or terminate, email on scale events, alert when group adds or removes servers, email me when the group launches or terminates, sns alert on asg launch and terminate',
    example: 'send an sns notification whenever asg web launches or terminates instances',
  },
  {
    op: 'autoscaling:DescribeNotificationConfigurations',
    asked: 'which sns topics get scale event alerts, group notifications',
    example: 'which topics get told about asg web launches',
  },
  {
    op: 'autoscaling:EnableMetricsCollection',
    asked: 'group metrics in cloudwatch, turn on desired and in service counts graphs',
    example: 'publish asg web group size metrics to cloudwatch',
  },
  {
    op: 'autoscaling:GetPredictiveScalingForecast',
    asked: 'predicted capacity, load forecast for predictive scaling, expected servers tomorrow',
    example: 'what capacity does predictive scaling expect for asg web tomorrow',
  },
  {
    op: 'autoscaling:DescribeAutoScalingInstances',
    asked:
      'which group a server belongs to, lifecycle state of machines in groups, which auto scaling group owns this instance, what asg is a box part of, is this server managed by an asg, is the instance protected from scale in',
    example: 'which asg does i-0abc belong to and is it in service',
  },
  {
    op: 'autoscaling:DetachLoadBalancerTargetGroups',
    asked: 'take the group out of a target group, stop alb sending traffic to asg',
    example: 'take asg web out of target group tg-old',
  },
  {
    op: 'autoscaling:DescribeTrafficSources',
    asked: 'which load balancers or lattice services feed a group, traffic sources of asg',
    example: 'what target groups send traffic to asg web',
  },
  {
    op: 'autoscaling:DescribeLaunchConfigurations',
    asked: 'old launch configs, legacy launch settings of groups',
    example: 'list our legacy launch configurations still around',
  },
  {
    op: 'autoscaling:DeleteLaunchConfiguration',
    asked: 'remove an old launch config, clean up legacy launch settings',
    example: 'delete the unused launch config web-lc-2019',
  },
  {
    op: 'autoscaling:CreateOrUpdateTags',
    asked: 'tag the group and propagate tags to new servers, label asg',
    example: 'tag asg web with team=payments and propagate at launch',
  },
  {
    op: 'autoscaling:DescribeAccountLimits',
    asked: 'how many groups can we create, auto scaling quotas',
    example: 'how many auto scaling groups are we allowed',
  },
  {
    op: 'elbv2:DeleteListener',
    asked: 'remove a port listener from a load balancer, stop listening on port 80',
    example: 'remove the port 8080 listener from our alb',
  },
  {
    op: 'elbv2:DeleteRule',
    asked: 'remove a routing rule, delete path based rule from listener',
    example: 'delete the /old-api path rule on the alb listener',
  },
  {
    op: 'elbv2:DeleteTargetGroup',
    asked: 'remove a target group, delete unused backend pool',
    example: 'delete the unused target group tg-legacy',
  },
  {
    op: 'elbv2:SetRulePriorities',
    asked:
      'reorder routing rules, change rule evaluation order, which rule takes precedence, move a rule up or down',
    example: 'reorder our alb routing rules so the api path one takes precedence',
  },
  {
    op: 'elbv2:AddListenerCertificates',
    asked: 'add another tls cert to an https listener, sni for extra domains',
    example: 'add the cert for shop.example.com to our https listener',
  },
  {
    op: 'elbv2:RemoveListenerCertificates',
    asked:
      'remove an extra tls cert from listener, drop old sni certificate, take an expired cert off a listener, drop an extra certificate from https',
    example: 'remove the expired shop.example.com cert from the https listener',
  },
  {
    op: 'elbv2:DescribeListenerCertificates',
    asked:
      'extra sni certificates attached to a listener, certificate list of one listener, default cert of listener',
    example:
      'which sni certificates are attached to listener arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/web/abc/def',
  },
  {
    op: 'elbv2:DescribeTargetGroupAttributes',
    asked:
      'deregistration delay, stickiness, slow start settings of target group, current attributes of a target group',
    example: 'what is the deregistration delay and stickiness on tg-web',
  },
  {
    op: 'elbv2:DescribeSSLPolicies',
    asked:
      'tls security policies, which ciphers and protocols, tls 1.3 policy names, which tls policies can a listener use, list security policies for https, pick a policy without tls 1.0',
    example: 'which alb tls policies support tls 1.3 only',
  },
  {
    op: 'elbv2:SetSecurityGroups',
    asked: 'change firewall groups on load balancer, swap alb security group',
    example: 'swap the security group on our alb to sg-0abc',
  },
  {
    op: 'elbv2:SetSubnets',
    asked: 'add availability zones to load balancer, change alb subnets',
    example: "add a third zone's subnet to our alb",
  },
  {
    op: 'elbv2:SetIpAddressType',
    asked:
      'dual stack load balancer, enable ipv6 on alb, make a load balancer dualstack, turn on ipv6 for the alb',
    example: 'make our alb dual stack so ipv6 clients reach it',
  },
  {
    op: 'elbv2:CreateTrustStore',
    asked: 'mutual tls on alb, client certificate ca bundle, mtls',
    example: 'turn on mutual tls on our alb using our client ca bundle',
  },
  {
    op: 'elbv2:DescribeTrustStores',
    asked: 'list mtls ca bundles, client certificate trust stores',
    example: 'which trust stores exist for our mtls listeners',
  },
  {
    op: 'elbv2:AddTags',
    asked: 'label a load balancer or target group, cost center tag on alb',
    example: 'tag our alb with env=prod',
  },
  {
    op: 'elbv2:DescribeTags',
    asked: 'labels on load balancers, tags of target groups',
    example: 'what tags are on our alb and its target groups',
  },
  {
    op: 'elbv2:DescribeAccountLimits',
    asked: 'load balancer quotas, how many albs or targets allowed',
    example: 'how many load balancers and target groups may we have',
  },
  {
    op: 'elbv2:ModifyListenerAttributes',
    asked: 'mtls header settings, listener level tcp idle timeout',
    example: 'change the tcp idle timeout on the nlb listener',
  },
  {
    op: 'acm:GetCertificate',
    asked: 'download a certificate and chain pem, get cert body',
    example: 'download the pem and chain for our www.example.com cert',
  },
  {
    op: 'acm:ResendValidationEmail',
    asked: 'resend domain approval email, validation mail never arrived, certificate approval mail',
    example: 'acm approval mail for example.com never arrived, send it again',
  },
  {
    op: 'acm:UpdateCertificateOptions',
    asked: 'certificate transparency logging opt out, export option of a certificate',
    example: 'opt our internal acm certificate out of certificate transparency logging',
  },
  {
    op: 'acm:AddTagsToCertificate',
    asked: 'label a certificate, owner tag on tls cert',
    example: 'label the acm certificate for www.example.com with team=web',
  },
  {
    op: 'acm:ListTagsForCertificate',
    asked: 'tags on a tls certificate, labels of a cert',
    example: 'what labels are on the acm certificate for www.example.com',
  },
  {
    op: 'acm:PutAccountConfiguration',
    asked: 'days before expiry event, expiry warning threshold',
    example: 'warn us 45 days before any certificate expires',
  },
  {
    op: 'acm:GetAccountConfiguration',
    asked: 'certificate expiry notice settings, days before expiry event',
    example: 'how many days before expiry does acm send its event',
  },
  {
    op: 'wafv2:CreateRuleGroup',
    asked: 'reusable set of waf rules, custom rule group',
    example: 'create a custom rule group with our header checks',
  },
  {
    op: 'wafv2:GetLoggingConfiguration',
    asked: 'where does waf log, log destination and redaction of an acl',
    example: 'where are web acl prod-acl logs delivered',
  },
  {
    op: 'wafv2:DescribeManagedRuleGroup',
    asked: 'rules inside a managed rule group, capacity of common rule set',
    example: 'which rules are in the managed common rule set',
  },
  {
    op: 'wafv2:CheckCapacity',
    asked: 'wcu needed, how many capacity units rules use, over the 1500 limit',
    example: 'how many waf capacity units would these rules use',
  },
];

// Data: the names people call a service by that its model does not carry. A model names its
// service by id, SDK id and title ("FMS", "Firewall Management Service"), but people say the
// product's name ("firewall manager", "cloud wan", "quick setup"); left unknown, those words
// count as words of operations ("recovery" in "elastic disaster recovery" picks
// drs:StartRecovery) instead of naming the service. Each name is matched like the model's own
// names (spaced, compacted, stemmed) and carries why and an example that must find its
// operation in the top five (test/integration/search/product-names.test.ts).

import { R18_KNOWN_PRODUCT_NAMES } from './product-names-r18-known.js';

export interface ProductName {
  /** The catalog id of the service the name means. */
  readonly service: string;
  readonly why: string;
  readonly example: readonly [query: string, expected: string];
}

export const PRODUCT_NAMES: Readonly<Record<string, ProductName>> = {
  'firewall manager': {
    service: 'fms',
    why: 'AWS Firewall Manager is the product; its model is titled Firewall Management Service',
    example: ['which firewall manager policies do we have', 'fms:ListPolicies'],
  },
  'elastic disaster recovery': {
    service: 'drs',
    why: 'AWS Elastic Disaster Recovery (DRS) is said without the "Service" its model title ends with',
    example: ['list the source servers in elastic disaster recovery', 'drs:DescribeSourceServers'],
  },
  'cloud wan': {
    service: 'networkmanager',
    why: 'AWS Cloud WAN core networks, segments and attachments are operations of Network Manager',
    example: ['show the core networks in cloud wan', 'networkmanager:ListCoreNetworks'],
  },
  'quick setup': {
    service: 'ssm-quicksetup',
    why: 'Systems Manager Quick Setup is written as two words; the model spells it QuickSetup',
    example: ['what quick setup configurations are deployed', 'ssm-quicksetup:ListConfigurationManagers'],
  },
  'incident manager': {
    service: 'ssm-incidents',
    why: 'Incident Manager is said without "AWS Systems Manager" before it; incidents and response plans are ssm-incidents',
    example: ['list the response plans in incident manager', 'ssm-incidents:ListResponsePlans'],
  },
  'observability access manager': {
    service: 'oam',
    why: 'CloudWatch Observability Access Manager is said without "CloudWatch"; its sinks and links are oam',
    example: ['which links does observability access manager have', 'oam:ListLinks'],
  },
  'application recovery controller': {
    service: 'route53-recovery-control-config',
    why: 'Route 53 Application Recovery Controller is the product; its clusters, control panels and routing controls are set up in route53-recovery-control-config',
    example: [
      'create a control panel in application recovery controller',
      'route53-recovery-control-config:CreateControlPanel',
    ],
  },
  'connector for active directory': {
    service: 'pca-connector-ad',
    why: 'AWS Private CA Connector for Active Directory; its model is titled PcaConnectorAd',
    example: ['set up the private ca connector for active directory', 'pca-connector-ad:CreateConnector'],
  },
  'strategy recommendations': {
    service: 'migrationhubstrategy',
    why: 'Migration Hub Strategy Recommendations is often named by its last two words',
    example: ['start an assessment in strategy recommendations', 'migrationhubstrategy:StartAssessment'],
  },
  ...R18_KNOWN_PRODUCT_NAMES,
};

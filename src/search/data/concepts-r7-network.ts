// Data: concepts (see concepts.ts) from round 7 self-play on the network services: the short
// names engineers use for a product ("dx" for Direct Connect) and the threat words that point at
// DNS Firewall rather than at the VPC a query also names.

import type { Concept } from './concepts.js';

export const R7_NETWORK_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['dx', 'dx connection', 'dx link', 'dx gateway', 'dxgw', 'dx vif'],
    services: ['directconnect'],
    why: 'network engineers abbreviate Direct Connect to DX (dxcon-, dxvif- and dxgw ids say so too)',
    example: ['list our dx connections and their state', 'directconnect:DescribeConnections'],
  },
  {
    phrases: [
      'malware domains',
      'malware hostnames',
      'malicious domains',
      'phishing domains',
      'known bad domains',
    ],
    terms: 'firewall rule',
    services: ['route53resolver'],
    why: 'stopping resolution of known bad domains from a VPC is what Route 53 Resolver DNS Firewall rules do',
    example: ['block malicious domains for every vpc in the account', 'route53resolver:CreateFirewallRule'],
  },
];

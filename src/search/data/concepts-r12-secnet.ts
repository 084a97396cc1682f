// Data: concepts (see concepts.ts) for the security, governance, resilience and network long
// tail, issue 16 round 12: the common names of things whose service calls them otherwise.

import type { Concept } from './concepts.js';

export const R12_SECNET_CONCEPTS: readonly Concept[] = [
  {
    // "bill" alone pulls in Cost Explorer; the whole phrase and the two file formats name an SBOM
    phrases: ['bill of materials', 'bills of materials', 'cyclonedx', 'spdx'],
    terms: 'sbom',
    services: ['inspector-scan', 'inspector2'],
    why: 'a (software) bill of materials in CycloneDX or SPDX format is an SBOM: Inspector scans one for vulnerable packages or exports one for images',
    example: ['check a cyclonedx bill of materials for known cves', 'inspector-scan:ScanSbom'],
  },
  {
    // ARC's routing controls are the on/off switches a runbook flips to fail a whole app over
    phrases: ['failover switch', 'failover switches', 'traffic switch'],
    terms: 'routing control state',
    services: ['route53-recovery-cluster'],
    why: 'Route 53 Application Recovery Controller routing controls are on/off switches that move traffic between cells or regions; flipping one is UpdateRoutingControlState',
    example: [
      'flip the failover switch so users go to the standby region',
      'route53-recovery-cluster:UpdateRoutingControlState',
    ],
  },
  {
    // "profile" alone is an IAM instance profile, a signer or a roles anywhere profile
    phrases: ['dns profile', 'dns profiles', 'route 53 profile', 'route 53 profiles', 'resolver profile'],
    terms: 'profile',
    services: ['route53profiles'],
    why: 'a bundle of private hosted zones, resolver rules and dns firewall rules shared with many vpcs is a Route 53 Profile',
    example: ['which vpcs use our dns profile', 'route53profiles:ListProfileAssociations'],
  },
];

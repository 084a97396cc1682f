// Data: how people ask for operations (see ../asked.ts), security services: threat detection and
// posture (guardduty, security hub, inspector, macie, access analyzer, detective).

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY_6: readonly AskedEntry[] = [
  {
    op: 'guardduty:CreateDetector',
    asked:
      'turn on threat detection, intrusion detection for the account, watch for hackers and crypto mining, monitor cloudtrail and vpc flow logs for attacks',
    example: 'turn on intrusion detection so we hear about hackers and crypto mining',
  },
  {
    op: 'guardduty:ListFindings',
    asked:
      'which threats were detected, suspicious activity alerts, compromised instances, high severity alerts this week, ids of threat alerts',
    example: 'which high severity threats were detected in our account this week',
  },
  {
    op: 'guardduty:GetFindings',
    asked:
      'details of a threat alert, what happened in this suspicious activity, attacker ip, affected instance and severity of an alert',
    example: 'show the attacker ip and affected instance for threat alert 4eb2a1c3',
  },
  {
    op: 'guardduty:ArchiveFindings',
    asked:
      'dismiss threat alerts, mark suspicious activity as reviewed, hide false positives, clear noise from the alert list',
    example: 'dismiss these false positive threat alerts we already reviewed',
  },
  {
    op: 'guardduty:CreateFilter',
    asked:
      'suppression rule, auto-archive noisy threat alerts, saved criteria for alerts, stop alerting on a known scanner',
    example: 'auto-archive threat alerts coming from our own vulnerability scanner',
  },
  {
    op: 'guardduty:CreateIPSet',
    asked: 'trusted ip list, allowlist our office addresses so threat detection ignores them, known good ips',
    example: 'make threat detection ignore traffic from our office ip addresses',
  },
  {
    op: 'guardduty:CreateThreatIntelSet',
    asked:
      'known bad ips, threat intelligence feed, blocklist of malicious addresses to alert on, indicators of compromise',
    example: 'alert us whenever anything talks to ips on our malicious address feed',
  },
  {
    op: 'guardduty:StartMalwareScan',
    asked:
      'scan a server disk for viruses, antivirus check on an ebs volume, look for malware on an instance on demand',
    example: 'scan the disks of instance i-0abc123 for malware right now',
  },
  {
    op: 'guardduty:CreateSampleFindings',
    asked: 'fake threat alerts to test notifications, example alerts, test the alerting pipeline',
    example: 'produce fake threat alerts so I can test our slack notifications',
  },
  {
    op: 'securityhub:EnableSecurityHub',
    asked:
      'turn on the security dashboard, central place for security alerts, posture management, cspm, compliance checks across services',
    example: 'turn on a central security dashboard with compliance checks',
  },
  {
    op: 'securityhub:GetFindings',
    asked:
      'failed security checks, critical issues on the security dashboard, compliance failures, misconfigurations, alerts from all security tools',
    example: 'which critical misconfigurations are on our security dashboard',
  },
  {
    op: 'securityhub:BatchUpdateFindings',
    asked:
      'mark security alerts resolved, suppress, set workflow status, change severity, add a note to an issue, triage many alerts',
    example: 'mark these security hub alerts as resolved with a note',
  },
  {
    op: 'securityhub:BatchEnableStandards',
    asked:
      'turn on cis benchmark, pci dss, foundational security best practices, nist checks, compliance framework checks',
    example: 'turn on the cis benchmark and pci dss checks',
  },
  {
    op: 'securityhub:UpdateStandardsControl',
    asked:
      'switch off a single security hub check that does not apply to us, disable one compliance rule with a reason, silence a noisy check',
    example: 'disable security hub control IAM.6 in the cis standard because it does not apply',
  },
  {
    op: 'securityhub:CreateAutomationRule',
    asked:
      'automatically suppress or resolve security hub alerts matching criteria, change severity automatically, triage rules, auto-suppress',
    example: 'set up a rule in security hub that automatically suppresses alerts about sandbox accounts',
  },
  {
    op: 'securityhub:CreateFindingAggregator',
    asked:
      'see security alerts from every region in one place, cross-region aggregation, home region for the dashboard',
    example: 'aggregate security hub alerts from all regions into us-east-1',
  },
  {
    op: 'securityhub:BatchImportFindings',
    asked: 'send our own security alerts to the dashboard, push findings from a custom scanner, asff format',
    example: 'push alerts from our in-house scanner into the central security dashboard',
  },
  {
    op: 'inspector2:Enable',
    asked:
      'turn on vulnerability scanning, scan ec2 instances, container images and lambda functions for cves, continuous patch checks',
    example: 'turn on inspector scanning of our ec2 instances and container images for cves',
  },
  {
    op: 'inspector2:ListFindings',
    asked:
      'which cves affect us, vulnerable packages, unpatched software, critical vulnerabilities on instances or images',
    example: 'which critical cves affect our container images',
  },
  {
    op: 'inspector2:ListCoverage',
    asked:
      'which instances and images are being scanned for vulnerabilities, what is not scanned, scan status per resource',
    example: 'which of our instances are not being scanned for vulnerabilities',
  },
  {
    op: 'inspector2:CreateSbomExport',
    asked: 'software bill of materials, inventory of packages and libraries, cyclonedx or spdx export',
    example: 'export an sbom for all our images in spdx',
  },
  {
    op: 'inspector2:CreateFindingsReport',
    asked: 'export vulnerability results to s3 as csv or json, report of cves for management',
    example: 'send a csv report of all open inspector cves to s3 for management',
  },
  {
    op: 'inspector2:SearchVulnerabilities',
    asked: 'look up a cve id, details of a specific vulnerability, is log4shell covered, cvss score',
    example: 'details and cvss score of CVE-2021-44228',
  },
  {
    op: 'macie2:EnableMacie',
    asked:
      'turn on sensitive data discovery, find pii in s3, detect personal data and credit card numbers in buckets',
    example: 'turn on discovery of personal data in our s3 buckets',
  },
  {
    op: 'macie2:CreateClassificationJob',
    asked:
      'scan buckets for pii, look for credit card numbers or passport data in s3 objects, sensitive data scan',
    example: 'scan the uploads bucket for credit card numbers and passport data',
  },
  {
    op: 'macie2:ListFindings',
    asked:
      'which buckets contain personal data, pii found in s3, sensitive data alerts, publicly accessible buckets with pii',
    example: 'which s3 objects did macie find personal data in',
  },
  {
    op: 'macie2:GetSensitiveDataOccurrences',
    asked:
      'exactly where in the file was the pii found, line or cell locations of sensitive data, reveal the matched values, which credit card numbers matched',
    example: 'where exactly in the file did macie find the credit card numbers',
  },
  {
    op: 'macie2:CreateCustomDataIdentifier',
    asked:
      'regex for our own sensitive data format, detect employee ids or internal account numbers, custom pii pattern',
    example: 'detect our internal employee id format EMP-123456 with a regex',
  },
  {
    op: 'macie2:GetBucketStatistics',
    asked:
      'how many buckets are public, unencrypted or shared, overview of s3 security posture, bucket counts by exposure',
    example: 'how many of our s3 buckets are public or unencrypted',
  },
  {
    op: 'accessanalyzer:CreateAnalyzer',
    asked:
      'find things shared outside the account, detect external or public access, unused access analysis, zone of trust',
    example: 'detect buckets and roles shared with anyone outside our org using access analyzer',
  },
  {
    op: 'accessanalyzer:ListFindings',
    asked:
      'what is shared outside the account, publicly accessible resources, external principals with access, unused permissions results',
    example: 'what is accessible from outside our account according to the analyzer',
  },
  {
    op: 'accessanalyzer:ValidatePolicy',
    asked:
      'lint a permissions json, check a policy for errors and security warnings, grammar check, best practice suggestions',
    example: 'lint this permissions json for errors and security warnings',
  },
  {
    op: 'accessanalyzer:CheckNoPublicAccess',
    asked:
      'would this bucket policy make it public, is this resource open to the internet, guard against public exposure, check before deploying, would it become public',
    example: 'before deploying, check that this bucket policy will not make it public',
  },
  {
    op: 'accessanalyzer:CheckAccessNotGranted',
    asked:
      'make sure a policy does not allow deleting or sensitive actions, ci guard that permissions never include iam:PassRole',
    example: 'make sure this json never allows iam:PassRole, as a ci check',
  },
  {
    op: 'accessanalyzer:CheckNoNewAccess',
    asked:
      'does the edited policy grant anything more than before, compare old and new permissions, broader access, detect widened access in a pull request',
    example: 'ci gate: fail if the changed policy widens access compared to the current one',
  },
  {
    op: 'accessanalyzer:StartPolicyGeneration',
    asked:
      'write least-privilege permissions from cloudtrail activity, create a policy based on what a role actually did, tighten permissions automatically',
    example: 'build least-privilege permissions from what the ci role actually did in cloudtrail',
  },
  {
    op: 'detective:CreateGraph',
    asked:
      'turn on security investigation, behavior graph, root cause analysis of incidents, link logs for investigating',
    example: 'turn on the behavior graph for security incident root cause analysis',
  },
  {
    op: 'detective:StartInvestigation',
    asked:
      'investigate whether a role or person was compromised, look into a possible breach, what did this principal do, incident triage',
    example: 'kick off a detective investigation of the ci-deployer role',
  },
];

// Data: how people ask for operations (see ../asked.ts), security services: threat detection and
// posture (guardduty, security hub, inspector, macie, access analyzer, detective).

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY_6: readonly AskedEntry[] = [
  {
    op: 'guardduty:CreateDetector',
    asked:
      'turn on threat detection, intrusion detection for the account, watch for hackers and crypto mining, monitor cloudtrail and vpc flow logs for attacks, enable guardduty in a region, activate',
    example: 'enable guardduty in this region',
  },
  {
    op: 'guardduty:ListFindings',
    asked:
      'which threats were detected, suspicious activity alerts, compromised instances, high severity alerts this week, ids of threat alerts, findings of a detector, findings with severity above 7, has anything been found',
    example: 'what has guardduty flagged as high severity recently',
  },
  {
    op: 'guardduty:GetFindings',
    asked:
      'details of a threat alert, what happened in this suspicious activity, attacker ip, affected instance and severity of an alert',
    example: 'full details for guardduty alert 4eb2a1c3',
  },
  {
    op: 'guardduty:ArchiveFindings',
    asked:
      'dismiss threat alerts, mark suspicious activity as reviewed, hide false positives, clear noise from the alert list, benign, out of the active list',
    example: 'these guardduty alerts were benign, move them out of the active list',
  },
  {
    op: 'guardduty:CreateFilter',
    asked:
      'suppression rule, auto-archive noisy threat alerts, saved criteria for alerts, stop alerting on a known scanner, auto-archive future findings that match, suppression rule for alerts from our own scanner, suppress findings that match, suppress a finding type or an address range',
    example: 'stop guardduty showing alerts from our pentest scanner',
  },
  {
    op: 'guardduty:CreateIPSet',
    asked: 'trusted ip list, allowlist our office addresses so threat detection ignores them, known good ips',
    example: 'guardduty should trust traffic from our vpn egress addresses',
  },
  {
    op: 'guardduty:CreateThreatIntelSet',
    asked:
      'known bad ips, threat intelligence feed, blocklist of malicious addresses to alert on, indicators of compromise',
    example: 'feed guardduty a list of known c2 server ips',
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
    example: 'generate dummy guardduty alerts to check our eventbridge rule',
  },
  {
    op: 'securityhub:EnableSecurityHub',
    asked:
      'turn on the security dashboard, central place for security alerts, posture management, cspm, compliance checks across services',
    example: 'activate security hub in us-east-1',
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
    example: 'close out 40 security hub issues as fixed',
  },
  {
    op: 'securityhub:BatchEnableStandards',
    asked:
      'turn on cis benchmark, pci dss, foundational security best practices, nist checks, compliance framework checks',
    example: 'subscribe us to cis and pci in security hub',
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
      'automatically suppress or resolve security hub alerts matching criteria, change severity automatically, triage rules, auto-suppress, auto-close issues, without anyone clicking',
    example: 'security hub should close low-severity issues from test accounts automatically',
  },
  {
    op: 'securityhub:CreateFindingAggregator',
    asked:
      'see security alerts from every region in one place, cross-region aggregation, home region for the dashboard, bring findings of all regions into one home region, cross-region aggregation, one place for findings of every region',
    example: 'aggregate security hub alerts from all regions into us-east-1',
  },
  {
    op: 'securityhub:BatchImportFindings',
    asked: 'send our own security alerts to the dashboard, push findings from a custom scanner, asff format',
    example: 'send results from our in-house tool into security hub',
  },
  {
    op: 'inspector2:Enable',
    asked:
      'turn on vulnerability scanning, scan ec2 instances, container images and lambda functions for cves, continuous patch checks, start scanning ecr images and ec2 instances for cves, start vulnerability scans, find cves on our servers and container images, vulnerability scanning for ec2 boxes',
    example: 'activate amazon inspector for ec2 and ecr',
  },
  {
    op: 'inspector2:ListFindings',
    asked:
      'which cves affect us, vulnerable packages, unpatched software, critical vulnerabilities on instances or images, critical vulnerabilities inspector sees in container images, cves in our images',
    example: 'what vulnerabilities has inspector found on our images',
  },
  {
    op: 'inspector2:ListCoverage',
    asked:
      'which instances and images are being scanned for vulnerabilities, what is not scanned, scan status per resource, not covered, coverage gaps',
    example: 'inspector coverage gaps across our instances and repositories',
  },
  {
    op: 'inspector2:CreateSbomExport',
    asked:
      'software bill of materials, inventory of packages and libraries, cyclonedx or spdx export, dump sboms of ecr images, ec2 instances or lambda functions to an s3 bucket',
    example: 'export an sbom for all our images in spdx',
  },
  {
    op: 'inspector2:CreateFindingsReport',
    asked:
      'export vulnerability results to s3 as csv or json, report of cves for management, dump results to csv',
    example: 'generate a csv of all open inspector vulnerabilities in s3',
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
    example: 'activate macie in this account',
  },
  {
    op: 'macie2:CreateClassificationJob',
    asked:
      'scan buckets for pii, look for credit card numbers or passport data in s3 objects, sensitive data scan, macie job to scan a bucket for pii, scan the uploads bucket for sensitive data',
    example: 'run macie over the uploads bucket looking for passport numbers',
  },
  {
    op: 'macie2:ListFindings',
    asked:
      'which buckets contain personal data, pii found in s3, sensitive data alerts, publicly accessible buckets with pii, buckets containing credit card numbers, which buckets hold sensitive data',
    example: 'which s3 objects did macie find personal data in',
  },
  {
    op: 'macie2:GetSensitiveDataOccurrences',
    asked:
      'exactly where in the file was the pii found, line or cell locations of sensitive data, reveal the matched values, which credit card numbers matched, cells or rows flagged',
    example: 'which cells of the csv did macie flag',
  },
  {
    op: 'macie2:CreateCustomDataIdentifier',
    asked:
      'regex for our own sensitive data format, detect employee ids or internal account numbers, custom pii pattern, recognize our own identifiers such as staff numbers, detect a custom pattern, our own id format, teach it our own sensitive data format, custom regex of sensitive data, employee or customer number pattern',
    example: 'make macie detect our EMP-123456 staff id pattern',
  },
  {
    op: 'macie2:GetBucketStatistics',
    asked:
      'how many buckets are public, unencrypted or shared, overview of s3 security posture, bucket counts by exposure',
    example: 'macie summary of public and unencrypted s3 buckets',
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
      'what is shared outside the account, publicly accessible resources, external principals with access, unused permissions results, resources shared publicly or outside the org, anything public or cross-account, what it flagged, public buckets found',
    example: 'what is accessible from outside our account according to the analyzer',
  },
  {
    op: 'accessanalyzer:ValidatePolicy',
    asked:
      'lint a permissions json, check a policy for errors and security warnings, grammar check, best practice suggestions, mistakes before deploying',
    example: 'check my iam json for mistakes before I deploy it',
  },
  {
    op: 'accessanalyzer:CheckNoPublicAccess',
    asked:
      'would this bucket policy make it public, is this resource open to the internet, guard against public exposure, check before deploying, would it become public, anonymous access',
    example: 'before merging, confirm this bucket policy will not anonymous access',
  },
  {
    op: 'accessanalyzer:CheckAccessNotGranted',
    asked:
      'make sure a policy does not allow deleting or sensitive actions, ci guard that permissions never include iam:PassRole, verify it cannot',
    example: 'verify the new role policy cannot call s3:DeleteBucket',
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
      'write least-privilege permissions from cloudtrail activity, create a policy based on what a role actually did, tighten permissions automatically, minimal policy from history',
    example: 'derive a minimal policy from 90 days of cloudtrail for the app role',
  },
  {
    op: 'detective:CreateGraph',
    asked:
      'turn on security investigation, behavior graph, root cause analysis of incidents, link logs for investigating',
    example: 'enable amazon detective for investigations',
  },
  {
    op: 'detective:StartInvestigation',
    asked:
      'investigate whether a role or person was compromised, look into a possible breach, what did this principal do, incident triage, dig into a guardduty finding, related ips and users over time, behavior graph of an entity',
    example: 'kick off a detective investigation of the ci-deployer role',
  },
];

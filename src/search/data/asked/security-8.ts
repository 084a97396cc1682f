// Data: how people ask for operations (see ../asked.ts), security services: certificates for
// workloads outside aws, code signing, hsms, payment keys, incident response, security data,
// compliance reports and audits.

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY_8: readonly AskedEntry[] = [
  {
    op: 'rolesanywhere:CreateTrustAnchor',
    asked:
      'let on-premises servers get temporary credentials with x.509 certificates, trust our own ca for workloads outside aws, no long-lived keys on prem, short-lived aws creds for servers outside aws from their own x509 certs',
    example: 'register our corporate ca with roles anywhere',
  },
  {
    op: 'rolesanywhere:CreateProfile',
    asked:
      'which roles certificate-holding servers outside aws may assume, session policy and duration for on-prem workloads, roles certificate holders can get',
    example: 'in roles anywhere, define the set of roles certificate holders may assume',
  },
  {
    op: 'rolesanywhere:ImportCrl',
    asked:
      'upload a revocation list so revoked client certificates stop getting credentials, block a stolen on-prem cert',
    example: 'a laptop certificate was stolen, load the crl into roles anywhere',
  },
  {
    op: 'signer:PutSigningProfile',
    asked:
      'code signing setup for lambda or containers, signature validity period, signing platform, trusted publisher',
    example: 'create a signer profile for signing our lambda deployment packages',
  },
  {
    op: 'signer:StartSigningJob',
    asked:
      'sign a zip of code stored in s3, digitally sign a deployment package or firmware, produce signed artifact, put a signature on a firmware image or binary, sign a release before shipping',
    example: 'kick off signing of release.zip from our artifacts bucket',
  },
  {
    op: 'signer:RevokeSignature',
    asked: 'invalidate a signed artifact, distrust code that was signed by mistake, compromised build',
    example: 'invalidate the signature on yesterday’s compromised build',
  },
  {
    op: 'cloudhsmv2:CreateCluster',
    asked:
      'dedicated hardware security module, fips 140 level 3, single-tenant key storage, pkcs11, own hsm for compliance',
    example: 'we need our own cloudhsm for pci key custody',
  },
  {
    op: 'cloudhsmv2:CreateHsm',
    asked:
      'add another hardware security module to the cluster, high availability for hsms, second availability zone, scale out the cluster, grow the cluster, add a device',
    example: 'add one more hsm device to our cloudhsm cluster in us-east-1b',
  },
  {
    op: 'cloudhsmv2:InitializeCluster',
    asked:
      'claim a new hsm cluster with our signed certificate, upload trust anchor, take ownership after creation',
    example: 'claim our new hsm cluster with the cert signed by our issuing ca',
  },
  {
    op: 'payment-cryptography:CreateKey',
    asked: 'pin encryption key, card verification key, emv keys, tr-31, payment hsm keys for card processing',
    example: 'new cvv key for our card issuing platform',
  },
  {
    op: 'payment-cryptography:ImportKey',
    asked:
      'bring payment keys from our old hsm, tr-34 or tr-31 key block import, zmk exchange with a processor',
    example: 'migrate a zone master key from the legacy payment hsm',
  },
  {
    op: 'payment-cryptography:ExportKey',
    asked:
      'send a payment key to a card network or processor, tr-31 key block export, share a working key with a partner, wrapped for transport to an acquirer',
    example: 'give our acquirer the pin working key wrapped for transport',
  },
  {
    op: 'security-ir:CreateCase',
    asked:
      'report a security incident, open a ticket with the incident response team, we think we were hacked, get help during a breach, ask security responders for help, call in aws security experts, compromised account help, engage the incident responders',
    example: 'ransomware on two servers, engage aws security incident response',
  },
  {
    op: 'security-ir:ListCases',
    asked: 'open security incidents, which incident tickets are in progress, history of breaches we reported',
    example: 'which engagements with the security incident response service are ongoing',
  },
  {
    op: 'security-ir:CloseCase',
    asked: 'resolve a security incident ticket, incident over, wrap up a breach investigation',
    example: 'mark our security incident response engagement as finished',
  },
  {
    op: 'securitylake:CreateDataLake',
    asked:
      'central store of security logs, siem data in ocsf, collect cloudtrail, vpc flow and route 53 logs in one place for analysis',
    example: 'set up security lake for our org',
  },
  {
    op: 'securitylake:CreateAwsLogSource',
    asked:
      'add cloudtrail, vpc flow logs, route 53 or eks audit logs to the security log store, start collecting a log type, ingest route 53 resolver logs or security hub findings',
    example: 'add dns resolver query logs as a security lake source',
  },
  {
    op: 'securitylake:CreateSubscriber',
    asked:
      'give splunk or a siem access to security logs, let a partner query the collected logs, consumer of security data, soc tooling access',
    example: 'let our soc tooling read from security lake',
  },
  {
    op: 'artifact:ListReports',
    asked:
      'soc 2, iso 27001, pci attestation documents, compliance reports from aws for auditors, available certifications, attestations',
    example: 'which compliance reports can I download from artifact',
  },
  {
    op: 'artifact:GetReport',
    asked: 'download the soc 2 report pdf, get a compliance document for an auditor, fetch a pci attestation',
    example: 'get the pci dss aoc from artifact',
  },
  {
    op: 'artifact:ListCustomerAgreements',
    asked: 'which legal agreements did we accept, baa for hipaa, business associate addendum, nda status',
    example: 'has our account signed a baa with aws',
  },
  {
    op: 'auditmanager:CreateAssessment',
    asked:
      'start collecting audit evidence for soc 2, hipaa or gdpr, continuous compliance audit, evidence gathering for auditors',
    example: 'begin an audit manager assessment against the hipaa framework',
  },
  {
    op: 'auditmanager:CreateAssessmentReport',
    asked:
      'package audit evidence into a report for the auditor, export evidence for an audit, final audit report',
    example: 'package the collected soc 2 evidence into a report for the auditor',
  },
  {
    op: 'auditmanager:CreateControl',
    asked:
      'define our own audit requirement, custom compliance check with evidence sources, manual evidence requirement',
    example: 'define a custom audit manager control that gathers config rule evidence',
  },
  {
    op: 'auditmanager:RegisterAccount',
    asked:
      'turn on audit evidence collection, enable the audit service in this account, start using continuous audits',
    example: 'activate audit manager here',
  },
];

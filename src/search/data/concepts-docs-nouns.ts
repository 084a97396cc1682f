// Data: concepts (see concepts.ts) for everyday nouns and capabilities described by their
// effect, written from each service's own description of the resource or feature (Transfer
// Family: "SFTP servers"; CloudTrail: "a record of the API calls made in your account"; Backup:
// "a recovery point is a backup you restore from"). Issue 16, round 5a: about half of them were
// written for services no query of the sets names, to generalise rather than to answer queries.

import type { Concept } from './concepts.js';

export const DOC_NOUN_CONCEPTS: readonly Concept[] = [
  // file transfer, connectivity
  {
    phrases: ['sftp', 'sftp server', 'ftp server', 'ftps', 'file transfer server'],
    terms: 'server',
    services: ['transfer'],
    why: 'Transfer Family runs managed SFTP, FTPS and FTP servers in front of S3 or EFS',
    example: ['set up an sftp server for our partners', 'transfer:CreateServer'],
  },
  {
    phrases: ['sftp user', 'sftp login', 'login on our sftp', 'sftp account'],
    terms: 'create user',
    services: ['transfer'],
    why: 'a Transfer Family server authenticates each SFTP login as a user of the server',
    example: ['give a vendor an sftp login', 'transfer:CreateUser'],
  },
  {
    phrases: ['encrypted tunnel', 'site to site vpn', 'ipsec', 'vpn tunnel', 'office network to the vpc'],
    terms: 'vpn connection',
    services: ['ec2'],
    why: 'a Site-to-Site VPN connection is two IPsec tunnels between a customer gateway and AWS',
    example: ['set up a site to site vpn to the branch office', 'ec2:CreateVpnConnection'],
  },
  {
    phrases: ['dedicated network link', 'dedicated link', 'private link to aws'],
    terms: 'connection',
    services: ['directconnect'],
    why: 'Direct Connect documents a connection as a dedicated network link into AWS',
    example: ['list our dedicated links into aws', 'directconnect:DescribeConnections'],
  },
  {
    phrases: ['dns firewall', 'block dns queries', 'block lookups of'],
    terms: 'firewall rule group',
    services: ['route53resolver'],
    why: 'Route 53 Resolver DNS Firewall filters outbound DNS queries with rule groups',
    example: ['block dns queries to known malware domains', 'route53resolver:CreateFirewallRuleGroup'],
  },
  {
    phrases: ['ip address management', 'plan my ip ranges', 'ip address pool', 'cidr pool'],
    terms: 'ipam pool',
    services: ['ec2'],
    why: 'VPC IP Address Manager (IPAM) plans and allocates CIDRs from pools',
    example: ['create an ip address pool for our vpcs', 'ec2:CreateIpamPool'],
  },
  // audit, limits, history
  {
    phrases: ['every api call', 'api calls', 'api call history', 'api activity', 'record of api calls'],
    terms: 'trail',
    services: ['cloudtrail'],
    why: 'CloudTrail records the API calls made in an account; a trail delivers them to S3',
    example: ['save every api call made in the account to a bucket', 'cloudtrail:CreateTrail'],
  },
  {
    phrases: ['am i allowed', 'maximum number of', 'max number of', 'how many can i', 'allowed to have'],
    terms: 'service quota',
    services: ['service-quotas'],
    why: 'Service Quotas holds the maximum number of resources or calls an account may use',
    example: ['how many elastic ips am i allowed', 'service-quotas:GetServiceQuota'],
  },
  {
    phrases: ['what changed in', 'changes to its configuration', 'config changes', 'configuration timeline'],
    terms: 'resource config history',
    services: ['config'],
    why: 'AWS Config keeps a timeline of configuration changes per resource',
    example: ['what changed in my security group config', 'config:GetResourceConfigHistory'],
  },
  {
    phrases: ['bad ips', 'malicious ip', 'malicious traffic', 'crypto mining', 'known bad'],
    terms: 'findings',
    services: ['guardduty'],
    why: 'GuardDuty reports findings for traffic to known malicious IPs and crypto mining',
    example: ['is anything contacting malicious ip addresses', 'guardduty:ListFindings'],
  },
  {
    phrases: ['ddos', 'ddos attack', 'denial of service'],
    terms: 'create protection',
    services: ['shield'],
    why: 'Shield Advanced adds DDoS protection to a resource with a protection',
    example: ['turn on ddos protection for my load balancer', 'shield:CreateProtection'],
  },
  {
    phrases: ['missing patches', 'patch my servers', 'os patches', 'security updates on'],
    terms: 'patch',
    services: ['ssm'],
    why: 'Systems Manager Patch Manager scans and installs operating system patches',
    example: ['which instances are missing patches', 'ssm:DescribeInstancePatchStates'],
  },
  // storage, backup
  {
    phrases: ['every version', 'all versions', 'each version of'],
    terms: 'bucket versioning',
    services: ['s3'],
    why: 'S3 versioning keeps every version of every object in a bucket',
    example: ['enable keeping every version of objects in the bucket', 's3:PutBucketVersioning'],
  },
  {
    phrases: ['recovery point', 'recovery points'],
    terms: 'recovery point',
    services: ['backup'],
    why: 'AWS Backup calls each stored backup a recovery point, and restores from it',
    example: ['start a restore from a recovery point', 'backup:StartRestoreJob'],
  },
  {
    phrases: ['nightly backup', 'backup schedule', 'back up every night', 'backups every day'],
    terms: 'backup plan',
    services: ['backup'],
    why: 'an AWS Backup plan schedules backups and their retention',
    example: ['set up a nightly backup of our databases', 'backup:CreateBackupPlan'],
  },
  // email, identity, certificates
  {
    phrases: ['ssl certificate', 'tls certificate', 'https certificate', 'free certificate'],
    terms: 'certificate',
    services: ['acm'],
    why: 'ACM issues public SSL/TLS certificates at no charge and renews them',
    example: ['request an ssl certificate for shop.example.com', 'acm:RequestCertificate'],
  },
  {
    phrases: ['login keys', 'api keys for', 'keys for the bot', 'programmatic keys', 'cli keys'],
    terms: 'access key',
    services: ['iam'],
    why: 'IAM documents access keys as the long-term credentials of programmatic access',
    example: ['make cli keys for the build user', 'iam:CreateAccessKey'],
  },
  {
    phrases: ['send email from', 'sending domain', 'verify our domain', 'verify my domain'],
    terms: 'email identity',
    services: ['sesv2'],
    why: 'SES sends only from a verified identity, a domain or an address',
    example: ['create a sending domain for our newsletters', 'sesv2:CreateEmailIdentity'],
  },
  {
    phrases: ['mailbox', 'mailboxes', 'corporate email', 'work email accounts'],
    terms: 'user',
    services: ['workmail'],
    why: 'WorkMail is managed business email: users with mailboxes in an organization',
    example: ['create a mailbox for the new hire', 'workmail:CreateUser'],
  },
  {
    phrases: ['contact details', 'contact information', 'billing contact', 'aws uses to reach'],
    terms: 'contact',
    services: ['account'],
    why: 'the Account service keeps the primary and alternate contacts AWS uses',
    example: ['update the billing contact of our account', 'account:PutAlternateContact'],
  },
  {
    phrases: ['support ticket', 'ticket with aws', 'support case', 'ticket with support'],
    terms: 'case',
    services: ['support'],
    why: 'AWS Support tracks each ticket opened with it as a support case',
    example: ['open a support ticket about slow volumes', 'support:CreateCase'],
  },
  {
    phrases: ['read-only copy', 'read only copy', 'copy for reads', 'copy that serves reads'],
    terms: 'read replica',
    services: ['rds'],
    why: 'RDS documents a read replica as a read-only copy of a DB instance',
    example: ['add a read-only copy of my postgres database', 'rds:CreateDBInstanceReadReplica'],
  },
  {
    phrases: ['fail over', 'failover to the standby', 'switch to the standby'],
    terms: 'failover',
    why: 'RDS, DocumentDB and Neptune name switching to a standby or replica a failover',
    example: ['fail over my aurora cluster now', 'rds:FailoverDBCluster'],
  },
  // costs
  {
    phrases: ['how much could i save', 'how much would i save', 'save by committing'],
    terms: 'savings plans purchase recommendation',
    services: ['ce'],
    why: 'Cost Explorer recommends a Savings Plans purchase and estimates the savings',
    example: [
      'how much would I save with a compute savings plan',
      'ce:GetSavingsPlansPurchaseRecommendation',
    ],
  },
];

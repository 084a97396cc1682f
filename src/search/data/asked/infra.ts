// Data: how people ask for operations (see ../asked.ts), infrastructure services outside the
// seven groups: managed Active Directory and its user data, CloudHSM Classic, License Manager and
// its user subscriptions, Outposts. The rest are in infra-2.ts to infra-7.ts.

import type { AskedEntry } from './types.js';

export const ASKED_INFRA: readonly AskedEntry[] = [
  {
    op: 'ds:CreateMicrosoftAD',
    asked:
      'managed active directory, stand up a windows domain, domain controllers in two subnets, corp.example.com forest, enterprise or standard edition, admin password, join windows servers to a domain',
    example: 'spin up a managed windows domain corp.example.com in vpc-0abc for our ec2 fleet',
  },
  {
    op: 'ds:ConnectDirectory',
    asked:
      'ad connector, proxy to on-premises active directory, hook up our on-prem windows domain, sign in with corp accounts, workspaces logins, existing domain, use existing corporate domain, no sync, link our datacenter domain, service account, customer dns ips',
    example: 'hook our existing on-prem windows domain up for workspaces logins, no new domain',
  },
  {
    op: 'ds:DescribeDirectories',
    asked:
      'which active directories exist, domain status, dns ip addresses of the domain, is the domain active or impaired, directory id lookup, edition and size, access url',
    example: 'what are the dns server addresses for directory d-9067a1b2c3',
  },
  {
    op: 'ds:CreateTrust',
    asked:
      'forest trust, two-way trust with on-premises domain, one-way incoming outgoing, external trust, let corp users access managed ad, trust password',
    example: 'set up a two way forest trust between corp.local and our managed ad',
  },
  {
    op: 'ds:ResetUserPassword',
    asked:
      'user locked out, forgot their domain password, set a new password for an ad account, admin password reset, change someone else password in active directory',
    example: 'jsmith forgot their windows domain password, give them a new one',
  },
  {
    op: 'ds:EnableLDAPS',
    asked:
      'secure ldap, ldap over ssl, port 636, encrypt ldap traffic, client side ldaps, turn on tls for directory lookups',
    example: 'turn on ldap over tls port 636 for d-1234567890',
  },
  {
    op: 'ds:CreateConditionalForwarder',
    asked:
      'forward dns queries for another domain, resolve on-premises names from managed ad, dns forwarding to corporate dns servers, conditional dns',
    example: 'make the managed ad resolve names in onprem.corp via 10.0.0.10',
  },
  {
    op: 'ds:EnableRadius',
    asked:
      'multi-factor authentication, mfa for workspaces logins, radius server, one time passcode, duo or rsa token, second factor for directory sign in',
    example: 'require mfa tokens via our radius server for workspaces sign ins',
  },
  {
    op: 'ds:ShareDirectory',
    asked:
      'use one active directory from other accounts, other accounts domain-join their servers, another account uses our managed ad, share domain across accounts, seamless domain join from another account, handshake invite, organizations sharing',
    example: 'let account 222233334444 use our managed ad to domain-join its servers',
  },
  {
    op: 'ds:UpdateNumberOfDomainControllers',
    asked:
      'add more domain controllers, add another domain controller, scale out ad, more dcs for load, reduce domain controller count, desired number',
    example: 'bump the managed ad from 2 to 4 dcs for login load',
  },
  {
    op: 'ds:CreateSnapshot',
    asked:
      'back up active directory, manual ad backup, point in time copy of the domain before a change, save the directory',
    example: 'take a backup of our managed ad before the schema change',
  },
  {
    op: 'ds:StartSchemaExtension',
    asked:
      'extend ad schema, ldif file, add attributes or classes to active directory, schema change for an app',
    example: 'apply this ldif to add custom attributes to our managed ad',
  },
  {
    op: 'ds-data:CreateUser',
    asked:
      'add a domain user, new ad account, onboard an employee into active directory, sam account name, create login for a new hire',
    example: 'add an ad account for new hire maria.lopez in d-1234567890',
  },
  {
    op: 'ds-data:AddGroupMember',
    asked:
      'put a user into an ad group, grant group membership, add someone to domain admins, put a person into an ad group, add to security group in active directory',
    example: 'add maria.lopez to the Finance-RW ad group',
  },
  {
    op: 'ds-data:SearchUsers',
    asked:
      'find ad users by name or email, look up someone in active directory, search the directory for a person, match attribute value, name starts with, people in our ad',
    example: 'look up people in our active directory whose surname starts with lopez',
  },
  {
    op: 'ds-data:DisableUser',
    asked:
      'deactivate an ad account, offboard an employee, block sign in for a leaver, lock out an account without deleting it, left the company, stop their domain login',
    example: 'tom.baker left the company, stop his domain login but keep the account',
  },
  {
    op: 'ds-data:ListGroupsForMember',
    asked:
      'which ad groups is a user in, group memberships of a person, what groups does this account belong to, memberof',
    example: 'what domain groups does jsmith belong to',
  },
  {
    op: 'ds-data:ListGroupMembers',
    asked: 'who is in an ad group, members of domain admins, people in a security group, group roster',
    example: 'who is in the Domain Admins group on d-1234567890',
  },
  {
    op: 'cloudhsm:ListHsms',
    asked:
      'classic hsm appliances, legacy cloudhsm classic devices, hardware security modules in this region, old luna hsms',
    example: 'which old classic hardware security modules do we still run',
  },
  {
    op: 'cloudhsm:DescribeHsm',
    asked:
      'classic hsm status, serial number, eni ip of a legacy hardware security module, firmware version, luna appliance details',
    example:
      'show status and ip of the legacy classic hsm arn:aws:cloudhsm:us-east-1:111122223333:hsm-12345678',
  },
  {
    op: 'license-manager:CreateLicenseConfiguration',
    asked:
      'track software licenses, byol rules, count vcpus cores sockets or instances, license limit, hard limit blocks launches, windows server or sql server licenses, oracle licensing',
    example: 'enforce a limit of 96 vcpus for our sql server enterprise byol',
  },
  {
    op: 'license-manager:ListUsageForLicenseConfiguration',
    asked:
      'how many licenses are consumed, which instances use a license, license consumption, seats in use, compliance with license count, eating up the license pool',
    example: 'which instances are consuming our oracle license pool',
  },
  {
    op: 'license-manager:UpdateLicenseSpecificationsForResource',
    asked:
      'attach a license rule to an ami or instance, associate instance with a license configuration, detach license tracking from an image',
    example: 'attach the sql-enterprise license rules to ami-0abc1234',
  },
  {
    op: 'license-manager:CheckoutLicense',
    asked:
      'claim an entitlement, consume a seat from a marketplace license, isv software entitlement check at startup, draw down license units, claim a seat at startup, paid entitlement',
    example: 'our app should claim one seat of its paid entitlement at startup',
  },
  {
    op: 'license-manager:CreateGrant',
    asked:
      'distribute a license to another account, give entitlements to member accounts, share a purchased license, hand a license to another account, allowed operations',
    example: 'hand our purchased software license to account 444455556666',
  },
  {
    op: 'license-manager:ListReceivedLicenses',
    asked:
      'licenses given to this account, marketplace entitlements we received, products we are entitled to, bought software licenses',
    example: 'what software entitlements has our account been given from seller subscriptions',
  },
  {
    op: 'license-manager:CreateLicenseManagerReportGenerator',
    asked:
      'license usage report, daily or weekly license report to s3, compliance report for auditors, export license usage',
    example: 'send a weekly license usage report to s3://lic-reports for the audit',
  },
  {
    op: 'license-manager-user-subscriptions:StartProductSubscription',
    asked:
      'microsoft office for a user, visual studio subscription, remote desktop services cal, assign office license to a person, per user licensing',
    example: 'give alice a microsoft office license on our ec2 desktops',
  },
  {
    op: 'license-manager-user-subscriptions:AssociateUser',
    asked:
      'let a user sign in to a licensed instance, link a person to an office instance, user access to licensed ec2, office-enabled instance, ms office machine',
    example: 'let bob sign in to our ms office instance i-0abc123',
  },
  {
    op: 'license-manager-user-subscriptions:ListProductSubscriptions',
    asked:
      'who has office licenses, which users hold visual studio or remote desktop subscriptions, per user license assignments',
    example: 'who currently holds microsoft office seats in our account',
  },
  {
    op: 'outposts:CreateOrder',
    asked:
      'buy rack hardware, order on-premises racks, purchase capacity for our datacenter, payment option, all upfront three years',
    example: 'place an order for two 42u racks for our outpost op-0abc1234, all upfront',
  },
  {
    op: 'outposts:ListOutposts',
    asked:
      'on-premises racks we run, aws hardware in our datacenter, which outposts exist, lifecycle status, availability zone of each rack',
    example: 'show all our on-prem aws racks and which az they anchor to',
  },
  {
    op: 'outposts:GetOutpostInstanceTypes',
    asked:
      'instance sizes available on the rack, capacity we can launch on-premises, what ec2 types does our rack have',
    example: 'which ec2 instance sizes can I launch on outpost op-0abc1234',
  },
  {
    op: 'outposts:CreateSite',
    asked:
      'datacenter location for racks, shipping address, power and network requirements, physical site details, uplink speed',
    example: 'register our frankfurt datacenter as a location for rack delivery',
  },
  {
    op: 'outposts:GetOrder',
    asked: 'rack order status, has our hardware shipped, delivery progress, installation status of the order',
    example: 'has order oo-01234abcd for our racks shipped yet',
  },
  {
    op: 'outposts:ListAssets',
    asked:
      'hardware in the rack, servers and hosts in the rack, asset ids, host status, compute assets on-premises, physical hosts inside the rack',
    example: 'what physical hosts sit inside outpost op-0abc1234',
  },
  {
    op: 'outposts:StartCapacityTask',
    asked:
      'reconfigure rack capacity, change instance type mix on-premises, slot layout, repartition hosts into different sizes',
    example: 'rebalance the rack so we get more m5.2xlarge slots instead of c5.large',
  },
];

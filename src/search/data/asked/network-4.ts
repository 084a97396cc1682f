// Data: how people ask for operations (see ../asked.ts), network services: DNS (Route 53 zones,
// records, health checks), domain names (registration, renewal, transfer) and DNS resolution
// inside networks (Resolver forwarding, DNS firewall, query logs).

import type { AskedEntry } from './types.js';

export const ASKED_NETWORK_4: readonly AskedEntry[] = [
  {
    op: 'route53:ChangeResourceRecordSets',
    asked:
      'add a dns record, point a domain or subdomain at a server ip, make a name resolve to an address, cname, a record, alias, update a dns entry, txt verification record, mx record, upsert, subdomain, change where a domain goes, dns failover weights, add a txt record, domain verification record for google or microsoft, spf or dkim record, delete a record',
    example: 'point the shop subdomain at our new server ip',
  },
  {
    op: 'route53:ListResourceRecordSets',
    asked:
      'show dns records, what entries exist in a zone, where does a subdomain point, export a zone, dns entries for a domain, lookup current values',
    example: 'what dns entries do we have for example.com',
  },
  {
    op: 'route53:GetChange',
    asked:
      'has my dns change gone through, propagated, insync, pending, status of a record update, is the dns update done, wait for dns',
    example: 'has the dns update I just made finished propagating',
  },
  {
    op: 'route53:CreateHostedZone',
    asked:
      'host dns for a domain, new dns zone, set up dns for a new domain, private dns for a vpc, get name servers, manage dns in aws, private dns zone visible only within the vpc, private hosted zone',
    example: 'start managing dns for newbrand.io',
  },
  {
    op: 'route53:ListHostedZones',
    asked:
      'which domains do we manage dns for, list dns zones, all zones in the account, public and private zones, all dns zones we manage, which domains we host dns for in route 53, every zone in the account, zone ids',
    example: 'which domains do we run dns for',
  },
  {
    op: 'route53:ListHostedZonesByName',
    asked:
      'find the zone id for a domain name, look up a zone by name, zone id of example.com, alphabetical zones, find the hosted zone id of a domain name, look up a zone by its domain, zone id for a domain',
    example: 'find the zone id of example.org',
  },
  {
    op: 'route53:GetHostedZone',
    asked:
      'name servers of a zone, ns records to give the registrar, zone details, record count, delegation set, is the zone private, name servers assigned to a zone, which awsdns name servers a zone uses',
    example: 'what name servers should I give the registrar for Z0123456789ABC',
  },
  {
    op: 'route53:DeleteHostedZone',
    asked:
      'stop hosting dns for a domain, remove a dns zone, zone must be empty first, stop paying for an unused zone',
    example: 'remove the dns zone of a domain we gave up',
  },
  {
    op: 'route53:CreateHealthCheck',
    asked:
      'monitor an endpoint, ping a website, uptime check, dns failover, check if a site is up, alarm when a site goes down, probe a url from many places, check a site every 30 seconds, mark an endpoint down when it stops responding or answering, watch a url and flag it unhealthy, dns health check on a server',
    example: 'set up an alert for when our website stops answering, checking it from several places',
  },
  {
    op: 'route53:GetHealthCheckStatus',
    asked:
      'is the endpoint healthy at the moment, which checkers see it down, current health, up or down, probe results, is the check passing right now, current health of a health check, is the endpoint healthy',
    example: 'is our api endpoint currently seen as up or down by the dns probes',
  },
  {
    op: 'route53:GetHealthCheckLastFailureReason',
    asked:
      'why did the check fail, what error, reason for unhealthy, last failure, timeout or bad status code, why is the health check red, failing or down, why did it go unhealthy, what made the check fail',
    example: 'why is the uptime probe on our api marked unhealthy, what error did it get',
  },
  {
    op: 'route53:ListHealthChecks',
    asked:
      'all uptime checks, which endpoints are monitored, list probes, failover checks in the account, every uptime check we set up in dns, list our dns monitors',
    example: 'which endpoints do we have uptime probes for',
  },
  {
    op: 'route53:UpdateHealthCheck',
    asked:
      'change the path of a check, failure threshold, invert, disable a check temporarily, change the port or url probed',
    example: 'change the dns failover check on our api to hit /healthz and fail after 5 misses',
  },
  {
    op: 'route53:DeleteHealthCheck',
    asked: 'remove an uptime check, stop monitoring an endpoint, clean up old probes',
    example: 'remove the uptime probe for the retired api',
  },
  {
    op: 'route53:AssociateVPCWithHostedZone',
    asked:
      'make private dns visible to another vpc, share a private zone, resolve internal names from another network, internal domain in a second vpc, let another vpc use or resolve a private zone, add a vpc to a private hosted zone, share private dns with another vpc',
    example: 'let a second network resolve the names in our private dns zone',
  },
  {
    op: 'route53:ListHostedZonesByVPC',
    asked:
      'which private zones does a vpc see, internal domains a network resolves, zones linked to a network',
    example: 'which private dns zones can vpc-0abc1234 resolve',
  },
  {
    op: 'route53:TestDNSAnswer',
    asked:
      'what would dns answer, which ip would be returned for a name, answer seen from a resolver in another country, test record resolution, dig, nslookup, simulate a query, check a record returns the right ip, what would route 53 return or answer for a name, simulate a dns query, check a record answer without dig',
    example: 'simulate a dns lookup of www.example.com and show the answer',
  },
  {
    op: 'route53:CreateQueryLoggingConfig',
    asked:
      'log dns queries, who is looking up a domain, record lookups to cloudwatch, public dns query logs, keep a log of every dns lookup or query hitting a zone, which names get looked up, dns query logging for a hosted zone',
    example: 'record every lookup of our public domain to cloudwatch logs',
  },
  {
    op: 'route53:EnableHostedZoneDNSSEC',
    asked:
      'sign a zone, turn dnssec on, protect against spoofing, cryptographic signing of records, ds record, sign a hosted zone with dnssec, start dnssec signing',
    example: 'turn on record signing for example.com to stop spoofing',
  },
  {
    op: 'route53:GetCheckerIpRanges',
    asked:
      'ip ranges of the probes to allow in a firewall, source addresses of the checks, checker addresses',
    example: 'which addresses do the uptime probes come from so I can allow them',
  },
  {
    op: 'route53domains:RegisterDomain',
    asked: 'buy a domain, purchase a domain name, register a new website name, get a .com',
    example: 'buy the domain coolstartup.com',
  },
  {
    op: 'route53domains:CheckDomainAvailability',
    asked:
      'is a domain taken, already owned by someone, still free or available, can I buy this name, up for grabs, is the website name free to register, can I still get a name or is it taken, is the name free to buy, is someone already using that domain',
    example: 'is the name coolstartup.com still free or does someone own it',
  },
  {
    op: 'route53domains:GetDomainSuggestions',
    asked:
      'suggest domain names, alternatives to a taken name, similar available names, name ideas, available names close or similar to a domain, alternatives to a taken name, domain name ideas',
    example: 'coolstartup.com is taken, suggest similar names',
  },
  {
    op: 'route53domains:TransferDomain',
    asked:
      'move a domain from godaddy, bring a domain to aws, transfer in from another registrar, change registrar',
    example: 'bring example.net over from godaddy',
  },
  {
    op: 'route53domains:RenewDomain',
    asked:
      'extend registration, domain expiring soon, pay for another year now, add years to the registration, one off extension',
    example: 'example.com expires next month, extend it by a year',
  },
  {
    op: 'route53domains:ListDomains',
    asked:
      'which domains do we own, registered names, expiry dates of our domains, domain inventory, all domains we bought or registered with aws, our registered domain names',
    example: 'which domain names does the company own and when do they expire',
  },
  {
    op: 'route53domains:GetDomainDetail',
    asked:
      'when does a domain expire, expiry date, who owns a domain, owner listed for a domain, registration details, registrant, whois, auto renew status, name servers at the registrar, lock status, domain registration running out or lapsing, renewal date of a registered domain',
    example: 'when does example.com expire and who is listed as its owner',
  },
  {
    op: 'route53domains:UpdateDomainNameservers',
    asked:
      'change name servers at the registrar, point a domain at another dns provider, delegate to cloudflare, ns records of a domain, point a domain at new name servers, set the nameservers of a registered domain to awsdns hosts, change ns servers of the domain at the registrar',
    example: 'send example.com to the cloudflare name servers instead',
  },
  {
    op: 'route53domains:EnableDomainAutoRenew',
    asked:
      'renew automatically, never let a domain expire or lapse, automatic renewal every year, charge the card yearly without asking, set and forget, recurring billing for the name',
    example: 'make sure example.com renews by itself every year',
  },
  {
    op: 'route53domains:RetrieveDomainAuthCode',
    asked: 'auth code, epp code, transfer out, move a domain to another registrar, authorization code',
    example: 'get the epp code so we can move example.com to another registrar',
  },
  {
    op: 'route53resolver:CreateResolverEndpoint',
    asked:
      'inbound endpoint, outbound endpoint, hybrid dns, let office dns servers resolve private cloud names, cloud lookups of office names, on premises resolve aws names, forward dns to the data center, dns bridge between office and cloud',
    example: 'let our office dns servers resolve private names in the cloud network',
  },
  {
    op: 'route53resolver:CreateResolverRule',
    asked:
      'conditional forwarder, forward a domain to on premises dns servers, send lookups for a corp domain to datacenter dns, send lookups for corp names to the office, forwarding rule, resolve names of the datacenter internal zone, look up on-prem hostnames from aws',
    example: 'send lookups for corp.example.com to our datacenter dns at 10.1.1.10',
  },
  {
    op: 'route53resolver:AssociateResolverRule',
    asked:
      'apply a forwarding rule to a vpc, extend dns forwarding to another network, make a network use the forwarder, share forwarding with a network',
    example: 'apply our dns forwarding for corp.example.com to the dev network',
  },
  {
    op: 'route53resolver:ListResolverRules',
    asked:
      'which domains get forwarded, list conditional forwarders, where corp lookups go, dns forwarding to on premises in place',
    example: 'which domains get forwarded to on premises dns',
  },
  {
    op: 'route53resolver:CreateFirewallDomainList',
    asked:
      'blocklist of domains, list of bad domains, malicious domain list, allowed domains list for dns filtering',
    example: 'make a list of bad domains we never want servers to look up',
  },
  {
    op: 'route53resolver:CreateFirewallRule',
    asked:
      'block lookups of a domain, dns filtering, stop servers resolving malware domains, dns block or alert action',
    example: 'stop servers in our networks from resolving known malware domains',
  },
  {
    op: 'route53resolver:AssociateFirewallRuleGroup',
    asked: 'apply dns filtering to a vpc, turn on dns blocking for a network, attach domain blocking rules',
    example: 'apply the malware domain blocking rules to the prod network',
  },
  {
    op: 'route53resolver:CreateResolverQueryLogConfig',
    asked:
      'log every dns lookup from a vpc, which domains do servers look up, record outbound dns queries, dns audit trail, record every dns query made inside vpcs, dns query logging to cloudwatch or s3',
    example: 'record which domains our servers look up inside the network',
  },
];

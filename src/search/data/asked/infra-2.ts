// Data: how people ask for operations (see ../asked.ts), Route 53 Application Recovery Controller
// (readiness, routing controls, safety rules), Route 53 Profiles, Network Flow Monitor, the
// Private CA connector for Active Directory, IoT secure tunnelling and IoT Wireless (LoRaWAN).

import type { AskedEntry } from './types.js';

export const ASKED_INFRA_2: readonly AskedEntry[] = [
  {
    op: 'route53-recovery-cluster:UpdateRoutingControlState',
    asked:
      'fail over to the standby region, flip traffic away from a cell, turn a switch on or off, evacuate a region, manual failover switch, arc, flip the failover switch, send users to the standby region',
    example: 'flip traffic to us-west-2 now, us-east-1 cell is broken',
  },
  {
    op: 'route53-recovery-cluster:UpdateRoutingControlStates',
    asked:
      'flip several failover switches together, move traffic for many cells at once, swap primary and secondary in one call',
    example: 'flip the east and west failover switches together in one request',
  },
  {
    op: 'route53-recovery-cluster:GetRoutingControlState',
    asked:
      'is the failover switch on or off, which region is taking traffic, current routing switch position, arc cluster endpoint',
    example: 'is the us-east-1 switch currently on or off',
  },
  {
    op: 'route53-recovery-control-config:CreateRoutingControl',
    asked:
      'make a failover switch, on off toggle for a cell, arc switch tied to a health check, traffic dial for a region',
    example: 'add an on/off switch for the eu-west-1 cell in our arc panel',
  },
  {
    op: 'route53-recovery-control-config:CreateSafetyRule',
    asked:
      'guardrail so both regions are never off, assertion rule, gating rule, at least one switch must stay on, prevent failing over everything, stop a routing switch from being flipped unless another one is on, guard against turning every switch off',
    example: 'stop anyone from switching off both regions at the same time',
  },
  {
    op: 'route53-recovery-control-config:CreateCluster',
    asked:
      'five regional endpoints for failover, highly available data plane for switches, arc cluster, dedicated failover control endpoints',
    example: 'set up the 5-region arc endpoint set we call during an outage',
  },
  {
    op: 'route53-recovery-control-config:CreateControlPanel',
    asked: 'group of failover switches, dashboard grouping switches for one app, arc panel',
    example: 'make a panel to hold the failover switches for the checkout app',
  },
  {
    op: 'route53-recovery-readiness:CreateReadinessCheck',
    asked:
      'verify the standby is ready to take traffic, standby matches primary capacity and quotas, failover preparedness audit, audit before failover',
    example: 'audit whether our standby region matches the primary capacity and quotas before failover',
  },
  {
    op: 'route53-recovery-readiness:GetRecoveryGroupReadinessSummary',
    asked:
      'is the app ready to fail over, overall readiness ready or not ready, which cells are not ready, failover posture',
    example: 'is the payments app ready to fail over, which parts are not ready',
  },
  {
    op: 'route53-recovery-readiness:CreateRecoveryGroup',
    asked: 'model an application as cells per region, group replicas for failover readiness, arc application',
    example: 'model the storefront app as one east cell and one west cell for readiness',
  },
  {
    op: 'route53profiles:CreateProfile',
    asked:
      'share dns settings across vpcs, bundle private hosted zones resolver rules and dns firewall, central dns config, one dns setup for many accounts',
    example: 'bundle our private zones and resolver forwarding rules so every vpc gets the same dns',
  },
  {
    op: 'route53profiles:AssociateProfile',
    asked:
      'apply dns bundle to a vpc, attach shared dns settings to a vpc, give a vpc our standard dns, attach dns profile to vpc',
    example: 'attach dns profile rp-abc123 to vpc-0def456 so it uses our shared dns',
  },
  {
    op: 'route53profiles:AssociateResourceToProfile',
    asked:
      'add a private hosted zone to the dns bundle, add resolver rule or dns firewall rule group to the shared dns settings',
    example: 'add the internal.corp private zone to dns profile rp-abc123',
  },
  {
    op: 'networkflowmonitor:CreateMonitor',
    asked:
      'watch tcp traffic between workloads, packet loss and latency between subnets, retransmissions, retransmits, network health of flows, watch path to another az',
    example: 'keep an eye on tcp retransmits and packet loss between our app subnet and the rds subnet',
  },
  {
    op: 'networkflowmonitor:StartQueryMonitorTopContributors',
    asked:
      'which flows have the most retransmissions, worst talkers, top flows by data transferred or round trip time, who is dropping packets',
    example: 'which flows had the worst round trip times in monitor web-to-db last hour',
  },
  {
    op: 'networkflowmonitor:CreateScope',
    asked:
      'choose accounts to collect flow data from, enable network flow agents scope, which accounts flows are analysed',
    example: 'let network flow data be collected from our prod account 111122223333',
  },
  {
    op: 'pca-connector-ad:CreateConnector',
    asked:
      'issue certificates to domain joined machines, autoenroll windows computers, replace on-prem adcs, active directory certificate services alternative, windows machines in active directory auto-enroll certificates from the private ca, autoenrollment',
    example: 'let our domain-joined windows laptops auto-enroll certs from our private ca instead of adcs',
  },
  {
    op: 'pca-connector-ad:CreateTemplate',
    asked:
      'certificate template for windows autoenrollment, key usage, validity period, enrollment flags, subject name from ad, computer or user certs',
    example: 'define a one-year machine cert template for autoenrollment',
  },
  {
    op: 'pca-connector-ad:CreateTemplateGroupAccessControlEntry',
    asked:
      'allow an ad group to enroll, permission to autoenroll for a group, who may request this cert type, security identifier',
    example: 'allow the Domain Computers group to auto-enroll with this cert type',
  },
  {
    op: 'iotsecuretunneling:OpenTunnel',
    asked:
      'ssh into a device behind a firewall, remote access to field device, tunnel to an iot thing, source and destination access tokens, troubleshoot remotely, behind nat, iot device, remote ssh session to a device, reach a device remotely',
    example: 'open an ssh session to iot device sensor-42 behind a customer nat',
  },
  {
    op: 'iotsecuretunneling:CloseTunnel',
    asked: 'end remote session to device, kill the ssh tunnel, revoke remote access to a thing',
    example: 'shut down the remote ssh session to sensor-42 now',
  },
  {
    op: 'iotsecuretunneling:RotateTunnelAccessToken',
    asked:
      'new token for source or destination, leaked tunnel token, reconnect local proxy, refresh credentials for the session',
    example: 'the local proxy token for tunnel 1234abcd leaked, issue fresh ones',
  },
  {
    op: 'iotwireless:CreateWirelessDevice',
    asked:
      'onboard a lorawan sensor, deveui appkey, otaa or abp, register a sidewalk device, add end device, add a lorawan sensor with its dev eui',
    example: 'register a lorawan sensor with deveui 70B3D57ED0001234 using otaa',
  },
  {
    op: 'iotwireless:CreateWirelessGateway',
    asked:
      'add a lorawan gateway, gateway eui, connect a base station, lns gateway, frequency band us915 eu868',
    example: 'add our rooftop lorawan base station, eui 00800000a0001234, band us915',
  },
  {
    op: 'iotwireless:SendDataToWirelessDevice',
    asked:
      'downlink message, send payload to a lorawan sensor, push command to end device, fport, transmit mode',
    example: 'send a downlink hex payload 01ff to sensor 7c2e on fport 2',
  },
  {
    op: 'iotwireless:GetWirelessDeviceStatistics',
    asked:
      'last uplink time, rssi and snr, signal strength, battery level, is the sensor still reporting, last seen',
    example: 'when did soil sensor 7c2e last report and what was its rssi',
  },
  {
    op: 'iotwireless:CreateFuotaTask',
    asked:
      'firmware update over the air for lorawan, push new firmware to sensors, fuota campaign, ota image',
    example: 'roll out firmware image s3://fw/v2.bin to our lorawan meters',
  },
  {
    op: 'iotwireless:GetWirelessGatewayStatistics',
    asked:
      'is the gateway online, connection status, lorawan base station connected, last uplink received by gateway, gateway heartbeat',
    example: 'is our lorawan gateway online and when did it last connect',
  },
];

// Data: round-10 self-play words for network and edge operations that had no asked entry (see ../asked.ts):
// the reads that answer questions about them ("is the standby cell ready", "which tgws are on the map").
import type { AskedEntry } from './types.js';

export const ASKED_NETWORK_R10: readonly AskedEntry[] = [
  {
    op: 'networkmanager:GetTransitGatewayRegistrations',
    asked:
      'which transit gateways are in the global network, are our tgws registered in network manager, hub routers shown on the global map, is the tgw showing up in the cloud wan view, how many transit gateways did we add',
    example: 'which tgws did we add to global network global-network-01231231231231231',
  },
  {
    op: 'route53-recovery-readiness:GetCellReadinessSummary',
    asked:
      'is this cell ready, readiness of one region or zone copy of the app, can this region take the traffic, is the standby cell healthy enough to fail over, which checks in the cell are not ready',
    example: 'is cell us-west-2-cell ready to take production traffic',
  },
  {
    op: 'route53-recovery-readiness:GetReadinessCheckStatus',
    asked:
      'is the readiness check passing, why does the readiness check say not ready, which resources make the check fail, are the replicas configured the same as the primary',
    example: 'why is readiness check rds-check showing not ready',
  },
  {
    op: 'wafv2:UpdateRuleGroup',
    asked:
      'change rules in our own waf rule group, add a rule to the custom rule group, edit the shared set of waf rules, tweak a limit inside the rule group, remove a rule from the group',
    example: 'add a geo block for two countries to our custom waf rule group shared-rules',
  },
  {
    op: 'elb:CreateLBCookieStickinessPolicy',
    asked:
      'sticky sessions on a classic load balancer, keep a user on the same backend server, session affinity with a load balancer cookie, stick clients to one instance for some minutes, why do users lose their session between servers',
    example: 'keep each visitor on one backend for 10 minutes on the old classic elb web-lb',
  },
  {
    op: 'elb:CreateAppCookieStickinessPolicy',
    asked:
      'stick sessions using my application cookie, follow the jsessionid cookie, session affinity from the app cookie, classic elb stickiness that lasts as long as our own cookie',
    example: 'make the classic elb keep users on one server based on our JSESSIONID cookie',
  },
  {
    op: 'appmesh:ListVirtualNodes',
    asked:
      'which services are in the mesh, what backends does the envoy mesh know about, nodes of the app mesh, how many virtual nodes does the mesh have',
    example: 'what virtual nodes does app mesh shop-mesh have',
  },
  {
    op: 'internetmonitor:GetHealthEvent',
    asked:
      'details of an internet outage hitting our users, which cities and isps does this event affect, how bad is the latency spike for customers, is the isp problem over yet',
    example: 'which cities and providers are hit by internet health event 2024-01-05-isp',
  },
  {
    op: 'arc-zonal-shift:ListZonalShifts',
    asked:
      'is traffic shifted away from a zone right now, which availability zones are drained, active zonal shifts, when does the zone shift expire, did aws move traffic off an az',
    example: 'is traffic drained away from availability zone use1-az2 right now',
  },
];

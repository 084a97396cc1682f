// Data: everyday verbs (issue 16, round 8) that the synonym table lacked or read too narrowly.
// Each maps to operation verbs as in VERB_SYNONYMS (data/verbs.ts), which merges these in (an
// entry here overrides one there), and says why with an example query that must find its
// operation in the top five (tested in test/integration/search/verbs-r8.test.ts).

import { R9_VERBS } from './verbs-r9.js';
import { R10_VERBS } from './verbs-r10.js';
import { R13_VERBS } from './verbs-r13.js';
import { R14_VERBS } from './verbs-r14.js';
import { R15_VOICE_VERBS } from './verbs-r15-voices.js';
import { R15_TRAP_VERBS } from './verbs-r15-traps.js';
import { R16_PARAPHRASE_VERBS } from './verbs-r16-paraphrase.js';
import { R17_PARA_TAIL_VERBS } from './verbs-r17-para-tail.js';
import { R18_TAIL_B_VERBS } from './verbs-r18-tail-b.js';
import { R19_AGENT_READS, R19_AGENT_VERBS } from './verbs-r19-agent.js';
import { R17_PARA_TOP_VERBS } from './verbs-r17-para-top.js';
import { R18_TAIL_A_VERBS } from './verbs-r18-tail-a.js';
import { R19_MID_VERBS } from './verbs-r19-mid.js';
import { R19_ONCALL_VERBS } from './verbs-r19-oncall.js';
import { R20_PERSONA_VERBS } from './verbs-r20-persona.js';
import { R20_PARATOP_VERBS } from './verbs-r20-paratop.js';
import { R21_OPS_VERBS } from './verbs-r21-ops.js';
import { R21_DATA_VERBS } from './verbs-r21-data.js';
import { R22_PLAIN_VERBS } from './verbs-r22-plain.js';
import { R22_DIAG_VERBS } from './verbs-r22-diag.js';
import { R22_QS_SHOW_VERBS } from './verbs-r22-qs.js';

export interface EverydayVerb {
  /** Operation verb -> weight, as in VERB_SYNONYMS. */
  readonly weights: Readonly<Record<string, number>>;
  readonly why: string;
  readonly example: readonly [query: string, expected: string];
}

export const EVERYDAY_VERBS: Readonly<Record<string, EverydayVerb>> = {
  bump: {
    weights: { update: 1, set: 1, modify: 1, increase: 1 },
    why: 'bumping a number (capacity, size, version) up sets it to a new value',
    example: ['bump my auto scaling group to 6 instances', 'autoscaling:SetDesiredCapacity'],
  },
  dial: {
    weights: { update: 1, set: 0.9, modify: 0.8 },
    why: 'dialling a share of traffic up or down changes a setting (weights, percentages)',
    example: [
      'dial 20 percent of traffic to the endpoint group in eu-west-1',
      'globalaccelerator:UpdateEndpointGroup',
    ],
  },
  resync: {
    weights: { start: 1, sync: 1, retry: 0.6 },
    why: 'syncing again runs the sync (ingestion, replication) another time: a Start*',
    example: ['resync the data source of my bedrock knowledge base', 'bedrock-agent:StartIngestionJob'],
  },
  // rolling out a change to something that exists updates it (UpdateService), or starts a
  // deployment (AppConfig); it rarely creates something new
  'roll out': {
    weights: { deploy: 1, start: 0.9, update: 0.9, create: 0.5 },
    why: 'rolling out a new revision updates what runs it or starts a deployment',
    example: ['roll out the latest task definition to ecs service api', 'ecs:UpdateService'],
  },
  rollout: {
    weights: { deploy: 1, start: 0.9, update: 0.9, create: 0.5 },
    why: 'a rollout is the same as rolling out',
    example: ['rollout the latest task definition to ecs service api', 'ecs:UpdateService'],
  },
  // a cache is flushed by emptying it, or by creating an invalidation of some paths (CloudFront)
  flush: {
    weights: { flush: 1, purge: 0.8, clear: 0.8, create: 0.4 },
    why: 'flushing a cdn cache creates an invalidation; other caches are flushed or purged',
    example: ['flush /index.html from distribution E2QWRUHAPOMQZL', 'cloudfront:CreateInvalidation'],
  },
  // round 9 (media group)
  'power cycle': {
    weights: { reboot: 1, restart: 1 },
    why: 'power cycling a machine or a desktop turns it off and on again: a reboot',
    example: ['power cycle my workspace ws-abc123xyz, it hangs', 'workspaces:RebootWorkspaces'],
  },
  quiet: {
    weights: { snooze: 1, disable: 0.9, deactivate: 0.6, set: 0.4 },
    why: 'quieting an alarm or an alert silences it, for a while (Snooze*) or until turned on again',
    example: ['quiet the iot events alarm on pump-3 during maintenance', 'iotevents-data:BatchSnoozeAlarm'],
  },
  snooze: {
    weights: { snooze: 1, disable: 0.7, deactivate: 0.5 },
    why: 'snoozing an alarm silences it for a set time; where no Snooze* exists it is disabled',
    example: ['snooze the tank level alarm for an hour', 'iotevents-data:BatchSnoozeAlarm'],
  },
  whatsapp: {
    weights: { send: 1, post: 0.5 },
    why: 'to whatsapp someone is to send them a WhatsApp message, as to text is to send an sms',
    example: ['whatsapp the delivery update to +15551230000', 'socialmessaging:SendWhatsAppMessage'],
  },
};

/** The entries of every round that VERB_SYNONYMS merges in (rounds 9 and 10: data/verbs-r9.ts, verbs-r10.ts). */
export const EVERYDAY_AND_LATER: Readonly<Record<string, EverydayVerb>> = {
  ...EVERYDAY_VERBS,
  ...R9_VERBS,
  ...R10_VERBS,
  ...R13_VERBS,
  ...R14_VERBS,
  ...R15_VOICE_VERBS,
  ...R15_TRAP_VERBS,
  ...R16_PARAPHRASE_VERBS,
  ...R17_PARA_TAIL_VERBS,
  ...R18_TAIL_A_VERBS,
  ...R17_PARA_TOP_VERBS,
  ...R18_TAIL_B_VERBS,
  ...R19_MID_VERBS,
  ...R19_ONCALL_VERBS,
  ...R19_AGENT_VERBS,
  ...R19_AGENT_READS,
  ...R20_PERSONA_VERBS,
  ...R20_PARATOP_VERBS,
  ...R21_OPS_VERBS,
  ...R21_DATA_VERBS,
  ...R22_PLAIN_VERBS,
  ...R22_DIAG_VERBS,
  ...R22_QS_SHOW_VERBS,
};

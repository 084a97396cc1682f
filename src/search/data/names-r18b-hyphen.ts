// Data: more places a kebab token is a name the user gave (src/search/kebab-names.ts). "mute
// cpu-high while we patch", "the homepage-check canary is stopped", "unmute the high-cpu alarm":
// the name's parts (cpu, high, check) describe the user's naming, not the task, so they must not
// match asked words ("cpu is high" -> PutMetricAlarm) nor give the request its verb ("check").

import type { Reasoned } from './reasoned.js';

export const KEBAB_NAMES_R18B: Reasoned & {
  /** Kinds, beyond data/names-r12.ts and names-r17-siblings.ts, a kebab name is typed right before. */
  readonly kinds: ReadonlySet<string>;
  /** Kinds named after the condition they watch ("the high-cpu alarm", "the low-disk alert"). */
  readonly conditionKinds: ReadonlySet<string>;
  /** First parts that make a kebab verb said with its manner ("hand-edit", "re-run", "auto-scale"). */
  readonly mannerFirsts: ReadonlySet<string>;
  /** Words, beyond stop words, that end the phrase a name closes ("mute cpu-high WHILE we patch"). */
  readonly phraseEnds: ReadonlySet<string>;
  /** Verbs whose kebab object is a setting's name ("set maxmemory-policy to ..."), read as words. */
  readonly settingVerbs: ReadonlySet<string>;
} = {
  kinds: new Set([
    'canary',
    'canaries',
    'alert',
    'monitor',
    'endpoint',
    'model',
    'notebook',
    'trail',
    'layer',
    'fleet',
    'detector',
    'index',
    'collection',
    'broker',
    'channel',
    'agent',
    'api',
    'volume',
    'snapshot',
    'image',
    'vpc',
    'subnet',
    'keyspace',
    'workgroup',
    'namespace',
    'registry',
    'state',
    'machine',
  ]),
  conditionKinds: new Set(['alarm', 'alarms', 'alert', 'monitor', 'canary']),
  mannerFirsts: new Set([
    'hand',
    're',
    'auto',
    'pre',
    'un',
    'de',
    'co',
    'double',
    'cross',
    'hot',
    'fail',
    'roll',
    'self',
  ]),
  phraseEnds: new Set(['while', 'until', 'during', 'before', 'tonight', 'today', 'because']),
  settingVerbs: new Set([
    'set',
    'change',
    'raise',
    'lower',
    'increase',
    'decrease',
    'configure',
    'tune',
    'adjust',
    'enable',
    'disable',
  ]),
  why: 'a kebab token right before the kind it names, or right after the verb acting on it, is a name',
  example: ['start the uptime-check canary back up', 'synthetics:StartCanary'],
};

// Data: words that name the service a task is done WITH (issue 16, round 21). "protect the load
// balancer with waf", "investigate the ec2 instance using detective", "cover the elastic ip with
// shield": the service after the marker does the work, the services named before it are only
// what it works on, so the tool's name counts fully (even when it is an everyday word: shield,
// detective, config, backup) and outranks theirs. Read by tool-service.ts; examples tested in
// test/integration/search/tool-service-r21-sec.test.ts.

import type { Reasoned } from './reasoned.js';

export const TOOL_SERVICE_MARKERS: Reasoned & {
  /** Words right before the tool's name. */
  readonly markers: ReadonlySet<string>;
  /** Words that may stand between the marker and the name ("with the aws shield"). */
  readonly between: ReadonlySet<string>;
  /** Words that may follow the name and end its phrase ("with inspector for cves"). */
  readonly after: ReadonlySet<string>;
  /** Share of the named-service boost left to the services the tool works on. */
  readonly objectShare: number;
} = {
  markers: new Set(['with', 'using', 'via', 'through']),
  between: new Set(['a', 'an', 'the', 'aws', 'amazon', 'our', 'my']),
  after: new Set(['for', 'to', 'so', 'and', 'then', 'before']),
  objectShare: 0.6,
  why: 'a service named after "with" or "using" is the one that does the task; the services before it are what it acts on',
  example: ['protect the load balancer with waf', 'wafv2:AssociateWebACL'],
};

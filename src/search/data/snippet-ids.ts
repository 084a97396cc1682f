// Data: snippets of a query or policy language pasted into a task. Each language belongs to one
// service's API, so the snippet names the service and what runs it, as an id would. Patterns are
// tested on the token without its surrounding punctuation, or (`raw`) on the token as typed
// when the brackets are the sign (`(n:Person)`). Each entry says why and gives an example query
// that must find its operation in the top five.

import { OPS_SNIPPET_PATTERNS } from './ops-ids.js';
import type { IdPattern } from './resource-ids.js';

export interface SnippetPattern extends IdPattern {
  readonly raw?: boolean;
  /** Operation verbs that run the snippet: pasted with no verb typed, running it is the task. */
  readonly runs?: Readonly<Record<string, number>>;
}

export const SNIPPET_PATTERNS: readonly SnippetPattern[] = [
  {
    pattern: /^[A-Z]\w*(::[A-Z]\w*)*::"/,
    service: 'verifiedpermissions',
    terms: 'is authorized',
    why: 'Type::"id" is a Cedar entity (User::"alice", Action::"view"); Cedar is evaluated by Verified Permissions',
    example: ['can User::"alice" do Action::"view" on Photo::"trip.jpg"', 'verifiedpermissions:IsAuthorized'],
  },
  {
    pattern: /^g\.(V|E|addV|addE|inject)\(/,
    service: 'neptunedata',
    terms: 'gremlin query',
    runs: { execute: 1, run: 0.8 },
    why: 'g.V() / g.E() start a Gremlin traversal, run on a Neptune graph through neptunedata',
    example: ["run g.V().hasLabel('person').count() on my graph", 'neptunedata:ExecuteGremlinQuery'],
  },
  {
    // a bare `(word)` is an aside in English: a node needs a :Label or an edge after it
    pattern: /^\(\w*(:\w+)?\)(-|<)|^\(\w*:[A-Z]\w*\)/,
    raw: true,
    service: 'neptunedata',
    terms: 'open cypher query',
    runs: { execute: 1, run: 0.8 },
    why: '(n:Label) and (a)-[:R]->(b) are openCypher patterns (MATCH (n:Person) RETURN n), run through neptunedata',
    example: [
      'MATCH (n:Person) RETURN n limit 10 on my neptune cluster',
      'neptunedata:ExecuteOpenCypherQuery',
    ],
  },
  {
    pattern: /^event(Name|Source)=\w/i,
    service: 'cloudtrail',
    terms: 'lookup events',
    runs: { lookup: 1 },
    why: 'eventName=X and eventSource=Y are the attributes CloudTrail event history is looked up by (the fields of every CloudTrail record)',
    example: ['events where eventName=DeleteBucket in the last 24h', 'cloudtrail:LookupEvents'],
  },
  ...OPS_SNIPPET_PATTERNS,
];

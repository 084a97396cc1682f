// A grant to a principal: "let the etl role read the raw bucket", "give alice read access to the
// reports bucket". What is wanted is the policy that holds the grant (data/grants.ts): a policy
// on the role, user or group, or for another account the resource's own policy. The resource
// named is only what the policy is about, as the thing named in an elsewhere question is.

import { analyze } from './analyzer.js';
import { ACCOUNT_GRANTS, GRANT, PRINCIPAL_GRANTS, type GrantAnswer } from './data/grants-r12.js';
import { ACCOUNT_GRANT_SERVICE_WORDS } from './data/grants-r20-paratop.js';
import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import { answerFrom } from './elsewhere.js';
import { replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/** Where the grant verb stands: among the first words, after only request words ("how do i let"). */
function grantVerbAt(ws: readonly string[]): number {
  for (let i = 0; i < Math.min(ws.length, GRANT.openerReach); i++) {
    if (GRANT.verbs.has(ws[i]!)) return i;
    if (!GRANT.lead.has(ws[i]!)) return -1;
  }
  return -1;
}

const singular = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w);

/**
 * The policy a grant sentence asks for, if the words are one: a grant verb, then who (a principal
 * noun, or a word no operation's name uses: a person), then what they may do.
 */
export function grantAsked(
  ws: readonly string[],
  typed: readonly string[],
  known: (w: string) => boolean,
): GrantAnswer | undefined {
  const verb = grantVerbAt(ws);
  if (verb < 0) return undefined;
  const end = Math.min(ws.length, verb + 1 + GRANT.reach);
  if (ws.some((w, i) => GRANT.elsewhere.has(w) || GRANT.elsewhere.has(`${w} ${ws[i + 1]}`))) return undefined;
  const access = ws.findIndex(
    (w, i) => i > verb + 1 && i < end && GRANT.access.has(w) && !GRANT.accessCompounds.has(ws[i + 1] ?? ''),
  );
  if (access < 0) return undefined;
  const kinds = ws.slice(verb + 1, access).flatMap((w) => GRANT.principals.get(singular(w)) ?? []);
  if (kinds.includes('account')) {
    // the resource by its kind ("our alerts topic") or by its service's word ("our alerts sns")
    const kind = (w: string): string => ACCOUNT_GRANT_SERVICE_WORDS.get(w) ?? singular(w);
    const thing = ws.slice(access + 1).find((w) => ACCOUNT_GRANTS.has(kind(w)));
    return thing === undefined ? undefined : ACCOUNT_GRANTS.get(kind(thing));
  }
  const kind = kinds.at(-1);
  if (kind) return PRINCIPAL_GRANTS[kind as 'role' | 'user' | 'group'];
  // "give alice read access": a word the API never uses, alone between the verb and the access
  // (as typed: a name is no typo of an API word, "alice" is not "alias")
  const who = typed[verb + 1] ?? '';
  const person =
    access === verb + 2 &&
    !STOP_WORDS.has(who) &&
    !GRANT.access.has(who) &&
    !GRANT.everyone.has(who) &&
    !known(who);
  return person ? PRINCIPAL_GRANTS.person : undefined;
}

/** Marks a grant on the plan: the policy is wanted and is the head; the resource is what it is about. */
export function readGrant(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  typed: readonly string[],
): void {
  // a word of some operation's name is the API's; a person's name is in none
  const known = (w: string): boolean => analyze(w).some((t) => ix.nameLike[ix.termIds.get(t) ?? -1] === 1);
  const answer = grantAsked(ws, typed, known);
  if (!answer) return;
  answerFrom(ix, plan, answer);
  replaceVerbs(ix, plan, Object.fromEntries(answer.verbs.map((v) => [v, 1])));
  const head = new Set(analyze(answer.head).flatMap((t) => ix.termIds.get(t) ?? []));
  plan.container = new Set([...plan.terms.keys()].filter((id) => !head.has(id) && ix.nameLike[id] === 1));
  plan.inside = new Set();
  plan.head = new Set([...head].filter((id) => ix.nameLike[id] === 1));
  plan.phrases.clear();
  plan.readOnly = false;
  plan.changes = true;
}

// The asked words of every operation (data/asked/), with those a twin operation borrows from the
// same-named operation of the service whose API it is built on (data/asked-twins-r20.ts): an
// operation's own asked words, when it has them, always win over borrowed ones.

import { ASKED } from './data/asked.js';
import { ASKED_TWINS } from './data/asked-twins-r20.js';
import { ASKED_MORE_R21_OUTCOME } from './data/asked/more-r21-outcome.js';
import { ASKED_MORE_R22_CHANGE } from './data/asked/more-r22-change.js';

/**
 * `service:Operation` -> how people ask for it, own words or borrowed; made on first use (by the
 * index fingerprint and the first build) and kept: the build asks once per operation.
 */
let made: ReadonlyMap<string, string> | undefined;

export function askedWordsByOp(): ReadonlyMap<string, string> {
  made ??= lendAskedWords();
  return made;
}

function lendAskedWords(): Map<string, string> {
  const byOp = new Map(ASKED.map((e) => [e.op, e.asked]));
  // more words for an operation that has its own (data/asked/more-r21-outcome.ts) join them
  for (const e of [...ASKED_MORE_R21_OUTCOME, ...ASKED_MORE_R22_CHANGE])
    byOp.set(e.op, `${byOp.get(e.op) ?? ''}, ${e.asked}`);
  for (const twins of ASKED_TWINS) {
    const drop = new Set(twins.drop);
    for (const e of ASKED) {
      const [service, name] = e.op.split(':');
      if (service !== twins.from) continue;
      const lent = e.asked
        .split(/(\s+|,)/)
        .filter((w) => !drop.has(w.toLowerCase()))
        .join('');
      for (const to of twins.to) if (!byOp.has(`${to}:${name}`)) byOp.set(`${to}:${name}`, lent);
    }
  }
  return byOp;
}

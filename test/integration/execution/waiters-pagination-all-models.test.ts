// Every paginated operation and every waiter of every model in the bundle goes through our code:
// the traits resolve against the model's own shapes, and the JMESPath paths all parse.

import jmespath from 'jmespath';
import { describe, expect, it } from 'vitest';
import { itemsPathsOf, paginate, paginationOf } from '../../../src/execution/workflows/pagination.js';
import { setPath } from '../../../src/execution/shaping/member-path.js';
import type { JsonObject } from '../../../src/model/plain-object.js';
import { listWaiters, type PathMatcher } from '../../../src/execution/workflows/waiters.js';
import type { ServiceModel } from '../../../src/model/service-model.js';
import { allServiceModels } from '../../helpers/models.js';

/** The shape a dotted member path reaches from a structure, or undefined. */
function resolve(model: ServiceModel, from: string | undefined, memberPath: string): string | undefined {
  let cur = from;
  for (const name of memberPath.split('.')) {
    cur = cur === undefined ? undefined : model.members(cur).find((m) => m.name === name)?.target;
  }
  return cur;
}

function parses(expression: string): boolean {
  try {
    jmespath.search({}, expression);
    return true;
  } catch (e) {
    return !(e instanceof Error && (e.name === 'ParserError' || e.name === 'LexerError'));
  }
}

describe('all models', () => {
  it('resolve, paginate and wait through our code', async () => {
    const problems: string[] = [];
    let paginated = 0;
    let waiters = 0;
    for (const { directory: dir, model } of allServiceModels()) {
      for (const op of model.operations()) {
        if (op.shape.traits?.['smithy.api#paginated'] !== undefined) {
          paginated += 1;
          const p = paginationOf(model, op);
          if (!p) {
            problems.push(`${dir} ${op.name}: no tokens after merging service defaults`);
            continue;
          }
          const out = model.outputOf(op);
          if (!resolve(model, model.inputOf(op), p.inputToken)) problems.push(`${dir} ${op.name} inputToken`);
          if (!resolve(model, out, p.outputToken)) problems.push(`${dir} ${op.name} outputToken`);
          const items = itemsPathsOf(model, op);
          for (const itemsPath of items) {
            const kind = model.shape(resolve(model, out, itemsPath) ?? '')?.type;
            if (kind !== 'list' && kind !== 'set' && kind !== 'map')
              problems.push(`${dir} ${op.name} items ${itemsPath}`);
          }
          // Two scripted pages built from the trait's own paths: the token goes back, items merge.
          const page = (token: string | undefined, item: string): JsonObject => {
            let o: JsonObject = {};
            for (const ip of items) o = setPath(o, ip, [item]);
            return token ? setPath(o, p.outputToken, token) : o;
          };
          const inputs: JsonObject[] = [];
          const pages = [page('T1', 'a'), page(undefined, 'b')];
          const r = await paginate({
            model,
            op,
            input: {},
            call: async (input) => ({ output: pages[inputs.push(input) - 1]! }),
          });
          const second = inputs[1] ? JSON.stringify(inputs[1]) : '';
          if (r.pages !== 2 || !second.includes('"T1"'))
            problems.push(`${dir} ${op.name}: token not followed`);
          if (items[0] && r.itemCount !== 2) problems.push(`${dir} ${op.name}: items not merged`);
        }
        for (const w of listWaiters(model, op)) {
          waiters += 1;
          if (!w.acceptors.some((a) => a.state === 'success'))
            problems.push(`${dir} ${w.name}: no success acceptor`);
          for (const a of w.acceptors) {
            const kinds = Object.keys(a.matcher);
            if (
              kinds.length !== 1 ||
              !['output', 'inputOutput', 'success', 'errorType'].includes(kinds[0]!)
            ) {
              problems.push(`${dir} ${w.name}: matcher ${kinds.join(',')}`);
              continue;
            }
            const pm = a.matcher as { output?: PathMatcher; inputOutput?: PathMatcher };
            const m = pm.output ?? pm.inputOutput;
            if (
              m &&
              !['stringEquals', 'booleanEquals', 'allStringEquals', 'anyStringEquals'].includes(m.comparator)
            ) {
              problems.push(`${dir} ${w.name}: comparator ${m.comparator}`);
            }
            if (m && !parses(m.path)) problems.push(`${dir} ${w.name}: path ${m.path}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(paginated).toBeGreaterThan(3000);
    expect(waiters).toBeGreaterThan(250);
  });
});

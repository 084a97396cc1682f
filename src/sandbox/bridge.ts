// The seam between the script and the host. Inside the engine a prelude, run before the script,
// defines the frozen global `aws` over two host functions it keeps in a closure; everything that
// crosses is JSON text, so no host object, function or prototype is ever reachable from a script.
// A host function answers with a promise the engine owns (a deferred promise): the host settles
// it when the AWS call returns, and the run loop then lets the engine run its pending jobs.

import type { QuickJSContext, QuickJSDeferredPromise, QuickJSHandle } from 'quickjs-emscripten-core';

/**
 * Evaluated once per engine before the script. Captures JSON and Object helpers first, so a script
 * that replaces them later changes only its own view. An answer is `{"ok":true,"value":...}` or
 * `{"ok":false,"error":{code,message,hint?,details?}}`; the latter becomes an Error with `.code`.
 */
const PRELUDE = String.raw`(function (hostCall, hostRegions) {
  'use strict';
  const parse = JSON.parse, stringify = JSON.stringify, freeze = Object.freeze, assign = Object.assign;
  const settle = (text) => {
    const answer = parse(text);
    if (answer.ok) return answer.value;
    const e = new Error(answer.error.message);
    e.name = 'AwsCallError';
    e.code = answer.error.code;
    if (answer.error.hint !== undefined) e.hint = answer.error.hint;
    if (answer.error.details !== undefined) e.details = answer.error.details;
    throw e;
  };
  const call = async (service, operation, payload, options) =>
    settle(await hostCall(stringify([service, operation, payload === undefined ? {} : payload,
      options === undefined ? {} : options])));
  const paginate = (service, operation, payload, options) =>
    call(service, operation, payload, assign({}, options, { paginate: true }));
  const regions = async () => settle(await hostRegions(''));
  Object.defineProperty(globalThis, 'aws', {
    value: freeze({ call: call, paginate: paginate, regions: regions }),
    writable: false, enumerable: false, configurable: false,
  });
  return async (script) => {
    const text = stringify(await script());
    return text === undefined ? 'null' : text;
  };
})`;

/** What the host does for each door: takes the script's JSON text, answers with JSON text, never rejects. */
export interface Doors {
  call(argumentsJson: string): Promise<string>;
  regions(): Promise<string>;
}

export interface Bridge {
  /** The prelude's runner: call it with the compiled script function; it returns a promise of JSON text. */
  readonly runner: QuickJSHandle;
  /** Deferred promises the host has not settled yet (disposed on teardown). */
  readonly pending: Set<QuickJSDeferredPromise>;
}

/**
 * Installs `aws` in the context. `onSettled` runs after the host settles a deferred promise (the
 * run loop's cue to run jobs); `isOpen` is false once the run is over, and late answers are dropped.
 */
export function installBridge(
  context: QuickJSContext,
  doors: Doors,
  onSettled: () => void,
  isOpen: () => boolean,
): Bridge {
  const pending = new Set<QuickJSDeferredPromise>();
  const door = (name: string, answer: (text: string) => Promise<string>): QuickJSHandle =>
    context.newFunction(name, (arg) => {
      const text = arg !== undefined && context.typeof(arg) === 'string' ? context.getString(arg) : '';
      const deferred = context.newPromise();
      pending.add(deferred);
      void answer(text).then((reply) => {
        if (!isOpen() || !pending.delete(deferred)) return;
        const handle = context.newString(reply);
        deferred.resolve(handle);
        handle.dispose();
        onSettled();
      });
      return deferred.handle;
    });
  const callDoor = door('hostCall', (text) => doors.call(text));
  const regionsDoor = door('hostRegions', () => doors.regions());
  const prelude = context.unwrapResult(
    context.evalCode(PRELUDE, 'prelude.js', { type: 'global', strict: true }),
  );
  const runner = context.unwrapResult(
    context.callFunction(prelude, context.undefined, callDoor, regionsDoor),
  );
  prelude.dispose();
  callDoor.dispose();
  regionsDoor.dispose();
  return { runner, pending };
}

// ScriptHosts for the sandbox tests: real code paths (a real policy decision over the real
// catalog, a recorder of what would be sent), never canned answers to the scripts under test.

import { ToolError } from '../../../src/errors/tool-error.js';
import type { InnerCall, ScriptHost } from '../../../src/sandbox/types.js';

/** Answers every call with what it was asked, and records it: "what reached AWS". */
export class EchoHost implements ScriptHost {
  readonly sent: InnerCall[] = [];
  inFlight = 0;
  maxInFlight = 0;

  async call(request: InnerCall): Promise<unknown> {
    this.sent.push(request);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise((resolve) => setImmediate(resolve));
    this.inFlight -= 1;
    return { service: request.service, operation: request.operation, payload: request.payload };
  }

  async regions(): Promise<readonly string[]> {
    return ['eu-west-1', 'us-east-1'];
  }
}

/** A host whose calls end only when the run aborts them (a call that outlives the script). */
export class HangingHost implements ScriptHost {
  aborted = 0;

  call(_request: InnerCall, signal: AbortSignal): Promise<unknown> {
    return new Promise((_resolve, reject) =>
      signal.addEventListener('abort', () => {
        this.aborted += 1;
        reject(new ToolError('Cancelled', 'aborted'));
      }),
    );
  }

  async regions(): Promise<readonly string[]> {
    return [];
  }
}

// `aws-tool-mcp approve` lists approval requests waiting for a person; `approve <id>` approves one
// (out-of-band mode: the agent's token works only after this), `approve <id> --reject` denies it
// (a call waiting for it is refused, naming who denied). The decision is recorded as `via: cli`.
// Run by a person in a terminal; the bin wires `ask` to read the answer from the TTY.

import { userInfo } from 'node:os';
import { openState } from '../state/open-state.js';
import { withCommandLine, type CommandSpec } from './args.js';

export interface ApproveCommandDeps {
  /** AUDIT_DB_PATH (approvals live in the audit database), unless AWS_MCP_DATABASE_URL is set. */
  readonly auditDbPath: string;
  readonly databaseUrl?: string;
  readonly out: (line: string) => void;
  readonly err?: (line: string) => void;
  /** Asks the person a yes/no question on the terminal; when absent, the id given is the yes. */
  readonly ask?: (question: string) => Promise<boolean>;
  readonly now?: () => number;
  readonly user?: string;
}

export const APPROVE: CommandSpec = {
  name: 'approve',
  summary: 'List approval requests waiting for a person, or approve (or reject) one by its id.',
  args: '[id]',
  positionals: { min: 0, max: 1 },
  options: { reject: { type: 'boolean', doc: 'deny the request instead: its token stops working' } },
  details: ['exit codes: 0 done, 1 not approved (unknown, expired or declined), 2 bad command line'],
};

export async function approveCommand(args: readonly string[], deps: ApproveCommandDeps): Promise<number> {
  const err = deps.err ?? deps.out;
  return withCommandLine(APPROVE, args, { out: deps.out, err }, (values, positionals) =>
    approve(positionals[0], values.reject === true, deps, err),
  );
}

async function approve(
  id: string | undefined,
  reject: boolean,
  deps: ApproveCommandDeps,
  err: (line: string) => void,
): Promise<number> {
  const now = (deps.now ?? Date.now)();
  const state = await openState(deps);
  try {
    const store = state.approvals;
    if (!id) {
      const open = (await store.open(now)).filter((a) => a.state === 'pending');
      if (open.length === 0) deps.out('No approval requests are waiting.');
      for (const a of open) {
        deps.out(`${a.approvalId}  ${describe(a.request)}  expires ${new Date(a.expiresAt).toISOString()}`);
      }
      return 0;
    }
    const found = await store.get(id);
    if (!found || found.expiresAt <= now) {
      err(`No pending approval request ${id} (unknown, expired or already used).`);
      return 1;
    }
    if (found.state !== 'pending') {
      deps.out(`${id} is already ${found.state}.`);
      return found.state === (reject ? 'denied' : 'approved') ? 0 : 1;
    }
    const by = deps.user ?? safeUser();
    if (reject) {
      if (!(await store.decide(id, 'denied', { by, via: 'cli', now }))) {
        err(`Could not reject ${id}: it expired or was decided meanwhile.`);
        return 1;
      }
      deps.out(`Rejected ${id}: ${describe(found.request)}. Its token can no longer be used.`);
      return 0;
    }
    if (deps.ask && !(await deps.ask(`Approve ${describe(found.request)}? [y/N] `))) {
      deps.out('Not approved.');
      return 1;
    }
    if (!(await store.decide(id, 'approved', { by, via: 'cli', now }))) {
      err(`Could not approve ${id}: it expired or was used meanwhile.`);
      return 1;
    }
    deps.out(`Approved ${id}: ${describe(found.request)}. The agent may now invoke it once with its token.`);
    return 0;
  } finally {
    await state.close();
  }
}

function describe(r: {
  service: string;
  operation: string;
  region: string;
  account?: string;
  keyParameters: object;
}): string {
  const where = [r.region, r.account].filter(Boolean).join('/');
  return `${r.service}:${r.operation}${where ? ` @${where}` : ''} ${JSON.stringify(r.keyParameters)}`;
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

// Four eyes over HTTP, on the `serve --http` server and behind the same bearer authentication as
// /mcp: `GET /approvals` lists the pending requests the calling person may decide, and
// `POST /approvals/<id>` with `{"decision":"approve"|"deny"}` decides one. Who may decide is kept
// with each request (approval/four-eyes.ts): a member of the policy's `approvers` groups who is
// not the requester. A decision is one guarded UPDATE of the shared store, so of two racing
// decisions (on any instances) exactly one is recorded, and the call waiting for it (on any
// instance) sees it. Requests are shown redacted as they were stored: never a token or a secret.

import type { toNodeHandler as NodeAdapter } from '@modelcontextprotocol/node';
import type { AuthInfo } from '@modelcontextprotocol/server';
import { refusalToDecide, type DecideRefusal } from '../approval/four-eyes.js';
import type { StoredApproval } from '../approval/token-store.js';
import type { HttpAuth } from '../auth/http-auth.js';
import { principalOf } from '../auth/principal-of.js';
import { principalKey, type Principal } from '../identity/principal.js';
import type { Logger } from '../logging/logger.js';
import type { ApprovalTokens } from '../state/ports.js';

export interface ApprovalRoutesOptions {
  readonly auth: () => HttpAuth | undefined;
  /** The shared approvals store; undefined while the server is still opening it (503). */
  readonly approvals: () => ApprovalTokens | undefined;
  readonly logger: Logger;
  readonly now?: () => number;
}

/** The largest decision body accepted: `{"decision":"approve"}` is 22 bytes. */
const MAX_DECISION_BYTES = 1024;

const ROOT = '/approvals';
const ID = /^apr_[0-9a-f]{12}$/;

const REFUSALS: Record<DecideRefusal, [code: string, message: string]> = {
  'own-request': ['OwnRequest', 'You asked for this call: another person must approve it (four eyes).'],
  'not-an-approver': [
    'NotAnApprover',
    'You are not in a group the policy names as approvers of this request.',
  ],
  'terminal-only': [
    'NotAnApprover',
    'The policy names no approvers for this request: it is decided with `aws-tool-mcp approve` at a terminal.',
  ],
};

export function isApprovalsPath(pathname: string): boolean {
  return pathname === ROOT || pathname.startsWith(`${ROOT}/`);
}

/** The routes as a node:http handler, through the SDK's adapter (bodies over the limit: 413). */
export function approvalsNodeHandler(
  toNodeHandler: typeof NodeAdapter,
  options: ApprovalRoutesOptions,
): ReturnType<typeof toNodeHandler> {
  const onerror = (e: Error) => options.logger.warn('approvals endpoint error', { error: e.message });
  return toNodeHandler(
    { fetch: approvalRoutes(options) },
    { onerror, maxRequestBodySize: MAX_DECISION_BYTES },
  );
}

/** The handler of /approvals and /approvals/<id> (web-standard Request and Response). */
function approvalRoutes(options: ApprovalRoutesOptions): (request: Request) => Promise<Response> {
  const now = options.now ?? Date.now;
  return async (request) => {
    const auth = options.auth();
    if (!auth) return failure(503, 'Unavailable', 'Authentication is not ready yet.');
    const authInfo = await auth.authenticate(request);
    if (authInfo instanceof Response) return authInfo;
    const person = personOf(authInfo);
    if (!person) return failure(401, 'Unauthorized', 'The token names no person.');
    const store = options.approvals();
    if (!store) return failure(503, 'Unavailable', 'The server is still starting.', { 'retry-after': '5' });
    const path = new URL(request.url).pathname;
    if (path === ROOT || path === `${ROOT}/`) {
      if (request.method !== 'GET') return failure(405, 'MethodNotAllowed', 'Use GET.', { allow: 'GET' });
      return listFor(store, person, now());
    }
    const id = idOf(path.slice(ROOT.length + 1));
    if (request.method !== 'POST') return failure(405, 'MethodNotAllowed', 'Use POST.', { allow: 'POST' });
    const decision = await decisionOf(request);
    if (typeof decision !== 'string') return decision;
    return decide(store, { id, decision, person, at: now() }, options.logger);
  };
}

/** The id in the path, decoded; a malformed escape (`%E0%A4%A`) reads as no id (404), never a throw. */
function idOf(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

interface Person {
  readonly principal: Principal;
  readonly key: string;
}

function personOf(authInfo: AuthInfo): Person | undefined {
  const principal = principalOf(authInfo);
  return principal ? { principal, key: principalKey(principal) } : undefined;
}

/** What an approver is shown of a request: what it does, who asked, its risk, when it expires. */
function view(a: StoredApproval): Record<string, unknown> {
  const r = a.request;
  const operation = `${r.service}:${r.operation}`;
  const where = [r.region && `region ${r.region}`, r.account && `account ${r.account}`].filter(Boolean);
  const requester = a.fourEyes?.requesterName;
  return {
    id: a.approvalId,
    operation,
    ...(r.region ? { region: r.region } : {}),
    ...(r.account ? { account: r.account } : {}),
    keyParameters: r.keyParameters,
    ...(requester !== undefined ? { requester } : {}),
    ...(a.fourEyes?.risk !== undefined ? { risk: a.fourEyes.risk } : {}),
    summary: `${requester ?? 'Someone'} asks to run ${operation}${where.length ? ` in ${where.join(', ')}` : ''} ${JSON.stringify(r.keyParameters)}.`,
    requestedAt: new Date(a.createdAt).toISOString(),
    expiresAt: new Date(a.expiresAt).toISOString(),
  };
}

async function listFor(store: ApprovalTokens, person: Person, at: number): Promise<Response> {
  const mine = (await store.open(at)).filter(
    (a) =>
      a.state === 'pending' &&
      refusalToDecide(a, { key: person.key, groups: person.principal.groups }) === undefined,
  );
  return Response.json({ approvals: mine.map(view) }, { headers: { 'cache-control': 'no-store' } });
}

/** `approve` or `deny` from the body, or the 400/413 to answer. */
async function decisionOf(request: Request): Promise<'approve' | 'deny' | Response> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_DECISION_BYTES) {
    return failure(413, 'PayloadTooLarge', `A decision is at most ${MAX_DECISION_BYTES} bytes.`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return failure(
      400,
      'InvalidRequest',
      'The body must be JSON: {"decision":"approve"} or {"decision":"deny"}.',
    );
  }
  const decision = (body as { decision?: unknown } | null)?.decision;
  if (decision === 'approve' || decision === 'deny') return decision;
  return failure(400, 'InvalidRequest', 'decision must be "approve" or "deny".');
}

interface DecideInput {
  readonly id: string;
  readonly decision: 'approve' | 'deny';
  readonly person: Person;
  readonly at: number;
}

async function decide(store: ApprovalTokens, d: DecideInput, logger: Logger): Promise<Response> {
  const found = ID.test(d.id) ? await store.get(d.id) : undefined;
  if (!found)
    return failure(
      404,
      'NotFound',
      // A redeemed approval is removed (single use), so "already used" is one of the reasons.
      `No approval request ${d.id} to decide (unknown, already used by its call, or expired and removed).`,
    );
  if (found.expiresAt <= d.at) return failure(410, 'Expired', `Approval request ${d.id} has expired.`);
  const refusal = refusalToDecide(found, { key: d.person.key, groups: d.person.principal.groups });
  if (refusal) return failure(403, ...REFUSALS[refusal]);
  const state = d.decision === 'approve' ? 'approved' : 'denied';
  const by = { by: d.person.key, via: 'http', now: d.at } as const;
  if (found.state !== 'pending' || !(await store.decide(d.id, state, by))) {
    const now = await store.get(d.id);
    if (!now || now.expiresAt <= d.at)
      return failure(410, 'Expired', `Approval request ${d.id} has expired.`);
    return failure(409, 'AlreadyDecided', `Approval request ${d.id} was already ${now.state}.`);
  }
  logger.info('approval decided', { approvalId: d.id, decision: state, by: d.person.key, via: 'http' });
  return Response.json({
    id: d.id,
    decision: state,
    decidedBy: d.person.key,
    decidedAt: new Date(d.at).toISOString(),
    operation: `${found.request.service}:${found.request.operation}`,
  });
}

function failure(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { error: { code, message } },
    { status, headers: { 'cache-control': 'no-store', ...headers } },
  );
}

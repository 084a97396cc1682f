// Test tooling: runs every botocore protocol-compliance case through our path (botocore shapes
// -> Smithy AST -> ServiceModel -> runtime schemas -> official protocol class) and reports, per
// case id, whether the serialized request or the parsed response matches.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { HttpResponse } from '@smithy/core/transport';
import { ServiceModel } from '../../../src/model/service-model.js';
import { buildRequest, deserializeOperation, prepareCall } from '../../../src/execution/wire.js';
import { CONFORMANCE_DIR } from '../../helpers/paths.js';
import { translateCase, type BotocoreCase, type BotocoreSuite } from './botocore-model.js';
import { bodyDifference, queryPairs, recordPairs, valuesEqual, type BodyKind } from './compare.js';

export interface CaseOutcome {
  readonly id: string;
  readonly failure?: string;
}

const FIXED_TOKEN = '00000000-0000-4000-8000-000000000000';

function loadSuites(kind: 'input' | 'output'): Array<{ file: string; suite: BotocoreSuite; index: number }> {
  const dir = path.join(CONFORMANCE_DIR, kind);
  const out: Array<{ file: string; suite: BotocoreSuite; index: number }> = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const suites = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as BotocoreSuite[];
    suites.forEach((suite, index) => out.push({ file: file.replace(/\.json$/, ''), suite, index }));
  }
  return out;
}

function modelFor(file: string, suite: BotocoreSuite, c: BotocoreCase, index: number, n: number) {
  const t = translateCase(suite, c, `${file}_${index}_${n}`);
  const model = new ServiceModel(t.model);
  return { model, op: model.operation(t.operationName)! };
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

const normHeader = (v: string): string =>
  v
    .split(',')
    .map((s) => s.trim())
    .join(',');

function bodyKind(protocol: string, contentType: string | undefined): BodyKind {
  const ct = (contentType ?? '').toLowerCase();
  if (protocol === 'smithy-rpc-v2-cbor') return 'cbor';
  if (protocol === 'ec2' || protocol === 'query') return 'query';
  if (ct && !/json|xml/.test(ct)) return 'raw';
  return protocol === 'rest-xml' ? 'xml' : 'json';
}

async function runRequestCase(
  file: string,
  suite: BotocoreSuite,
  c: BotocoreCase,
  index: number,
  n: number,
): Promise<string | undefined> {
  const { model, op } = modelFor(file, suite, c, index, n);
  const params = fromBotocore(model, model.inputOf(op), c.params ?? {}) as Record<string, unknown>;
  const input = prepareCall(model, op, params, {
    region: 'us-east-1',
    newToken: () => FIXED_TOKEN,
  });
  const exp = c.serialized!;
  // A `host` with a path means the case configured an endpoint with a base path.
  const endpoint = exp.host?.includes('/') ? `https://${exp.host}` : 'https://example.com';
  const req = await buildRequest(model, op, input, { url: new URL(endpoint) }, 'us-east-1');
  const problems: string[] = [];
  if (req.method !== exp.method) problems.push(`method ${req.method} != ${exp.method}`);
  const [expPath, expQuery = ''] = exp.uri.split(/\?(.*)/s);
  if (req.path !== expPath) problems.push(`path ${req.path} != ${expPath}`);
  const ourQuery = recordPairs(req.query as Record<string, unknown>);
  if (JSON.stringify(ourQuery) !== JSON.stringify(queryPairs(expQuery))) {
    problems.push(`query ${ourQuery.join('&')} != ${expQuery}`);
  }
  const expHost = exp.host?.split('/')[0];
  if (expHost !== undefined && req.hostname !== expHost) problems.push(`host ${req.hostname} != ${expHost}`);
  const ours = req.headers as Record<string, string>;
  for (const [name, value] of Object.entries(exp.headers ?? {})) {
    const got = header(ours, name);
    if (got === undefined || normHeader(got) !== normHeader(value))
      problems.push(`header ${name}: ${got} != ${value}`);
  }
  for (const name of exp.forbidHeaders ?? [])
    if (header(ours, name) !== undefined) problems.push(`forbidden header ${name}`);
  for (const name of exp.requireHeaders ?? [])
    if (header(ours, name) === undefined) problems.push(`missing header ${name}`);
  if (exp.body !== undefined) {
    const kind = bodyKind(
      suite.metadata.protocol as string,
      header(exp.headers ?? {}, 'content-type') ?? header(ours, 'content-type'),
    );
    const diff = bodyDifference(kind, exp.body, req.body as string | Uint8Array | undefined);
    if (diff) problems.push(diff);
  }
  return problems.length ? problems.join('; ') : undefined;
}

/** Botocore's input conventions -> ours: botocore encodes a string blob as UTF-8 text. */
function fromBotocore(model: ServiceModel, targetId: string | undefined, v: unknown): unknown {
  if (v === null || v === undefined || targetId === undefined) return v;
  const shape = model.requireShape(targetId);
  switch (shape.type) {
    case 'blob':
      return typeof v === 'string' ? { text: v } : v;
    case 'list':
    case 'set':
      return (v as unknown[]).map((x) => fromBotocore(model, shape.member.target, x));
    case 'map':
      return Object.fromEntries(
        Object.entries(v as object).map(([k, x]) => [k, fromBotocore(model, shape.value.target, x)]),
      );
    case 'structure':
    case 'union': {
      const members = shape.members ?? {};
      return Object.fromEntries(
        Object.entries(v as object).map(([k, x]) => [k, fromBotocore(model, members[k]?.target, x)]),
      );
    }
    default:
      return v;
  }
}

/** Our JSON-safe output -> botocore's result conventions (epoch timestamps, text blobs). */
function toBotocore(model: ServiceModel, targetId: string, v: unknown): unknown {
  if (v === null || v === undefined) return v;
  const shape = model.requireShape(targetId);
  switch (shape.type) {
    case 'timestamp':
      return typeof v === 'string' ? Date.parse(v) / 1000 : v;
    case 'blob': {
      const o = v as { base64?: string; text?: string };
      if (typeof o.text === 'string') return o.text;
      return typeof o.base64 === 'string' ? Buffer.from(o.base64, 'base64').toString('utf8') : v;
    }
    case 'list':
    case 'set':
      return (v as unknown[]).map((x) => toBotocore(model, shape.member.target, x));
    case 'map':
      return Object.fromEntries(
        Object.entries(v as object).map(([k, x]) => [k, toBotocore(model, shape.value.target, x)]),
      );
    case 'structure':
    case 'union': {
      const members = shape.members ?? {};
      return Object.fromEntries(
        Object.entries(v as object).map(([k, x]) => [
          k,
          members[k] ? toBotocore(model, members[k].target, x) : x,
        ]),
      );
    }
    case 'bigInteger':
    case 'bigDecimal':
      return typeof v === 'string' ? Number(v) : v;
    default:
      return v;
  }
}

async function runResponseCase(
  file: string,
  suite: BotocoreSuite,
  c: BotocoreCase,
  index: number,
  n: number,
): Promise<string | undefined> {
  const { model, op } = modelFor(file, suite, c, index, n);
  const r = c.response!;
  const raw = r.body ?? '';
  const bytes =
    suite.metadata.protocol === 'smithy-rpc-v2-cbor' ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  const response = new HttpResponse({
    statusCode: r.status_code,
    headers: { ...(r.headers ?? {}) },
    body: Readable.from([bytes]),
  });
  const decoded = await deserializeOperation(model, op, response as never);
  if (c.errorCode !== undefined) {
    if (decoded.kind !== 'error') return `expected error ${c.errorCode}, got output`;
    const e = decoded.error;
    const problems: string[] = [];
    if (e.code !== c.errorCode && e.details?.queryErrorCode !== c.errorCode)
      problems.push(`code ${e.code} != ${c.errorCode}`);
    if (c.errorMessage !== undefined && e.message !== c.errorMessage)
      problems.push(`message ${e.message} != ${c.errorMessage}`);
    const errorId = `${model.namespace}#${e.code}`;
    const details = model.shape(errorId)
      ? (toBotocore(model, errorId, e.details ?? {}) as Record<string, unknown>)
      : (e.details ?? {});
    for (const [k, v] of Object.entries(c.error ?? {})) {
      const got = k === 'Message' || k === 'message' ? (details[k] ?? e.message) : details[k];
      if (!valuesEqual(v, got)) problems.push(`error.${k} ${JSON.stringify(got)} != ${JSON.stringify(v)}`);
    }
    return problems.length ? problems.join('; ') : undefined;
  }
  if (decoded.kind !== 'output') return `unexpected error ${decoded.error.code}: ${decoded.error.message}`;
  const outId = model.outputOf(op);
  const got = outId ? toBotocore(model, outId, decoded.output) : decoded.output;
  return valuesEqual(c.result ?? {}, got)
    ? undefined
    : `result ${JSON.stringify(got)} != ${JSON.stringify(c.result)}`;
}

async function runAll(kind: 'input' | 'output'): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  const seen = new Map<string, number>();
  for (const { file, suite, index } of loadSuites(kind)) {
    for (const [n, c] of suite.cases.entries()) {
      const base = `${kind}/${file}#${c.id}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      const id = count === 1 ? base : `${base}~${count}`;
      try {
        const failure =
          kind === 'input'
            ? await runRequestCase(file, suite, c, index, n)
            : await runResponseCase(file, suite, c, index, n);
        outcomes.push(failure ? { id, failure } : { id });
      } catch (e) {
        outcomes.push({ id, failure: `threw: ${(e as Error).message}` });
      }
    }
  }
  return outcomes;
}

export const runRequestCases = (): Promise<CaseOutcome[]> => runAll('input');
export const runResponseCases = (): Promise<CaseOutcome[]> => runAll('output');

// JMESPath over operation outputs: the AWS CLI's `--query` for users, and the data model the
// Smithy waiter spec evaluates acceptor paths on.

import jmespath from 'jmespath';
import { ToolError } from '../../errors/tool-error.js';

/**
 * The value as JMESPath should see it. Timestamps arrive as Date objects, which JMESPath would
 * treat as empty objects: the CLI shows ISO strings, the waiter spec wants epoch seconds.
 * Only containers that hold a Date are copied.
 */
export function toJmespathData(value: unknown, dates: 'iso' | 'epochSeconds'): unknown {
  if (value instanceof Date) return dates === 'iso' ? value.toISOString() : value.getTime() / 1000;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = toJmespathData(value[i], dates);
      if (v !== value[i]) (copy ??= value.slice())[i] = v;
    }
    return copy ?? value;
  }
  if (typeof value === 'object' && value !== null) {
    let copy: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(value)) {
      const next = toJmespathData(v, dates);
      if (next !== v) (copy ??= { ...(value as Record<string, unknown>) })[k] = next;
    }
    return copy ?? value;
  }
  return value;
}

/** Evaluates a JMESPath expression; any parser or runtime error propagates as thrown. */
export function searchJmespath(data: unknown, expression: string): unknown {
  return jmespath.search(data, expression) as unknown;
}

/** Applies a user's JMESPath query (like `aws --query`) to an operation's output. */
export function applyQuery(output: unknown, expression: string): unknown {
  const trimmed = expression.trim();
  if (trimmed.length === 0) {
    throw new ToolError('InvalidInput', 'options.query is empty', {
      hint: 'Give a JMESPath expression such as "Buckets[].Name", or leave query out.',
    });
  }
  try {
    return searchJmespath(toJmespathData(output, 'iso'), trimmed);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new ToolError('InvalidInput', `options.query is not a valid JMESPath expression: ${reason}`, {
      hint:
        'Use JMESPath as in the AWS CLI --query option, with member names as in the output ' +
        '(e.g. "Reservations[].Instances[].InstanceId", "length(Items)", "Contents[?Size > `0`].Key"). ' +
        'Literals go in backticks, strings in single quotes.',
      details: { expression: trimmed },
    });
  }
}

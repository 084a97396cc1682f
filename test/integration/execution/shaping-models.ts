// Scripted `call` answers for the pagination, waiter and shaping tests (the models are real:
// test/helpers/models.ts).

/** Marks a scripted answer that is thrown although it is not an Error (the engine's AwsServiceError). */
export class Thrown {
  constructor(readonly value: unknown) {}
}

/** A `call` that answers with scripted outputs in order and records every input it was given. */
export function scripted(outputs: readonly (Record<string, unknown> | Error | Thrown)[]): {
  call: (input: Record<string, unknown>) => Promise<{ output: Record<string, unknown> }>;
  inputs: Record<string, unknown>[];
} {
  const inputs: Record<string, unknown>[] = [];
  const call = async (input: Record<string, unknown>): Promise<{ output: Record<string, unknown> }> => {
    inputs.push(input);
    const next = outputs[Math.min(inputs.length - 1, outputs.length - 1)];
    if (next === undefined) throw new Error('script is empty');
    if (next instanceof Error) throw next;
    if (next instanceof Thrown) throw next.value;
    return { output: next };
  };
  return { call, inputs };
}

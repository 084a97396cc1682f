// The SDK's own answers to `initialize` and `tools/list`, recorded at build time
// (startup-answers-record.ts, run by scripts/build.mjs into dist/startup-answers.json) for every
// setting they depend on: the tool names, the policy mode (the execute tool's annotations) and the
// protocol version asked for. The model commit the server names is filled in at run time. Read
// with node:fs only, so the stdio prelude answers without loading the SDK or zod.

import { readFileSync } from 'node:fs';
import type { ToolNaming } from '../tools/tool-definition.js';
import type { PreludeAnswers } from './stdio-prelude.js';

type PolicyMode = 'read-only' | 'standard';

/** Stands for the model commit in the recorded `initialize` answers. */
export const MODEL_COMMIT_PLACEHOLDER = '@@model-commit@@';

/** Protocol version asked for -> the SDK's answers at that version. */
export type RecordedAnswers = Readonly<
  Record<
    string,
    {
      /** The `initialize` result as JSON text (the commit placeholder is replaced in the text). */
      readonly initialize: string;
      readonly toolsList: Record<string, unknown>;
    }
  >
>;

export interface StartupAnswerFile {
  /** The server version the answers were recorded for (a stale file is not used). */
  readonly serverVersion: string;
  /** `${naming}/${policyMode}` -> the answers. */
  readonly variants: Readonly<Record<string, RecordedAnswers>>;
}

export const variantKey = (naming: ToolNaming, policyMode: PolicyMode): string => `${naming}/${policyMode}`;

/** The recorded file, or undefined when it is missing, unreadable or for another version. */
export function readStartupAnswers(file: URL | string, serverVersion: string): StartupAnswerFile | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as StartupAnswerFile;
    return data.serverVersion === serverVersion && typeof data.variants === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

const protocolVersionOf = (params: unknown): unknown =>
  typeof params === 'object' && params !== null
    ? (params as { protocolVersion?: unknown }).protocolVersion
    : undefined;

/** The prelude's answers for these settings; undefined when nothing was recorded for them. */
export function answersFor(
  file: StartupAnswerFile,
  settings: { readonly naming: ToolNaming; readonly policyMode: PolicyMode; readonly modelCommit: string },
): PreludeAnswers | undefined {
  const recorded = file.variants[variantKey(settings.naming, settings.policyMode)];
  if (!recorded) return undefined;
  // The commit is placed as JSON text, so any character in it stays valid JSON.
  const commit = JSON.stringify(settings.modelCommit).slice(1, -1);
  return (params) => {
    const version = protocolVersionOf(params);
    const atVersion =
      typeof version === 'string' && Object.hasOwn(recorded, version) ? recorded[version] : undefined;
    if (!atVersion) return undefined;
    const initialize = JSON.parse(
      atVersion.initialize.replaceAll(MODEL_COMMIT_PLACEHOLDER, commit),
    ) as Record<string, unknown>;
    return { initialize, toolsList: atVersion.toolsList };
  };
}

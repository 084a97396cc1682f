// Loads one Smithy JSON AST model file, with an error that says which file is broken and what to do.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelFile } from '../ast.js';
import { ToolError } from '../../errors/tool-error.js';

function broken(file: string, why: string): ToolError {
  // The file name (not its full path) is enough to find it and does not leak the user's layout.
  return new ToolError('ModelUnavailable', `Model file ${path.basename(file)} ${why}.`, {
    hint: 'Re-sync the models (aws-tool-mcp sync) or delete the model cache so it is cloned again.',
  });
}

export function readModelFile(file: string): ModelFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'read error';
    throw broken(file, `cannot be read (${code})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw broken(file, `is not valid JSON (${(e as Error).message})`);
  }
  const obj = parsed as Partial<ModelFile> | null;
  if (
    obj === null ||
    typeof obj !== 'object' ||
    Array.isArray(obj) ||
    typeof obj.smithy !== 'string' ||
    typeof obj.shapes !== 'object' ||
    obj.shapes === null
  ) {
    throw broken(file, 'is not a Smithy JSON AST model (needs "smithy" and "shapes")');
  }
  return obj as ModelFile;
}

// Checks sync settings before any of them reaches git, so none can be read as a git option.

import { ToolError } from '../../errors/tool-error.js';
import type { SyncOptions } from './types.js';

const REF = /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/;
const COMMIT = /^[0-9a-fA-F]{7,40}$/;

export function validateOptions(opts: SyncOptions): { ref: string; pinned: string | undefined } {
  const ref = opts.ref === undefined || opts.ref.trim() === '' ? 'main' : opts.ref.trim();
  if (!REF.test(ref) || ref.includes('..') || ref.endsWith('.lock') || ref.endsWith('/')) {
    throw new ToolError('ModelUnavailable', `'${ref}' is not a valid branch or tag name.`, {
      hint: 'Set SMITHY_SYNC_REF to a branch or tag of the models repository, such as main.',
    });
  }
  const pin = opts.pinnedCommit?.trim();
  const pinned = pin === undefined || pin === '' ? undefined : pin.toLowerCase();
  if (pinned !== undefined && !COMMIT.test(pinned)) {
    throw new ToolError('ModelUnavailable', `'${pin}' is not a commit sha.`, {
      hint: 'Set SMITHY_DEFAULT_MODEL_VERSION to a commit sha (40 hex digits) or leave it unset.',
    });
  }
  if (opts.modelPath.trim() === '') {
    throw new ToolError('ModelUnavailable', 'No model path is set.', {
      hint: 'Set SMITHY_MODEL_PATH or leave it unset for the per-user cache directory.',
    });
  }
  if (opts.autoSync && (opts.syncUrl.trim() === '' || opts.syncUrl.startsWith('-'))) {
    throw new ToolError('ModelUnavailable', `'${opts.syncUrl}' is not a usable sync URL.`, {
      hint: 'Set SMITHY_SYNC_URL to a git URL, a local repository path or a git bundle file.',
    });
  }
  return { ref, pinned };
}

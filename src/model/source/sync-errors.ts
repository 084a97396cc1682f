// The user-fixable failures of a sync that more than one code path raises: message names the
// problem, hint names the setting that fixes it.

import { ToolError } from '../../errors/tool-error.js';
import { redactUrl } from './git.js';

export function unknownCommit(pinned: string, url: string): ToolError {
  return new ToolError(
    'ModelUnavailable',
    `Pinned model commit ${pinned} (SMITHY_DEFAULT_MODEL_VERSION) does not exist at ${redactUrl(url)}.`,
    {
      hint: 'Set SMITHY_DEFAULT_MODEL_VERSION to a full commit sha of the models repository, or unset it to follow SMITHY_SYNC_REF.',
    },
  );
}

export function notGit(modelPath: string): ToolError {
  return new ToolError('ModelUnavailable', `${modelPath} exists but is not a git checkout of the models.`, {
    hint: 'Point SMITHY_MODEL_PATH at an empty or missing directory (it will be cloned) or at a git clone of aws/api-models-aws.',
  });
}

export function keepsChanging(modelPath: string): ToolError {
  return new ToolError('ModelUnavailable', `The model checkout at ${modelPath} keeps changing.`, {
    hint: 'Another process may be syncing it; try again.',
  });
}

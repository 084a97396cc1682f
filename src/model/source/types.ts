// The contract of model sync: what callers pass in and what they get back.

import type { Logger } from '../../logging/logger.js';
import type { ModelTree } from '../model-tree.js';

export interface SyncOptions {
  /** Fetch from `syncUrl` when true; when false use only what is on disk (no network). */
  readonly autoSync: boolean;
  /** Git URL, local repository path or git bundle file to sync from. */
  readonly syncUrl: string;
  /** Branch or tag to follow; default `main`. */
  readonly ref?: string;
  /** Directory holding the git checkout of the models. */
  readonly modelPath: string;
  /** Exact commit to check out and stay on (SMITHY_DEFAULT_MODEL_VERSION). */
  readonly pinnedCommit?: string;
  readonly logger?: Logger;
  /** Receives git's own progress output while cloning (for a person at a terminal). */
  readonly progress?: (chunk: string) => void;
}

/**
 * What the sync did: `cloned` a fresh copy, `updated` an existing one, found it `unchanged`,
 * checked out the `pinned` commit, or fell back to the local copy because the remote was
 * unreachable (`offline`, with a warning).
 */
export type SyncAction = 'cloned' | 'updated' | 'unchanged' | 'pinned' | 'offline';

export interface SyncResult {
  readonly tree: ModelTree;
  readonly warnings: string[];
  readonly action: SyncAction;
}

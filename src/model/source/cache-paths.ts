// Where the model cache lives and the names of its companions: the lock file and the
// temporary clones that are renamed into place once complete.

import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/**
 * The per-user cache directory for models: `%LOCALAPPDATA%\aws-tool-mcp\models` on Windows,
 * else `$XDG_CACHE_HOME/aws-tool-mcp/models` or `~/.cache/aws-tool-mcp/models`.
 * Only config/ reads the environment, so it passes the variables in as `env`.
 */
export function defaultModelPath(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA ?? path.win32.join(homedir(), 'AppData', 'Local');
    return path.win32.join(base, 'aws-tool-mcp', 'models');
  }
  // XDG says relative values are invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(homedir(), '.cache');
  return path.join(base, 'aws-tool-mcp', 'models');
}

export function lockPathFor(modelPath: string): string {
  return `${modelPath}.lock`;
}

const TMP_MARK = '.sync-tmp-';

/** A fresh sibling directory name for a clone in progress (same file system: rename is atomic). */
export function tempPathFor(modelPath: string): string {
  return `${modelPath}${TMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`;
}

/**
 * Removes clones left by processes killed mid-clone. Only call while holding the lock: temp
 * clones are only ever made under it, so any that exist now are abandoned.
 */
export function removeLeftovers(modelPath: string): string[] {
  const dir = path.dirname(modelPath);
  const prefix = `${path.basename(modelPath)}${TMP_MARK}`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    rmSync(path.join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

// The audit database's default location. Its own module: settings need it at every start, and
// importing database.ts would load the native SQLite addon before anything needs it.

import os from 'node:os';
import path from 'node:path';

/** The per-user default location: `$XDG_DATA_HOME/aws-tool-mcp/audit.db` (or the OS equivalent). */
export function defaultAuditDbPath(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'aws-tool-mcp', 'audit.db');
  }
  if (platform === 'darwin' && !env.XDG_DATA_HOME) {
    return path.join(home, 'Library', 'Application Support', 'aws-tool-mcp', 'audit.db');
  }
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'aws-tool-mcp', 'audit.db');
}

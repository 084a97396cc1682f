import { homedir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultModelPath } from '../../../src/model/source/cache-paths.js';

describe('defaultModelPath', () => {
  it('uses $XDG_CACHE_HOME when it is absolute, else ~/.cache', () => {
    expect(defaultModelPath({ XDG_CACHE_HOME: '/var/cache/me' }, 'linux')).toBe(
      '/var/cache/me/aws-tool-mcp/models',
    );
    expect(defaultModelPath({ XDG_CACHE_HOME: 'relative' }, 'linux')).toBe(
      path.join(homedir(), '.cache', 'aws-tool-mcp', 'models'),
    );
    expect(defaultModelPath({}, 'darwin')).toBe(path.join(homedir(), '.cache', 'aws-tool-mcp', 'models'));
  });

  it('uses %LOCALAPPDATA% on Windows', () => {
    expect(defaultModelPath({ LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, 'win32')).toBe(
      'C:\\Users\\me\\AppData\\Local\\aws-tool-mcp\\models',
    );
  });
});

// Runs once before all tests: a read-only clone of the shared model bundle that every test may use.
// Tests that exercise sync itself make their own clones in temp directories.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { MODEL_BUNDLE, TEST_MODELS_DIR, BUNDLE_MAIN_COMMIT } from './helpers/paths.js';

export default function setup(): void {
  if (!existsSync(MODEL_BUNDLE)) {
    throw new Error(
      `model bundle not found at ${MODEL_BUNDLE}: put shared/ beside the repo or set SHARED_DIR`,
    );
  }
  if (existsSync(path.join(TEST_MODELS_DIR, '.git'))) {
    const head = execFileSync('git', ['-C', TEST_MODELS_DIR, 'rev-parse', 'HEAD']).toString().trim();
    if (head === BUNDLE_MAIN_COMMIT) return;
    rmSync(TEST_MODELS_DIR, { recursive: true, force: true });
  }
  mkdirSync(path.dirname(TEST_MODELS_DIR), { recursive: true });
  execFileSync('git', ['clone', '--quiet', MODEL_BUNDLE, TEST_MODELS_DIR], { stdio: 'inherit' });
}

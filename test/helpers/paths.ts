// Where tests find the shared data: the Smithy model bundle and the conformance cases.
// CI clones the repo with ../shared beside it; SHARED_DIR overrides for other layouts.

import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DIR = process.env.SHARED_DIR ?? path.resolve(REPO_ROOT, '..', 'shared');
export const MODEL_BUNDLE = path.join(SHARED_DIR, 'smithy', 'api-models-aws.bundle');
export const CONFORMANCE_DIR = path.join(SHARED_DIR, 'conformance', 'botocore-protocols');
/** A clone of the bundle made once by test/global-setup.ts and shared read-only by all tests. */
export const TEST_MODELS_DIR = path.join(REPO_ROOT, '.cache', 'test-models');
/** The bundle's two commits (see shared/smithy/README.md). */
export const BUNDLE_MAIN_COMMIT = '339d6b9c3e43178e84baf4dc0503807c82021761';
export const BUNDLE_FIRST_COMMIT = 'f92805d48be112216e1d38bc872e1dd7159fd36f';

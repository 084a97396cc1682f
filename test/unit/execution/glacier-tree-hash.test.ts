// Glacier's SHA-256 tree hash against the official implementation (@aws-sdk/sha256-tree-hash),
// across the 1 MiB chunk boundaries where tree hashes go wrong (empty bodies get no hash).

import { Sha256 } from '@smithy/core/checksum';
import { fromUtf8 } from '@smithy/core/serde';
import { TreeHash } from '@aws-sdk/sha256-tree-hash';
import { describe, expect, it } from 'vitest';
import { treeHash } from '../../../src/execution/customizations/glacier.js';

const MIB = 1024 * 1024;

async function official(body: Buffer): Promise<string> {
  const h = new TreeHash(Sha256, fromUtf8);
  h.update(body);
  return Buffer.from(await h.digest()).toString('hex');
}

describe('Glacier tree hash', () => {
  for (const size of [1, MIB - 1, MIB, MIB + 1, 2 * MIB, 3 * MIB + 7, 5 * MIB]) {
    it(`matches the official tree hash for ${size} bytes`, async () => {
      const body = Buffer.from(Uint8Array.from({ length: size }, (_, i) => (i * 31) % 251));
      expect(treeHash(body)).toBe(await official(body));
    });
  }
});

// A cross-region EC2 CopySnapshot needs a presigned URL for the source region, which the SDKs
// compute and this server cannot yet: refused up front unless the caller passes PresignedUrl.

import { unsupportedError } from '../unsupported.js';
import type { Customization } from './types.js';

export const ec2CopySnapshot: Customization = {
  namespaces: ['com.amazonaws.ec2'],
  operations: ['CopySnapshot'],
  reason: 'a cross-region copy needs the presigned URL the SDKs compute',
  refuseCall(c) {
    const source = c.input.SourceRegion;
    if (typeof source === 'string' && source !== c.region && c.input.PresignedUrl === undefined) {
      throw unsupportedError('ec2CopySnapshotPresignedUrl', { sourceRegion: source, region: c.region });
    }
  },
};

// S3 CreateBucket outside us-east-1 fails unless the body names the region; the official
// clients add CreateBucketConfiguration.LocationConstraint = region when the caller did not.

import type { Customization } from './types.js';

export const s3LocationConstraint: Customization = {
  namespaces: ['com.amazonaws.s3'],
  operations: ['CreateBucket'],
  reason: 'CreateBucket outside us-east-1 needs LocationConstraint = the region',
  prepareInput(input, ctx) {
    const config = input.CreateBucketConfiguration as Record<string, unknown> | undefined;
    if (ctx.region === 'us-east-1' || config?.LocationConstraint || config?.Location) return input;
    return { ...input, CreateBucketConfiguration: { ...(config ?? {}), LocationConstraint: ctx.region } };
  },
};

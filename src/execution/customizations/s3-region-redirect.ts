// S3 answers a request sent to the wrong region with 301 (or 400 for some operations) and the
// bucket's region in x-amz-bucket-region; the official clients follow it once.

import type { HttpResponse } from '@smithy/types';
import { headerValue } from '../headers.js';
import type { Customization } from './types.js';

export const s3RegionRedirect: Customization = {
  namespaces: ['com.amazonaws.s3'],
  reason: 'S3 names the bucket region on a wrong-region error; the SDKs follow it once',
  describeError(error, response: HttpResponse) {
    const bucketRegion = headerValue(response.headers, 'x-amz-bucket-region');
    return bucketRegion ? { ...error, bucketRegion } : error;
  },
  redirectRegion(error, ctx) {
    const target = error.bucketRegion;
    if (!target || target === ctx.region) return undefined;
    const redirect =
      error.httpStatus === 301 ||
      (error.httpStatus === 400 &&
        (error.code === 'IllegalLocationConstraintException' || ctx.op.name === 'HeadBucket'));
    return redirect ? target : undefined;
  },
};

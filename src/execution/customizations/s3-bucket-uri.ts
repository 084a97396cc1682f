// S3's endpoint rules place the bucket (virtual host or path), so the generated S3 client removes
// `/{Bucket}` from every URI template; serializing it too would put the bucket in twice.

import type { Customization } from './types.js';

export const s3BucketUri: Customization = {
  namespaces: ['com.amazonaws.s3'],
  reason: 'the endpoint rules place the bucket, so /{Bucket} leaves the URI template',
  httpTrait(http) {
    if (!http.uri.startsWith('/{Bucket}')) return http;
    let uri = http.uri.slice('/{Bucket}'.length);
    if (uri === '' || uri.startsWith('?')) uri = '/' + uri;
    return { ...http, uri };
  },
};

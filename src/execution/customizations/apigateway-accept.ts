// API Gateway answers some operations (GetExport, GetSdk...) in other formats unless the
// request asks for JSON; the official clients always send Accept: application/json.

import type { Customization } from './types.js';
import { hasHeader } from '../headers.js';

export const apiGatewayAccept: Customization = {
  namespaces: ['com.amazonaws.apigateway'],
  reason: 'API Gateway needs Accept: application/json to answer in JSON',
  finishRequest(request) {
    if (!hasHeader(request.headers, 'accept')) request.headers.accept = 'application/json';
    return request;
  },
};

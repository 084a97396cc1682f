// Data: how people ask for operations (see ../asked.ts), integration services: HTTP front doors
// (apigateway for REST APIs, apigatewayv2 for HTTP and WebSocket APIs).

import type { AskedEntry } from './types.js';

export const ASKED_INTEGRATION_3: readonly AskedEntry[] = [
  {
    op: 'apigateway:CreateRestApi',
    asked:
      'new http endpoint, front door for lambda, build a backend endpoint, expose a service over https, edge-optimized, regional, private endpoint',
    example: 'expose my lambda to the internet as a regional rest service with api gateway v1',
  },
  {
    op: 'apigateway:CreateDeployment',
    asked:
      'publish, push changes live, make changes take effect, roll out to prod, redeploy, ship the latest edits, go live, deploy the api to a stage',
    example: 'my api gateway edits are not showing up in prod, make them take effect',
  },
  {
    op: 'apigateway:CreateStage',
    asked:
      'dev and prod environment, stage variables, new environment, point a stage at a deployment, beta, separate environment for testing',
    example: 'add a beta environment to my rest api pointing at the last deployment',
  },
  {
    op: 'apigateway:UpdateStage',
    asked:
      "turn on caching, throttling per environment, access logging, x-ray tracing, change stage variables, cache ttl, canary settings, enable the cache on a stage, set the stage's rate and burst limits, requests per second for a whole stage, turn on execution logs, cache responses for n minutes, response caching on a stage",
    example: 'enable access logs and x-ray tracing on the prod stage of my rest api',
  },
  {
    op: 'apigateway:GetStages',
    asked:
      'environments of an api, invoke url, dev prod stages, which deployment each environment runs, stage settings, list the stages of a rest api, which environments does an api have, dev test prod stages',
    example: 'what environments does my rest api have and which deployment does each run',
  },
  {
    op: 'apigateway:CreateResource',
    asked: 'add a path, new url path, /orders/{id}, path segment, endpoint path, sub path, proxy+',
    example: 'add a /orders/{id} path to my rest api',
  },
  {
    op: 'apigateway:PutMethod',
    asked:
      'add get or post, http verb on a path, allow post, require api key, authorization type, add an endpoint verb',
    example: 'allow POST on the /orders path of my rest api, protected by iam auth',
  },
  {
    op: 'apigateway:PutIntegration',
    asked:
      'connect the endpoint to lambda, lambda proxy, http proxy to a backend url, mock, backend target, where requests go, connect a method of the rest api to a lambda, route post or get requests to a backend, make a method call a lambda function',
    example: 'send POST /orders requests of my rest api to a lambda with proxy mode',
  },
  {
    op: 'apigateway:CreateAuthorizer',
    asked:
      'lambda authorizer, cognito user pool auth, check jwt token, custom auth, protect endpoints, bearer token, require a cognito login for a rest api, protect the api with user pool tokens or a lambda check, add auth to an api, a lambda that validates jwt or bearer tokens before a request reaches the api',
    example: 'protect my rest api with cognito user pool tokens',
  },
  {
    op: 'apigateway:CreateApiKey',
    asked:
      'key for a customer, x-api-key header, client key, partner access key, issue a key, hand out a key, generate an api key for an app or client, new key for the mobile app, create a key callers send in the header',
    example: 'give partner acme its own key for calling our api gateway endpoints',
  },
  {
    op: 'apigateway:CreateUsagePlan',
    asked:
      'rate limit, throttle, quota per customer, limit each partner, requests per second, rps, monthly calls, monetize, pricing tier, cap calls per month, gold or silver tier for partners, requests per day per customer, plan with a daily or monthly allowance of calls, n requests a second per api key',
    example: 'limit each partner to 10 rps and 100k calls monthly on my rest api',
  },
  {
    op: 'apigateway:CreateUsagePlanKey',
    asked: 'attach a key to a plan, put a customer on a tier, assign key to quota, enroll',
    example: 'put the partner acme x-api-key on the gold rate-limit tier',
  },
  {
    op: 'apigateway:GetUsage',
    asked:
      'how many requests did a customer make, calls per key, calls each api key made in a usage plan tier, quota used, consumption, remaining quota, metering, partner api usage this month, requests left for an api key, usage of a usage plan',
    example: 'how many calls did each api key make against the gold tier this month',
  },
  {
    op: 'apigateway:CreateDomainName',
    asked:
      'custom domain, api.example.com, my domain instead of the execute-api url, certificate, own hostname, vanity url, acm certificate, put a rest api on our own domain, serve the rest api at a custom hostname',
    example: 'use api.example.com instead of the execute-api url for my rest api',
  },
  {
    op: 'apigateway:CreateBasePathMapping',
    asked: 'map a custom domain path to an api, /v1 to a stage, route hostname path, point domain at api',
    example: 'map /v1 on our custom domain api.example.com to the prod stage',
  },
  {
    op: 'apigateway:GetExport',
    asked: 'download openapi, swagger, export definition, spec file, yaml spec, postman',
    example: 'download the swagger json of my rest api prod stage',
  },
  {
    op: 'apigateway:ImportRestApi',
    asked: 'import openapi, swagger file, create from spec, openapi yaml to api, upload definition',
    example: 'bring a swagger file into api gateway',
  },
  {
    op: 'apigateway:TestInvokeMethod',
    asked:
      'test call without deploying, simulate a request, try an endpoint, trial request, see what the backend returns, console test button, fake request, try a method before deploying, call one route of a rest api as a test, test an api method from the console',
    example: 'simulate a GET /orders request on my rest api without deploying it',
  },
  {
    op: 'apigateway:FlushStageCache',
    asked: 'clear the cache, invalidate cached responses, stale responses, purge cache, empty cache',
    example: 'my rest api keeps returning stale data, clear its prod cache',
  },
  {
    op: 'apigateway:PutGatewayResponse',
    asked:
      'custom error response, 403 body, cors headers on errors, customize 4xx 5xx, missing authentication token message',
    example: 'add cors headers to the 4xx errors my rest api returns',
  },
  {
    op: 'apigateway:GetRestApis',
    asked: 'all rest apis, what apis exist, every v1 api, inventory, find api id',
    example: 'which api gateway rest apis do we have in this region',
  },
  {
    op: 'apigateway:CreateVpcLink',
    asked:
      'private backend behind a network load balancer, private integration, reach services inside a vpc, nlb',
    example: 'my rest api must call a service in a private subnet behind an nlb',
  },
  {
    op: 'apigateway:GetSdk',
    asked: 'generate a client sdk, javascript sdk, ios sdk, android sdk, client library, codegen',
    example: 'generate a javascript client for my rest api prod stage',
  },
  {
    op: 'apigatewayv2:CreateApi',
    asked:
      'http api, websocket, cheaper api, quick create, real-time chat backend, lightweight endpoint, v2, new http api in front of a lambda, create an http api, cheap api for a function, new websocket api',
    example: 'set up a websocket backend for a real-time chat app',
  },
  {
    op: 'apigatewayv2:CreateRoute',
    asked: 'route key, get /items, $connect, $disconnect, $default, websocket route, add a path and verb',
    example: 'add a $connect handler path to my websocket chat api',
  },
  {
    op: 'apigatewayv2:CreateIntegration',
    asked:
      'connect a route to lambda, hook up a backend, http proxy backend, payload format version, forward requests, backend target',
    example: 'hook GET /items of my http api up to a lambda backend',
  },
  {
    op: 'apigatewayv2:CreateStage',
    asked: '$default stage, auto deploy, environment for http api, websocket stage',
    example: 'my http api has no environment yet, add one that deploys changes automatically',
  },
  {
    op: 'apigatewayv2:CreateAuthorizer',
    asked:
      'jwt authorizer, cognito, auth0, okta, lambda authorizer for http api, protect routes, bearer token',
    example: 'require auth0 jwt tokens on every route of my http api',
  },
  {
    op: 'apigatewayv2:UpdateApi',
    asked: 'cors, allowed origins, enable cross origin, allow headers, change http api settings, rename',
    example: 'allow requests from https://app.example.com on my http api',
  },
  {
    op: 'apigatewayv2:GetApis',
    asked: 'all http apis, websocket apis, what v2 apis exist, inventory, endpoints',
    example: 'which http and websocket apis do we have',
  },
  {
    op: 'apigatewayv2:CreateApiMapping',
    asked: 'map custom domain to http api, base path, point hostname at websocket api, path mapping',
    example: 'point chat.example.com at the prod stage of my websocket api',
  },
  {
    op: 'apigatewayv2:ExportApi',
    asked: 'download openapi of http api, export spec, swagger for v2, yaml definition',
    example: 'download the openapi yaml of my http api',
  },
];

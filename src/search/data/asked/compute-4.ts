// Data: how people ask for operations (see ../asked.ts), compute services: lambda (serverless
// functions).

import type { AskedEntry } from './types.js';

export const ASKED_COMPUTE_4: readonly AskedEntry[] = [
  {
    op: 'lambda:CreateFunction',
    asked:
      'new serverless function, run code with no servers to manage, upload a zip or container image, python or node handler, set up a cloud function, create a lambda, make a new lambda called something, new function running nodejs or python, deploy a brand new function from a zip',
    example: 'new python 3.12 lambda from s3://code/app.zip using role lambda-exec',
  },
  {
    op: 'lambda:Invoke',
    asked:
      'run a function, call a lambda, trigger it manually, execute with a test event, get the result back, test payload, fire and forget event invocation, what does my function return for this input, see the output of a lambda for a payload, try the function with an event, send a payload to a lambda and read the reply',
    example: 'call my resize-thumbnail lambda with {"key": "a.jpg"} and show what it returns',
  },
  {
    op: 'lambda:InvokeWithResponseStream',
    asked:
      'stream the reply of a function, progressive response, send chunks as they are ready, stream tokens, partial output as it is produced',
    example: 'call my lambda and read its reply piece by piece instead of waiting for all of it',
  },
  {
    op: 'lambda:UpdateFunctionCode',
    asked:
      'deploy new code to a function, push a new zip, redeploy lambda, ship a fix, point at a new container image, update the handler code, upload a new zip to an existing function, replace the code of a function with a build from s3, roll out a new artifact to a lambda',
    example: 'ship the new build s3://builds/api-v42.zip to the orders-api lambda',
  },
  {
    op: 'lambda:UpdateFunctionConfiguration',
    asked:
      'change memory or timeout, set environment variables, raise the timeout to 15 minutes, add a layer, change runtime, put a function in a vpc, change its role or handler, attach or swap the layers a function uses, give it more time before it times out, it dies or gets killed after a few seconds, wait longer before giving up, more ram, raise memory, bump the timeout',
    example: 'give the report-builder lambda 2 gb of ram and a 5 minute timeout',
  },
  {
    op: 'lambda:GetFunctionConfiguration',
    asked:
      'what runtime does a function use, show env vars, memory and timeout settings, last update status, is the function active or pending, which layers, which python or node version is a lambda on, what runtime version does the function run, which env vars does it have, its handler, which vpc subnets and security groups it runs in',
    example: 'what memory, timeout and env vars does checkout-handler have',
  },
  {
    op: 'lambda:GetFunction',
    asked:
      'download the code of a function, link to the deployment package, see a lambda and its code location, get the zip',
    example: 'download the deployed zip of the billing-sync function',
  },
  {
    op: 'lambda:ListFunctions',
    asked:
      'which functions exist, show all lambdas, inventory of serverless functions, find functions on python 3.8 or an old runtime, list every lambda in the account or region, which lambdas run an old runtime like node 16 or python 3.7, find functions by runtime',
    example: 'show every lambda in us-east-1 and its runtime',
  },
  {
    op: 'lambda:DeleteFunction',
    asked:
      'remove a function, get rid of a lambda, clean up unused serverless code, destroy, delete an unused lambda, get rid of an old test function, drop a lambda nobody calls',
    example: 'remove the old-cron-cleanup lambda, nothing calls it anymore',
  },
  {
    op: 'lambda:AddPermission',
    asked:
      'allow s3 or api gateway or eventbridge to call my function, let another account invoke, resource policy statement, grant invoke access, trigger permission, allow a bucket to invoke my function, s3 invoke permission, let api gateway invoke my function, give a service or account the right to call a lambda, allow sns or s3 to trigger the function',
    example: 'allow the s3 bucket uploads-bkt to invoke my thumbnail lambda',
  },
  {
    op: 'lambda:RemovePermission',
    asked:
      "stop a service from calling my function, revoke invoke access, drop a resource policy statement, take away an account's right to call the function, no longer let a partner or service invoke the lambda, block an account from calling my function, cancel the access a trigger was given",
    example: 'stop the partner account from being able to call the orders lambda',
  },
  {
    op: 'lambda:GetPolicy',
    asked:
      'who is allowed to call this function, see its resource policy, which triggers have permission, who is allowed to invoke it, who can trigger this function, invoke permissions on a function, which accounts or services may invoke it',
    example: 'which services and accounts may call the notify lambda',
  },
  {
    op: 'lambda:CreateEventSourceMapping',
    asked:
      'trigger a function from an sqs queue, read a kinesis or dynamodb stream, consume kafka messages, poll a queue with lambda, batch size, sqs to lambda, new messages invoke the function as they arrive, have the lambda pull messages off a queue automatically, process a queue with a function, hook a queue or stream up to a lambda, lambda reads from the queue by itself, wire a kinesis or dynamodb stream into a lambda, feed a queue into a function in batches, connect a queue as a trigger',
    example: 'have the orders lambda consume each sqs message as it arrives',
  },
  {
    op: 'lambda:ListEventSourceMappings',
    asked:
      'what feeds this function, which queues or streams are wired to it, show pollers and their state, sources hooked up, which queues is my lambda reading from, what streams does the function consume, what is the lambda listening to or polling, triggers of a function',
    example: 'which queues and streams are wired up to the ingest lambda',
  },
  {
    op: 'lambda:UpdateEventSourceMapping',
    asked:
      'change batch size of a queue consumer, pause a queue poller, disable polling, set batching window, filter messages, pause or resume a queue or stream trigger of a lambda, turn a trigger off for a while, change its batch size or window',
    example: 'pause the sqs trigger on the worker function without deleting it',
  },
  {
    op: 'lambda:DeleteEventSourceMapping',
    asked:
      'stop a function reading from a queue, remove the stream consumer, unhook sqs, disconnect a poller for good, detach a lambda from the kinesis or dynamodb stream it reads',
    example: 'unhook the kinesis stream from the analytics lambda for good',
  },
  {
    op: 'lambda:PublishVersion',
    asked: 'freeze the current code as a numbered release, immutable snapshot of a function, cut a release',
    example: 'cut release 12 of lambda payments-fn from what is deployed now',
  },
  {
    op: 'lambda:ListVersionsByFunction',
    asked:
      'which numbered releases exist for a function, older deployments, history of releases, every published version of a function, list the releases of a lambda, what versions of this function were published',
    example: 'show the numbered releases of the auth lambda',
  },
  {
    op: 'lambda:CreateAlias',
    asked: 'name a release prod or staging, pointer to a version, stable name for a function release',
    example: 'make a prod pointer that points at release 12 of payments-fn',
  },
  {
    op: 'lambda:UpdateAlias',
    asked:
      'roll back a function, point prod at an older release, canary or weighted traffic shift, blue green between versions, point the prod name at the new build, move the alias to a newer version, promote a version to prod, repoint live at the latest release',
    example: 'send 10 percent of prod traffic to release 13 and the rest to 12',
  },
  {
    op: 'lambda:PutFunctionConcurrency',
    asked:
      'limit how many copies run at once, throttle a function, reserved concurrency, cap parallel executions, set to zero to stop it, never run more than n at once, limit the parallel copies of a webhook lambda, reserve concurrency for a function, max simultaneous runs',
    example: 'never let the db-writer lambda run more than 20 at a time',
  },
  {
    op: 'lambda:PutProvisionedConcurrencyConfig',
    asked:
      'avoid cold starts, keep functions warm, pre initialized environments, faster first response, first calls are slow after idle, ready copies',
    example: 'keep 5 warm copies of the prod pointer of checkout so there are no cold starts',
  },
  {
    op: 'lambda:CreateFunctionUrlConfig',
    asked:
      'public https endpoint for a function, call a lambda from a browser, no api gateway needed, webhook url, http link, give a function its own https endpoint, expose a lambda directly over http, public link with no auth or iam auth',
    example: 'my webhook lambda needs a public https link, no api gateway',
  },
  {
    op: 'lambda:PublishLayerVersion',
    asked:
      'share libraries between functions, package dependencies once, upload a shared zip of code, new layer, new layer version built from a zip stored in s3, upload a zip as a new layer version, package shared node_modules or python packages as a layer, publish a layer',
    example: 'package our common python libraries once so all functions can use them',
  },
  {
    op: 'lambda:ListLayers',
    asked:
      'which shared library packages exist, list layers available, compatible runtimes, which dependency bundles can my functions use',
    example: 'what shared dependency packages are there for nodejs20.x',
  },
  {
    op: 'lambda:PutFunctionEventInvokeConfig',
    asked:
      'what happens when an async call fails, retry attempts, send failures to a dead letter queue, on failure destination, max event age',
    example: 'send failed background runs of my function to an sqs queue and retry only once',
  },
  {
    op: 'lambda:GetAccountSettings',
    asked:
      'concurrency limit for the account, how many can run at once or at the same time in total, code storage used, lambda quotas, regional limits, how many lambdas can run at the same time in this region, total concurrency the account is allowed, unreserved concurrency left, lambda account limits',
    example:
      'how much code storage and parallel capacity do we have left for serverless functions in us-east-1',
  },
  {
    op: 'lambda:TagResource',
    asked: 'label a function, add cost center tag to a lambda, tag for billing',
    example: 'label the orders-api lambda with team=checkout',
  },
];

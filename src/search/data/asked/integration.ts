// Data: how people ask for operations (see ../asked.ts), integration services: queues, topics,
// and workflows (sqs, sns, stepfunctions, pipes). More in integration-2.ts onwards.

import type { AskedEntry } from './types.js';

export const ASKED_INTEGRATION: readonly AskedEntry[] = [
  {
    op: 'sqs:SendMessage',
    asked:
      'enqueue, push a job, put work on, drop a payload onto, hand off to a worker, producer, post to, delay delivery, fifo group, put a job on a queue, add a message to the queue, queue up work for a worker, write to a queue',
    example: 'put a job onto https://sqs.us-east-1.amazonaws.com/123456789012/orders for a worker to pick up',
  },
  {
    op: 'sqs:SendMessageBatch',
    asked:
      'enqueue many at once, push ten jobs together, bulk enqueue, several payloads in one call, multiple jobs',
    example: 'enqueue a bunch of jobs on the orders queue in a single request',
  },
  {
    op: 'sqs:ReceiveMessage',
    asked:
      'poll, pull, consume, read, fetch the next jobs, long polling, wait time, worker pickup, what is waiting, dequeue, get work, show the messages in a queue, read the bodies in the dead letter queue, peek at what is in the dlq, look at messages',
    example: 'poll the orders queue for new jobs, waiting up to 20 seconds',
  },
  {
    op: 'sqs:DeleteMessage',
    asked:
      'acknowledge, ack, mark as processed, remove after handling, receipt handle, finished with a job, stop it coming back, reappearing',
    example: 'ack a job my worker finished so it does not reappear',
  },
  {
    op: 'sqs:PurgeQueue',
    asked:
      'empty, clear out, flush, wipe all messages, throw away everything waiting, start fresh, discard backlog, drain',
    example: 'throw away every pending job in the test queue',
  },
  {
    op: 'sqs:CreateQueue',
    asked:
      'new, make, set up a work queue, fifo, buffer between services, decouple, job queue, add a dlq, standard',
    example: 'set up a fifo work queue for order events',
  },
  {
    op: 'sqs:GetQueueAttributes',
    asked:
      'how many messages are waiting, backlog depth, approximate number, in flight count, visibility timeout value, redrive policy, queue arn, settings, how deep, is a queue backed up, is the backlog growing, how old is the oldest message, is the queue piling up',
    example: 'how deep is the backlog on the orders queue right now',
  },
  {
    op: 'sqs:SetQueueAttributes',
    asked:
      'change visibility timeout, retention period, attach a dead letter queue, dlq, redrive policy, maxreceivecount, access policy, long polling default, encryption, configure, expire after some days, keep them longer than four days, let an sns topic, s3 bucket or eventbridge deliver into the queue, allow a topic to send to my queue, queue policy that lets a service deliver into it, change how long messages stay hidden, turn on long polling for a queue by default, receive wait time, keep messages up to 14 days, set the max message size, messages that fail again and again move to a dead letter queue after a maximum number of receives',
    example: 'configure a dlq after 5 failed receives for the orders queue',
  },
  {
    op: 'sqs:ChangeMessageVisibility',
    asked:
      'extend processing time, in-flight, keep hidden longer, more minutes, other consumers, need more time, hide from other workers, release back immediately, heartbeat, still working on it, more time on a message before it reappears, stop a message from coming back while the worker is busy, extend the timeout of one message',
    example: 'my consumer needs another 10 minutes before sqs hands this message to someone else',
  },
  {
    op: 'sqs:StartMessageMoveTask',
    asked:
      'redrive, move back from the dlq, replay dead letter queue, reprocess failed messages, return to source queue, drain the dead letter queue, push the stuck messages back into the main queue, requeue failed messages, move messages from the dead letter queue to the original queue, retry everything in the dlq',
    example: 'replay everything sitting in orders-dlq back into the orders queue',
  },
  {
    op: 'sqs:ListDeadLetterSourceQueues',
    asked:
      'which queues feed this dlq, which queues send failures here, sources, redrive target, upstream queues',
    example: 'which queues use orders-dlq as their dead-letter target',
  },
  {
    op: 'sqs:GetQueueUrl',
    asked:
      'find the address by name, look up queue endpoint, url for a queue name, resolve, look up the url of a queue from its name, find the address of a queue to send to, register or save the queue url, which url does a queue name have',
    example: "what's the url for the queue named payments",
  },
  {
    op: 'sqs:ListQueues',
    asked: 'show all, what queues exist, find by prefix, inventory, every queue, names',
    example: 'show me every queue in us-east-1 whose name starts with prod-',
  },
  {
    op: 'sqs:DeleteQueue',
    asked:
      'remove, tear down, get rid of, decommission, destroy, drop, delete a queue by its url, tear down a queue, delete the queue itself and not only its messages',
    example: 'get rid of the old staging-orders queue entirely',
  },
  {
    op: 'sns:Publish',
    asked:
      'notify, broadcast, fan out, alert, email everybody subscribed, text message, sms to a phone, push notification, announce, send, let everyone on the list know, give the subscribers a heads up',
    example: 'send an sms to +15551234567 saying the deploy finished',
  },
  {
    op: 'sns:PublishBatch',
    asked: 'many notifications at once, bulk broadcast, ten messages in one call, multiple alerts together',
    example: 'broadcast ten order events to the orders notification channel in a single request',
  },
  {
    op: 'sns:CreateTopic',
    asked:
      'new, pub sub channel, fan-out hub, alert channel, fifo, set up notifications, broadcast channel, make',
    example: 'set up an sns topic that several services can listen to for order events',
  },
  {
    op: 'sns:Subscribe',
    asked:
      "sign up, get alerts, email me when, whenever something lands, add an email address, hook up a lambda, connect a queue, listen, receive notifications, sms alerts, https endpoint, have alerts emailed to an address, send notifications to the on-call email, forward topic messages to an inbox or phone, send a topic's messages to a lambda or queue, deliver topic messages to an sms number or https webhook",
    example: 'email ops@example.com whenever something lands on the billing sns topic',
  },
  {
    op: 'sns:Unsubscribe',
    asked:
      'stop getting emails, take me off, no longer want, opt out, remove a listener, detach queue, no longer notified, stop alerts, stop getting emails from a topic, quit a topic, remove my address from the alerts, stop the notifications coming to me',
    example: 'I no longer want emails from the billing sns topic, take me off it',
  },
  {
    op: 'sns:ListSubscriptionsByTopic',
    asked:
      "who is subscribed, who gets notified, listeners, recipients, endpoints, subscribers of, what endpoints receive a topic's messages, where do the messages of a topic go, who does a topic deliver to",
    example: 'who receives notifications from arn:aws:sns:us-east-1:123456789012:alerts',
  },
  {
    op: 'sns:ListTopics',
    asked: 'show all, what topics exist, find arn, every channel, inventory',
    example: 'which sns topics do we have in this account',
  },
  {
    op: 'sns:SetSubscriptionAttributes',
    asked:
      'filter policy, subscriber only receives some events, only receive some messages, raw message delivery, dlq for a subscriber, filter by attribute, message filtering, only deliver some events to a subscriber, deliver only matching messages to one subscription',
    example: 'make this sns subscriber only receive events where eventType is order_placed',
  },
  {
    op: 'sns:SetTopicAttributes',
    asked:
      'change display name, delivery retry policy, access policy, encryption, delivery status logging, change settings',
    example: 'turn on delivery status logging for the alerts sns topic',
  },
  {
    op: 'sns:GetTopicAttributes',
    asked:
      'how many subscribers, settings, policy, owner, check encryption, confirmed count, details, who is allowed to publish to a topic, access policy of a topic, is a topic encrypted, delivery settings of a topic',
    example: 'how many confirmed subscribers does the alerts channel have',
  },
  {
    op: 'sns:SetSMSAttributes',
    asked:
      'spend limit for texts, default sender id, transactional or promotional, monthly budget, text message defaults, raise or lower the monthly sms spending cap, increase the text message budget, change the default sms type',
    example: 'raise the monthly spending cap for text messages to 500 dollars',
  },
  {
    op: 'sns:CheckIfPhoneNumberIsOptedOut',
    asked:
      'did they reply stop, can I still text, unsubscribed from texts, blocked sms, stop keyword, has the customer number opted out, did this phone number unsubscribe from our texts, is sms blocked for a number',
    example: 'is +15551234567 still allowed to get our sms or did they unsubscribe',
  },
  {
    op: 'sns:CreatePlatformEndpoint',
    asked: 'register a phone for push, device token, mobile app push, apns, fcm, firebase, iphone, android',
    example: 'make an ios phone reachable for app notifications using its apns token',
  },
  {
    op: 'sns:DeleteTopic',
    asked: 'remove, tear down, get rid of, drop channel, decommission',
    example: 'tear down the old alerts channel and everything subscribed to it',
  },
  {
    op: 'stepfunctions:StartExecution',
    asked:
      'run, kick off, trigger, launch, invoke the workflow, with input json, begin a run, start a state machine',
    example: 'kick off the order-fulfillment workflow with this json input',
  },
  {
    op: 'stepfunctions:StartSyncExecution',
    asked:
      'express, run and wait for the result, synchronous, get the output right away, blocking call, same request',
    example: 'call my express state machine and get its result back in the response',
  },
  {
    op: 'stepfunctions:DescribeExecution',
    asked:
      'status, did it succeed, has it finished, is it still running, output, error, cause, result, how did the run end',
    example:
      'did arn:aws:states:us-east-1:123456789012:execution:orders:run-42 succeed and what did it return',
  },
  {
    op: 'stepfunctions:GetExecutionHistory',
    asked:
      'step by step, which step failed, trace, timeline, what happened in each state, debug a failed run, events, why did the run fail, every state transition, input and output of each step',
    example: 'which step of the step functions run blew up and with what error',
  },
  {
    op: 'stepfunctions:ListExecutions',
    asked:
      'recent runs, failed runs, running runs, filter by status, run history of a workflow, past runs, how many executions are still running, count running runs',
    example: 'show the failed runs of the orders workflow today',
  },
  {
    op: 'stepfunctions:StopExecution',
    asked: 'cancel, abort, kill, halt a running workflow, terminate a stuck run, end',
    example: 'abort the stuck run of the orders workflow',
  },
  {
    op: 'stepfunctions:RedriveExecution',
    asked:
      'retry the failed step, resume from failure, rerun from where it failed, continue a failed workflow, pick up where it broke',
    example: 'resume a failed run from the point where it broke instead of starting over',
  },
  {
    op: 'stepfunctions:CreateStateMachine',
    asked:
      'new workflow, orchestrate lambdas, states language, asl definition, build a workflow, orchestration, chain steps',
    example: 'build a workflow that calls three lambdas one after another',
  },
  {
    op: 'stepfunctions:UpdateStateMachine',
    asked: 'change the workflow definition, edit steps, modify asl, swap role, turn on logging, add a step',
    example: 'edit the orders workflow definition to add a wait step',
  },
  {
    op: 'stepfunctions:DescribeStateMachine',
    asked: 'show the definition, view the asl json, which role, workflow config, what does it do',
    example: 'show me the json definition of the orders workflow',
  },
  {
    op: 'stepfunctions:ListStateMachines',
    asked: 'all workflows, what workflows exist, show every orchestration, inventory',
    example: 'what step functions workflows do we have',
  },
  {
    op: 'stepfunctions:SendTaskSuccess',
    asked:
      'callback, task token, resume a waiting step, report done, approve, unblock a paused workflow, wait for token, human approval',
    example: 'tell the paused workflow the manager approved, using its task token',
  },
  {
    op: 'stepfunctions:SendTaskFailure',
    asked: 'callback failed, reject, report an error for a task token, fail a waiting step, deny approval',
    example: 'the approver rejected it, make the waiting step error out',
  },
  {
    op: 'stepfunctions:TestState',
    asked: 'try a single step, test one state in isolation, dry run a step, debug a step input and output',
    example: 'try one step of my workflow on its own with sample input before deploying',
  },
  {
    op: 'stepfunctions:ValidateStateMachineDefinition',
    asked: 'lint, check syntax, asl errors, before deploying, is my json valid, catch mistakes',
    example: 'lint my states language json for errors before I deploy it',
  },
  {
    op: 'pipes:CreatePipe',
    asked:
      'connect a source to a target, point to point integration, stream to lambda, queue into a workflow, filter and enrich, eventbridge pipes, wire, no lambda in between, no glue code',
    example: 'connect a queue to my state machine so each message starts a run without any lambda',
  },
  {
    op: 'pipes:StopPipe',
    asked:
      'pause, halt the flow, stop forwarding events, suspend, turn off, pause a pipe, stop feeding a stream into a function for now',
    example: 'pause the eventbridge pipe that feeds orders into the workflow',
  },
  {
    op: 'pipes:StartPipe',
    asked: 'resume, turn back on, unpause, restart forwarding events',
    example: 'turn the paused eventbridge pipe back on',
  },
  {
    op: 'pipes:DescribePipe',
    asked: 'status, source, target, why is it not flowing, state, filter, details',
    example: 'what source and target is the orders eventbridge pipe using, and is it running',
  },
];

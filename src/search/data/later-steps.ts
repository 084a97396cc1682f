// Data: words that open a LATER step of a request. People often name two steps in one breath
// ("pause the cluster over the weekend then resume it monday"); the task to find is the first
// step, the one done now. The later step's verb is not the task's, and its nouns and the services
// it names describe what comes next, so they weigh less (ranking-params.ts SEQUENCE).
// A marker opens a later step only after the main clause's verb (verb-finder.ts): "then purge the
// queue" has no first step, and in "if the queue is empty then delete it" or "once the stack is
// up, then describe it" the "then" means "in that case" and opens the main clause itself. Plain
// "and" is left alone: "tag and untag", "stop and start" often name one task, or two equal ones.
// The reverse order ("delete the table, but first back it up") names the step done first after
// the main clause: EARLIER_STEP_MARKERS below make that step's verb the task's.
// Each entry says why and gives an example (query, the operation it must rank in the top 5) that
// the test suite checks.

import type { Reasoned } from './reasoned.js';

export interface StepMarker extends Reasoned {
  /**
   * The marker opens a later step only when a verb follows it: the word has another sense
   * ("the next batch of messages", "versions later than 2.0").
   */
  readonly verbFollows?: true;
  /**
   * The marker opens a later step only when its verb acts on what the first step named ("...
   * and tag it"): plain "and" often joins one task ("stop and start", "tag and untag").
   */
  readonly backReference?: true;
}

/** Pronouns right after a later step's verb that point back at the first step's thing. */
export const BACK_REFERENCES: ReadonlySet<string> = new Set(['it', 'them']);

/** Word runs (lowercase, as typed; punctuation is dropped, so ", then" is "then"). */
export const LATER_STEP_MARKERS: Readonly<Record<string, StepMarker>> = {
  then: {
    why: 'after the first step\'s verb, "then" / "and then" / ", then" names what is done next',
    example: ['stop the instance i-0abc1234def567890 then change its instance type', 'ec2:StopInstances'],
  },
  'after that': {
    why: 'what follows is done once the first step is over',
    example: ['detach the policy from the role, after that delete the policy', 'iam:DetachRolePolicy'],
  },
  afterwards: {
    why: 'what follows is done once the first step is over',
    example: [
      'export the orders table to s3 and afterwards delete the table',
      'dynamodb:ExportTableToPointInTime',
    ],
  },
  'followed by': {
    why: 'names the step that comes after the first one',
    example: ['scale the ecs service down to zero followed by deleting the cluster', 'ecs:UpdateService'],
  },
  next: {
    why: 'a step-by-step list: what comes next is not done now ("the next batch" is a noun phrase)',
    example: ['create the vpc 10.0.0.0/16, next attach an internet gateway to it', 'ec2:CreateVpc'],
    verbFollows: true,
  },
  later: {
    why: 'what follows is done some time after the first step ("later than" is a comparison)',
    example: ['create a sns topic named alerts and later subscribe my email to it', 'sns:CreateTopic'],
    verbFollows: true,
  },
  finally: {
    why: 'the last step of a list, not the one done first',
    example: [
      'upload the new zip to lambda function resize-images and finally publish a version',
      'lambda:UpdateFunctionCode',
    ],
    verbFollows: true,
  },
  and: {
    why: '"and <verb> it" acts on what the first step makes or names, so it comes after that step',
    example: ['launch a t3.small from ami-0123456789abcdef0 and tag it api-1', 'ec2:RunInstances'],
    backReference: true,
  },
  'once done': {
    why: "after the first step's verb, what follows waits for that step to finish",
    example: ['start the glue crawler raw-logs, once done run the etl job', 'glue:StartCrawler'],
  },
  'once the': {
    why: 'after the main verb, "once the <thing> is done" says when the task happens: that thing (and what a concept there implies) is not the task (round 16)',
    example: ['tear down the emr cluster j-2AB3CD4EF5GH once the spark job is done', 'emr:TerminateJobFlows'],
  },
  'when done': {
    why: "after the first step's verb, what follows waits for that step to finish",
    example: [
      'take a snapshot of the rds instance orders-db, when done delete the instance',
      'rds:CreateDBSnapshot',
    ],
  },
};

/**
 * Word runs that open a step done FIRST, after the main clause ("delete the table orders, but
 * first back it up"): the task is that step's verb, and the main clause's verb comes later. Its
 * nouns stay: the step done first acts on what the main clause names ("it"). A verb must follow.
 */
export const EARLIER_STEP_MARKERS: Readonly<Record<string, Reasoned>> = {
  'but first': {
    why: 'the step after it is done before the one just named',
    example: ['delete the dynamodb table orders but first create a backup of it', 'dynamodb:CreateBackup'],
  },
  'before that': {
    why: 'the step after it is done before the one just named',
    example: [
      'terminate instance i-0abc1234def567890, but before that create an image of it',
      'ec2:CreateImage',
    ],
  },
  first: {
    why: 'after the main verb, "first <verb>" names the step done before it',
    example: ['delete the stack legacy-api, first export its template', 'cloudformation:GetTemplate'],
  },
};

/**
 * Verbs that put a question to an assistant (a model, a bot, a knowledge base, an agent, a Q
 * Business app): "ask the bot about my order". The main clause's verb must be one of these.
 */
export const ASKING_VERBS: ReadonlySet<string> = new Set(['ask', 'prompt']);

/**
 * What asking an assistant a question is, as operation verbs: talking to it (Converse, ChatSync,
 * InvokeModel / InvokeAgent, RecognizeText, RetrieveAndGenerate, QueryAssistant), seldom reading
 * its settings: "ask my bedrock knowledge base what ..." is no GetKnowledgeBase (the table's "ask"
 * reads too: "ask for the account's limits").
 */
export const ASKING_WEIGHTS: Readonly<Record<string, number>> = {
  converse: 1,
  invoke: 1,
  chat: 1,
  retrieve: 1,
  recognize: 0.8,
  query: 0.8,
  get: 0.3,
};

/**
 * Words that name an assistant, one of which must come between the asking verb and the opener:
 * asked of an assistant, the rest is the question; asked of AWS or of support ("ask aws to raise
 * the lambda limit") it is the request itself, an API call.
 */
export const ASSISTANT_WORDS: ReadonlySet<string> = new Set([
  ...['model', 'llm', 'bot', 'chatbot', 'agent', 'assistant', 'app', 'application', 'base', 'kb'],
  ...['q', 'claude', 'titan', 'nova', 'llama', 'mistral', 'gpt'],
]);

/**
 * Words that, after an asking verb and the assistant it names, open the question's content ("ask
 * our q business app WHAT the vacation policy is"). What is asked is not a resource or an
 * operation (the "policy" there is no GetPolicy): its words weigh as a later step's, and the
 * asking verb with the assistant's noun decide. One to five words must name the assistant.
 */
export const QUESTION_OPENERS: Readonly<Record<string, Reasoned>> = {
  what: {
    why: 'asks for a fact: what follows is the question, not the thing acted on',
    example: ['ask our q business app what the vacation policy is', 'qbusiness:ChatSync'],
  },
  how: {
    why: 'asks for a way: what follows is the question',
    example: [
      'ask the knowledge base how to reset a user password',
      'bedrock-agent-runtime:RetrieveAndGenerate',
    ],
  },
  about: {
    why: 'names the topic of the question, not a resource',
    example: ['ask the lex bot about my order status', 'lexv2-runtime:RecognizeText'],
  },
  to: {
    why: "names what the assistant is asked to do: its verb is the assistant's work, not an API call",
    example: ['ask titan to summarise this support ticket', 'bedrock-runtime:InvokeModel'],
  },
  whether: {
    why: 'a yes-no question put to the assistant',
    example: ['ask a foundation model whether this email is spam', 'bedrock-runtime:InvokeModel'],
  },
  if: {
    why: 'a yes-no question put to the assistant',
    example: ['ask the amazon q business assistant if we have a travel limit', 'qbusiness:ChatSync'],
  },
};

/** The most words a step marker has. */
export const MAX_STEP_MARKER_WORDS = Math.max(
  ...[...Object.keys(LATER_STEP_MARKERS), ...Object.keys(EARLIER_STEP_MARKERS)].map(
    (k) => k.split(' ').length,
  ),
);

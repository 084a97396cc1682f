// Data: the labels an agent puts before one step of its plan ("Step 3:", "Next step:", "Step 2 of
// the plan -", "2)"), read by src/search/step-label.ts. The label only says where the step sits in
// a plan; read as words, "step" and its number find Step Functions, EMR steps or MediaConvert job
// steps, and they crowd out the request that follows. Each entry says why and gives an example (a
// labelled query and the operation it must find first, test/integration/search/step-label-r20.test.ts).

import type { Reasoned } from './reasoned.js';

export interface StepLabel extends Reasoned {
  /** The label's pattern, anchored at the start; it must end at a colon, a dash or a bracket. */
  readonly pattern: RegExp;
}

/** A step's number: digits ("3", "3a", "#3") or a word for a small number. */
const NUMBER = String.raw`(?:#?\d{1,2}[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten)`;
/** The plan the step belongs to, after its number: "of 5", "/5", "of the plan", "of my plan". */
const OF_PLAN = String.raw`(?:\s*(?:of|/)\s*\d{1,2})?(?:\s+of\s+(?:the\s+|my\s+|our\s+|this\s+)?plan)?`;
/** Where a label ends: a colon, a dash or a closing bracket, then the step itself. */
const END = String.raw`\s*(?::|-{1,2}|–|—|\))\s+`;

export const STEP_LABELS: readonly StepLabel[] = [
  {
    pattern: new RegExp(String.raw`^(?:plan\s+|sub)?step\s*${NUMBER}${OF_PLAN}${END}`, 'i'),
    why: 'an agent numbering the steps of its plan puts "Step 3:" before each; the number and the word step name no AWS thing',
    example: ['Step 3: list the subnets of vpc-0a1b2c3d to pick one for the instance', 'ec2:DescribeSubnets'],
  },
  {
    pattern: new RegExp(
      String.raw`^(?:(?:the\s+)?(?:next|first|final|last|current|following)\s+step|then|next|now|finally)${END}`,
      'i',
    ),
    why: '"Next step:", "Final step:" or "Then:" mark where the step comes in the plan, not what it does',
    example: ['Next step: find the ARN of the sns topic order-alerts', 'sns:ListTopics'],
  },
  {
    pattern: new RegExp(String.raw`^\(?\d{1,2}[.)]\s+(?=[a-z])`, 'i'),
    why: 'a numbered line of a plan ("2) ...", "3. ...") is one step; its number counts nothing',
    example: ['2) list the subnets in vpc-0a1b2c3d', 'ec2:DescribeSubnets'],
  },
];

/**
 * How an agent ends a step with where its plan goes next ("... before moving on", "... then I can
 * continue"): plan talk, not the request. Read as words, "moving" stems to "mov" (a video file
 * type) and the step's verb is lost among them. Cut from the end of the query (step-label.ts).
 */
export const PLAN_TALK_TAIL: StepLabel = {
  pattern: new RegExp(
    String.raw`[,;]?\s+(?:before|then|so)\s+(?:(?:i|we)\s+(?:can\s+)?)?` +
      String.raw`(?:moving on|move on|continuing|continue|proceeding|proceed|going on|go on|going further|go further|the next step|next step)` +
      String.raw`(?:\s+(?:to|with)\s+the\s+next\s+step)?[.!]?\s*$`,
    'i',
  ),
  why: '"before moving on" or "then I can continue" says the agent has more steps to take; it asks for nothing',
  example: ['confirm the stack web-prod finished creating before moving on', 'cloudformation:DescribeStacks'],
};

// An agent's step label before its request ("Step 3:", "Next step:", "2)"): where the step sits in
// its plan, not what it asks for. Read as words, "step" and the number pull Step Functions and EMR
// steps ahead of the request, and a label counts as the first word a verb is looked for after, so
// the label is cut before anything reads the query, and so is plan talk at the end ("... before
// moving on"), whose words say nothing of the step (data/step-label-r20.ts).

import { PLAN_TALK_TAIL, STEP_LABELS, type StepLabel } from './data/step-label-r20.js';
import { OPENING_HEDGES } from './data/opening-hedge-r22-qs.js';

/** The query without a leading step label and a closing word of plan talk; unchanged when only those. */
export function withoutStepLabel(query: string): string {
  // a filler before a question ("quick question, how many ...") is cut as a label is (round 22)
  return withoutLeading(withoutLeading(withoutPlanTalk(query.trimStart()), STEP_LABELS), OPENING_HEDGES);
}

/** The text without the first of these leading labels that matches, unless nothing would remain. */
function withoutLeading(text: string, labels: readonly StepLabel[]): string {
  for (const { pattern } of labels) {
    const m = pattern.exec(text);
    if (m && m[0].length < text.length) return text.slice(m[0].length);
  }
  return text;
}

/** The query without "before moving on" and the like at its end (data/step-label-r20.ts). */
function withoutPlanTalk(text: string): string {
  const m = PLAN_TALK_TAIL.pattern.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index) : text;
}

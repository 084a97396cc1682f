// Data: questions and reading requests about a piece of content the caller holds ("is this
// review negative?", "what language is this email in?", "find the faces in this photo"). The answer is computed from
// the content by an analysis call (comprehend:DetectSentiment, translate:TranslateText,
// rekognition:DetectLabels), which the catalog tiers `write` because its name has no reading
// verb; the rule that keeps changes away from questions must not push those calls down.
// Read by src/search/content-question.ts; each example is checked in
// test/integration/search/content-question.test.ts.

import type { Reasoned } from './reasoned.js';

/** Words that point at one piece of content in hand ("this review", "these tweets"). */
export const CONTENT_POINTERS: ReadonlySet<string> = new Set(['this', 'these']);

/** Nouns of content an analysis call takes as its input: text, speech, pictures. */
export const CONTENT_NOUNS: ReadonlySet<string> = new Set([
  'text',
  'sentence',
  'paragraph',
  'message',
  'email',
  'review',
  'tweet',
  'comment',
  'note',
  'ticket',
  'chat',
  'transcript',
  'phrase',
  'word',
  'photo',
  'picture',
  'image',
  'recording',
  'document',
  // round 22: media and paper a producer or a clerk holds ("what codec does this video use")
  'video',
  'clip',
  'audio',
  'receipt',
  'invoice',
]);

/** Operation verbs that compute an answer from the content they are given and change nothing. */
export const COMPUTING_VERBS: ReadonlySet<string> = new Set([
  'detect',
  'contains',
  'classify',
  'translate',
  'infer',
  'recognize',
  'analyze',
  // MediaConvert's Probe reads a media file's codec, frame rate and tracks, changing nothing
  'probe',
]);

export const CONTENT_QUESTION: Reasoned = {
  why: 'a question about the content in hand is answered by analysing it: the analysis call is the read, whatever its tier',
  example: ['is this review negative?', 'comprehend:DetectSentiment'],
};

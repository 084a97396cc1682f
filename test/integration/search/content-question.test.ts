// Questions and reading requests about content in hand (src/search/content-question.ts, data/content-words.ts): the
// call that analyses the text, the speech or the picture answers "is this review negative?",
// although the catalog tiers analysis calls `write`. Other questions still never get a change
// first, and a question about AWS state is not turned into an analysis.

import { describe, expect, it } from 'vitest';
import { CONTENT_QUESTION } from '../../../src/search/data/content-words.js';
import { pointsAtContent } from '../../../src/search/content-question.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('a question about content in hand is answered by analysing it', () => {
  it('the data entry has a reason and its example ranks first', () => {
    expect(CONTENT_QUESTION.why.length).toBeGreaterThan(10);
    expect(top(CONTENT_QUESTION.example[0], 1)).toEqual([CONTENT_QUESTION.example[1]]);
  });

  it.each([
    ['what objects are in this photo?', 'rekognition:DetectLabels'],
    ['what language is this email written in?', 'comprehend:DetectDominantLanguage'],
    ['what is this sentence in french?', 'translate:TranslateText'],
    ['is this tweet toxic?', 'comprehend:DetectToxicContent'],
    ['find the faces in this photo', 'rekognition:DetectFaces'],
    ['is this complaint email negative?', 'comprehend:DetectSentiment'],
  ])('%s -> %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a quoted text is content in hand too', () => {
    expect(top("what does 'buenos dias amigos' mean in english?", 3)).toContain('translate:TranslateText');
  });
});

describe('what is not a question about content in hand', () => {
  it.each([
    ['is this bucket public?', false],
    ['is this review negative?', true],
    ["why don't my alarms fire?", false],
    ["what is 'hola' in english?", true],
    ['is this customer review angry?', true],
    ['is this s3 bucket public?', false],
  ])('%s -> %s', (query, expected) => {
    expect(pointsAtContent(query, query.toLowerCase().replace(/[?']/g, ' ').split(/\s+/))).toBe(expected);
  });

  it('a question about a job of analyses still reads the job', () => {
    const first = search('has the sentiment detection job on the reviews finished?', 1)[0]!;
    expect(first.risk).toBe('read');
  });
});

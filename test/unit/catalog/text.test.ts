// Documentation HTML -> summary and search text.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  documentationText,
  firstSentence,
  htmlToText,
  summarize,
  truncateText,
} from '../../../src/catalog/text.js';

describe('htmlToText', () => {
  it('drops tags, decodes entities and collapses whitespace', () => {
    expect(
      htmlToText('<p>Use <code>ListBuckets</code>\n   to list.</p><p>A &lt;b&gt; &amp; c&#x2028;d &#65;</p>'),
    ).toBe('Use ListBuckets to list. A <b> & c d A');
    expect(htmlToText('see <a href="https://x">the guide</a>.')).toBe('see the guide.');
    expect(htmlToText('cut off <a href="https://exa')).toBe('cut off');
  });
});

describe('summarize', () => {
  it('takes the first sentence, skipping leading notes', () => {
    expect(
      summarize('<note><p>Not for directory buckets.</p></note><p>Returns buckets. To grant access...</p>'),
    ).toBe('Returns buckets.');
    expect(summarize('<note><p>Only a note.</p></note>')).toBe('Only a note.');
    expect(summarize(undefined)).toBe('');
    expect(summarize('<fullname>Certificate Manager</fullname><p>You can use ACM. More.</p>')).toBe(
      'You can use ACM.',
    );
    expect(summarize('<p>Deprecated. Use <code>SendEmail</code> instead. Details.</p>')).toBe(
      'Deprecated. Use SendEmail instead.',
    );
  });

  it('does not stop at abbreviations', () => {
    expect(firstSentence('Sets options, e.g. Foo and bar. Then more.')).toBe(
      'Sets options, e.g. Foo and bar.',
    );
    expect(firstSentence('Version 1.2 is used. Next.')).toBe('Version 1.2 is used.');
    expect(firstSentence('Creates a group. groups need subnets.')).toBe('Creates a group.');
    expect(firstSentence('Named by John Q. Public here. More.')).toBe('Named by John Q. Public here.');
  });

  it('stays one bounded line for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        const out = summarize(`<p>${s}</p>`);
        expect(out.length).toBeLessThanOrEqual(160);
        expect(out).not.toMatch(/[\n\r\t]/);
        expect(documentationText(s).length).toBeLessThanOrEqual(600);
      }),
    );
  });
});

describe('truncateText', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(truncateText('alpha beta gamma delta', 15)).toBe('alpha beta…');
    expect(truncateText('short', 15)).toBe('short');
  });
});

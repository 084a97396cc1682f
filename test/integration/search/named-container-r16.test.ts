// Round 16: a named container typed after a relative clause ("the builds that ran for project
// X") or with the name before its kind ("the builds of the web-frontend project")
// (src/search/named-container.ts, data/named-container-r16-siblings.ts), and the thing's
// operation named without the container losing to the sibling tied to it (container-scope.ts).

import { describe, expect, it } from 'vitest';
import {
  NAME_BEFORE_KIND,
  RELATIVE_PRONOUNS,
} from '../../../src/search/data/named-container-r16-siblings.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('relative clauses and names before kinds (data/named-container-r16-siblings.ts)', () => {
  it.each(Object.entries(RELATIVE_PRONOUNS))('%s: its example finds its operation first', (word, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0].split(' ')).toContain(word);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it('a name typed before its kind names the container', () => {
    expect(NAME_BEFORE_KIND.why.length).toBeGreaterThan(10);
    expect(top(NAME_BEFORE_KIND.example[0], 1)).toEqual([NAME_BEFORE_KIND.example[1]]);
  });

  it('a kind before the name, or a single thing before the preposition, is read as before', () => {
    expect(top('list the builds for codebuild project api-svc', 1)).toEqual([
      'codebuild:ListBuildsForProject',
    ]);
    expect(top('describe the build of the api-svc project', 3)).not.toContain(
      'codebuild:ListBuildsForProject',
    );
  });
});

describe('the thing named without its container (container-scope.ts, CONTAINER_SCOPE)', () => {
  it('the sibling tied to the typed container beats the account-wide list', () => {
    expect(top('the subscriptions of sns topic billing-alerts', 1)).toEqual(['sns:ListSubscriptionsByTopic']);
  });

  it('a search named with a tie word leaves the detection alone', () => {
    expect(top('find the faces in a photo with rekognition', 3)).toContain('rekognition:DetectFaces');
  });
});

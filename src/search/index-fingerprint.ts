// A hash of the data tables the index build reads, so editing one (a stop word, a ranking
// prior, the vocabulary typo correction corrects towards) invalidates cached indexes without
// a version bump. Query-time tables (concepts, verbs as ranking inputs) are read live anyway.

import { createHash } from 'node:crypto';
import { CLI_CUSTOM_COMMANDS } from './data/cli-commands.js';
import { CONCEPTS } from './data/concepts.js';
import { askedWordsByOp } from './asked-twins.js';
import { LEGACY_SERVICES, SERVICE_POPULARITY } from './data/popular-services.js';
import { ENGLISH_WORD_SERVICE_NAMES, ENGLISH_WORD_STRENGTH, FAMILY_STRENGTH } from './data/service-words.js';
import { STOP_WORDS } from './data/stop-words.js';
import { PHRASE_EXPANSIONS } from './data/aws-vocabulary.js';
import { PRODUCT_NAMES } from './data/product-names.js';
import { VERB_PREFIXES, VERB_SYNONYMS } from './data/verbs.js';
import { PHRASAL_VERBS } from './data/phrasal-verbs.js';
import { FIELDS, PRIOR } from './ranking-params.js';

let cached: string | undefined;

export function indexFingerprint(): string {
  cached ??= createHash('sha256')
    .update(
      JSON.stringify([
        [...STOP_WORDS],
        [...VERB_PREFIXES],
        Object.keys(VERB_SYNONYMS),
        Object.keys(PHRASAL_VERBS),
        Object.keys(PHRASE_EXPANSIONS),
        Object.entries(PRODUCT_NAMES).map(([name, p]) => [name, p.service]),
        CONCEPTS.map((c) => c.phrases),
        [...askedWordsByOp()],
        CLI_CUSTOM_COMMANDS,
        SERVICE_POPULARITY,
        [...LEGACY_SERVICES],
        [...ENGLISH_WORD_SERVICE_NAMES],
        ENGLISH_WORD_STRENGTH,
        FAMILY_STRENGTH,
        FIELDS,
        PRIOR,
      ]),
    )
    .digest('hex')
    .slice(0, 16);
  return cached;
}

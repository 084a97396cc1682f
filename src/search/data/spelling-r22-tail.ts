// Data: British spellings of words AWS spells the American way (issue 16, round 22). A word the
// index does not know is typo-corrected towards its nearest name word, and "licences" found no
// license at all ("how many of our SQL Server licences are in use" ranked RDS). Read by
// british-spelling.ts before the typo correction. Not the words vocabulary or asked words already
// list in British ("analyse", "behaviour", "call centre", "labelled"): those keep their entries.

import type { Reasoned } from './reasoned.js';

/** Stems of British spellings and the American stem each stands for, with their endings. */
const STEMS: readonly (readonly [british: string, american: string, endings: readonly string[]])[] = [
  ['licence', 'license', ['', 's', 'd']],
  ['catalogue', 'catalog', ['', 's', 'd']],
  ['colour', 'color', ['', 's']],
  ['favourite', 'favorite', ['', 's']],
  ['artefact', 'artifact', ['', 's']],
  ['defence', 'defense', ['', 's']],
  ['programme', 'program', ['', 's']],
  ['modell', 'model', ['ed', 'ing']],
  ['enrol', 'enroll', ['', 's', 'ment', 'ments']],
  ['ageing', 'aging', ['']],
];

/** -ise verbs AWS spells -ize, with their -ised, -ising, -isation forms. */
const ISE_VERBS: readonly string[] = [
  'optim',
  'author',
  'custom',
  'synchron',
  'recogn',
  'summar',
  'priorit',
  'initial',
  'visual',
  'anonym',
  'util',
  'minim',
  'maxim',
  'normal',
  'serial',
  'categor',
  'standard',
  'token',
  'virtual',
  'container',
  'organ',
  'capital',
  'special',
];

function americanTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const [gb, us, endings] of STEMS) for (const e of endings) table.set(gb + e, us + e);
  for (const root of ISE_VERBS)
    for (const [gb, us] of [
      ['ise', 'ize'],
      ['ised', 'ized'],
      ['ises', 'izes'],
      ['ising', 'izing'],
      ['isation', 'ization'],
      ['isations', 'izations'],
    ] as const)
      table.set(root + gb, root + us);
  return table;
}

export const BRITISH_SPELLINGS: Reasoned & { readonly american: ReadonlyMap<string, string> } = {
  american: americanTable(),
  why: 'AWS names and documents its calls in American spelling; a British spelling the index does not know ("licences", "catalogue", "optimise") is read as the American word, not typo-corrected to another name',
  example: [
    'how many of our SQL Server licences are in use',
    'license-manager:ListUsageForLicenseConfiguration',
  ],
};

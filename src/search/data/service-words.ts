// Data: service names that are also everyday English words. A query saying "backup", "batch" or
// "health" more often means the thing than the service, so naming one of these counts for less
// than naming a product ("lambda", "s3"). Verbs that are service aliases (`deploy`) are not
// service names at all unless the query is CLI style.

export const ENGLISH_WORD_SERVICE_NAMES: ReadonlySet<string> = new Set([
  'account',
  'artifact',
  'backup',
  'batch',
  'billing',
  'budgets',
  'chatbot',
  'config',
  'connect',
  'deadline',
  'detective',
  'discovery',
  'events',
  'forecast',
  'health',
  'invoicing',
  'location',
  'notifications',
  'organizations',
  'outposts',
  'personalize',
  'pipes',
  'pricing',
  'scheduler',
  'schemas',
  'shield',
  'signer',
  'support',
  'transfer',
  'translate',
  'proton',
  'panorama',
  'omics',
  'savingsplans',
  'snowball',
  'route',
  'states',
  'profile',
  'cases',
  'models',
  'runtime',
  'data',
  'participant',
  'monitoring',
  'streams',
  'tagging',
  'identity',
  'geo',
  'email',
]);

/** How much naming such a service counts, relative to naming a product. */
export const ENGLISH_WORD_STRENGTH = 0.3;
/** How much naming a family (`bedrock`) counts for its other members (`bedrock-runtime`). */
export const FAMILY_STRENGTH = 0.6;

// Field names whose values are secrets whatever the model says: redacted from the audit trail even
// when a model forgot `smithy.api#sensitive`. Compared after lower-casing and removing `_`/`-`.

/** Exact names (normalised). */
export const SECRET_FIELD_NAMES: ReadonlySet<string> = new Set([
  'secretstring',
  'secretbinary',
  'password',
  'secretaccesskey',
  'awssecretaccesskey',
  'sessiontoken',
  'awssessiontoken',
  'privatekey',
  'clientsecret',
  'authorizationtoken',
  'authtoken',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'apikey',
  'secretkey',
  'secret',
  'passphrase',
  'plaintext',
  'securestring',
]);

/** Name endings that mark a secret (`MasterUserPassword`, `NewPassword`, `KeyPassphrase`...). */
export const SECRET_FIELD_SUFFIXES: readonly string[] = [
  'password',
  'passphrase',
  'secretaccesskey',
  'sessiontoken',
  'privatekey',
  'clientsecret',
];

export function isSecretFieldName(name: string): boolean {
  const n = name.toLowerCase().replace(/[_-]/g, '');
  return SECRET_FIELD_NAMES.has(n) || SECRET_FIELD_SUFFIXES.some((s) => n.endsWith(s));
}

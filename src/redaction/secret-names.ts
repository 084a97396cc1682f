// Member names whose values are secrets whatever the model says. Many AWS models forget
// `smithy.api#sensitive` (mq CreateUser Password, elasticache AuthToken, direct-connect authKey,
// firehose HECToken...), so these names are redacted everywhere a value is stored or shown.
//
// A name is split into lower-case words (`MasterUserPassword` -> master user password,
// `db_password` -> db password, `HECToken` -> hec token) and matched on its LAST words against the
// table in secret-name-table.ts, so a name that only starts with a secret word (`PasswordLastUsed`,
// `SecretArn`, `TokenType`) is not a secret. test/integration/redaction/secret-names.test.ts checks each
// entry's reason against the models.

import { SECRET_NAME_RULES } from './secret-name-table.js';

export type SecretKind =
  /** The value is replaced whole, whatever it holds (iot-wireless PrivateKeys is a list of structures). */
  | 'secret'
  /**
   * Scalars are replaced except an ARN (these names hold a role or secret ARN as often as a secret);
   * objects are walked, their members judged by their own names (`Credentials.SecretAccessKey`).
   */
  | 'credential';

export interface SecretNameRule {
  /** Lower-case words the name ends with (or equals, with `exact`). */
  readonly words: string;
  readonly kind: SecretKind;
  /** Only the whole name matches: `Token` is a secret, `NextToken` is not. */
  readonly exact?: boolean;
  /** A member of the test bundle this rule exists for: `<service directory> <Shape>.<member>`. */
  readonly example?: string;
  readonly why: string;
}

/** `MasterUserPassword` -> `master user password`, `db_password` -> `db password`. */
export function nameWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .join(' ')
    .toLowerCase();
}

const cache = new Map<string, SecretNameRule | null>();
const MAX_CACHE = 10_000;

/** The rule a member or map key name matches, if any. */
export function secretNameRule(name: string): SecretNameRule | undefined {
  const known = cache.get(name);
  if (known !== undefined) return known ?? undefined;
  const words = nameWords(name);
  const rule = SECRET_NAME_RULES.find((r) =>
    r.exact ? words === r.words : words === r.words || words.endsWith(` ${r.words}`),
  );
  if (cache.size < MAX_CACHE) cache.set(name, rule ?? null);
  return rule;
}

export function isSecretName(name: string): boolean {
  return secretNameRule(name) !== undefined;
}

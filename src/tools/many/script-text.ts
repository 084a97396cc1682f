// The script as stored in the audit trail: redacted like a payload. String literals written as the
// value of a secret-looking property (`{ SecretString: "..." }`, `Password: "..."`) are replaced
// by the redaction marker; the rest of the text is kept so the record shows what ran.

import { isSecretByName, REDACTED } from '../../redaction/redact.js';
import { propertyStrings } from '../../sandbox/parse-script.js';

export function redactedScript(source: string): string {
  const secrets = propertyStrings(source).filter((p) => isSecretByName(p.key, p.value));
  let out = source;
  for (const p of [...secrets].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, p.start)}${JSON.stringify(REDACTED)}${out.slice(p.end)}`;
  }
  return out;
}

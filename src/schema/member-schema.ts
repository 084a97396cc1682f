// What a member adds to its target's schema at a use site: docs, notes (timestamp forms, body
// forms, idempotency), member-level constraints, default, deprecation and sensitivity.

import type { Traits } from '../model/ast.js';
import type { ServiceModel } from '../model/service-model.js';
import {
  defaultValue,
  documentation,
  hasDefault,
  hasRequiredTrait,
  isDeprecated,
  isIdempotencyToken,
  isSensitive,
} from '../model/views/member.js';
import {
  BLOB_NOTE,
  STREAMING_NOTE,
  TIMESTAMP_NOTE,
  constrainedKind,
  constraintKeywords,
  isBodyBlob,
} from './constraints.js';
import { SENSITIVE_KEYWORD, type JsonSchema } from './json-schema.js';

export { isRequiredMember } from '../model/required-member.js';

/** The member's own documentation, else its target's. */
export function memberDoc(model: ServiceModel, memberTraits: Traits, target: string): string | undefined {
  return documentation(memberTraits) ?? documentation(model.traits(target));
}

export function decorateMember(
  model: ServiceModel,
  schema: JsonSchema,
  memberTraits: Traits,
  target: string,
  opts: { readonly docs: boolean; readonly description: string },
): JsonSchema {
  const targetShape = model.shape(target);
  const targetTraits = targetShape?.traits ?? {};
  const out: JsonSchema = { ...schema };
  const notes: string[] = opts.description ? [opts.description] : [];
  if (typeof schema.description === 'string') notes.push(schema.description);
  if (targetShape?.type === 'timestamp') notes.push(TIMESTAMP_NOTE);
  if (targetShape?.type === 'blob') {
    notes.push(isBodyBlob(targetShape.type, targetTraits, memberTraits) ? STREAMING_NOTE : BLOB_NOTE);
  }
  if (isIdempotencyToken(memberTraits)) notes.push('Idempotency token: generated when omitted.');
  if (hasRequiredTrait(memberTraits) && hasDefault(memberTraits)) {
    notes.push('Required; the default applies when omitted.');
  }
  const kind = constrainedKind(targetShape?.type ?? 'other');
  const c = constraintKeywords(kind, memberTraits);
  notes.push(...c.notes);
  if (Object.keys(c.keywords).length > 0) {
    Object.assign(out, c.keywords);
    // strict ajv wants the type beside type-specific keywords, also next to a $ref
    if (out.$ref !== undefined && out.type === undefined) out.type = kind;
  }
  const dflt = defaultValue(memberTraits);
  // A blob's default is its base64 text; the empty one says nothing worth showing.
  if (dflt !== undefined && dflt !== null && !(targetShape?.type === 'blob' && dflt === ''))
    out.default = dflt;
  if (isDeprecated(memberTraits) || isDeprecated(targetTraits)) out.deprecated = true;
  if (isSensitive(memberTraits) || isSensitive(targetTraits)) {
    out[SENSITIVE_KEYWORD] = true;
  }
  if (notes.length && opts.docs) out.description = notes.join(' ');
  else delete out.description;
  return out;
}

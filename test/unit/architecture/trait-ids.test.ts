// Only src/model/ knows Smithy trait ids (issue 11, "typed model views"): every other folder asks
// the views in src/model/views/. Checked twice: on the real source here (every string and template
// literal, found with the TypeScript parser so comments do not count), and by the eslint rule,
// which this file also runs on samples so the rule is proven to fire, not just configured.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths.js';

/** Files the eslint rule still skips, read from eslint.config.js itself (one list). */
const { TRAIT_ID_PENDING } = (await import(pathToFileURL(path.join(REPO_ROOT, 'eslint.config.js')).href)) as {
  TRAIT_ID_PENDING: string[];
};

const SRC = path.join(REPO_ROOT, 'src');
/** A trait or prelude shape id (`smithy.api#required`, `aws.auth#sigv4`), not `com.amazonaws.x#Y`. */
const TRAIT_ID = /(^|[^\w.])(smithy|aws)\.[\w.]+#/;
/** A bare Smithy namespace: the first half of an id glued together at run time. */
const SMITHY_NAMESPACE = /^(smithy|aws)\.(api|rules|waiters|protocols|auth|protocoltests)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The text of every string literal and template part of a source text, with its line. */
function literalsOf(text: string, fileName = 'sample.ts'): { text: string; line: number }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      out.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Only files that mention a Smithy namespace at all are parsed (the others cannot hold an id). */
function literals(file: string): { text: string; line: number }[] {
  const text = readFileSync(file, 'utf8');
  return /(smithy|aws)\./.test(text) ? literalsOf(text, file) : [];
}

const isTraitId = (text: string): boolean => TRAIT_ID.test(text) || SMITHY_NAMESPACE.test(text);

describe('Smithy trait ids', () => {
  it('appear as literals only under src/model/', () => {
    const pending = new Set(TRAIT_ID_PENDING.map((p) => path.join(REPO_ROOT, p)));
    const offenders = files(SRC)
      .filter((f) => !f.startsWith(path.join(SRC, 'model') + path.sep) && !pending.has(f))
      .flatMap((f) =>
        literals(f)
          .filter((l) => isTraitId(l.text))
          .map((l) => `${path.relative(REPO_ROOT, f)}:${l.line} ${l.text}`),
      );
    expect(offenders).toEqual([]);
  });

  it('are read by model/ itself (the check looks at real literals)', () => {
    const inModel = files(path.join(SRC, 'model')).flatMap((f) =>
      literals(f).filter((l) => isTraitId(l.text)),
    );
    expect(inModel.length).toBeGreaterThan(60);
  });

  it('leave pending only files that still hold one (remove an entry once its file is moved)', () => {
    for (const p of TRAIT_ID_PENDING) {
      expect(
        literals(path.join(REPO_ROOT, p)).some((l) => isTraitId(l.text)),
        p,
      ).toBe(true);
    }
  });

  describe('the eslint rule', () => {
    const eslint = new ESLint({ cwd: REPO_ROOT });
    const sample = [
      "export const a = 'smithy.api#required';",
      'export const b = `x ${a} aws.auth#sigv4`;',
      "export const c = 'smithy.api' + '#required';",
      "export const d = 'com.amazonaws.sts#AssumeRole';",
      '// a comment may name smithy.api#required',
      "export const e = 'aws.protocols#restXml';",
    ].join('\n');
    const flagged = async (filePath: string): Promise<number[]> => {
      const [result] = await eslint.lintText(sample, { filePath: path.join(REPO_ROOT, filePath) });
      return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line);
    };

    it('fails on trait-id literals outside src/model/ and agrees with the source check', async () => {
      expect(await flagged('src/catalog/sample.ts')).toEqual([1, 2, 3, 6]);
      const bySourceCheck = literalsOf(sample).filter((l) => isTraitId(l.text));
      expect([...new Set(bySourceCheck.map((l) => l.line))]).toEqual([1, 2, 3, 6]);
    });

    it('lets src/model/ spell them', async () => {
      expect(await flagged('src/model/views/sample.ts')).toEqual([]);
    });
  });
});

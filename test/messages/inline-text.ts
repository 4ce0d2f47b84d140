/**
 * Finds user-facing zh-CN text written inline in source files: string, template and JSX-text literals that
 * contain CJK characters. The TypeScript parser walks the literals, so comments and regular expressions
 * (patterns that match cells, not text a user reads) never count; neither do literal types.
 */
import fs from 'fs';
import path from 'path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export interface InlineText {
  /** Repo-relative path with forward slashes. */
  file: string;
  line: number;
  text: string;
}

/** Source files under a repo-relative folder with one of the extensions, sorted. */
export function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (ext.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}

/** The CJK-bearing literals of one source text. */
export function inlineTexts(file: string, source: string): InlineText[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: InlineText[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isLiteralTypeNode(node)) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      const text = node.text;
      if (CJK.test(text)) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({ file, line, text: text.trim() });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

export function inlineTextsOf(file: string): InlineText[] {
  return inlineTexts(file, fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

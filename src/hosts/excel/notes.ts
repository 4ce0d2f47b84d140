import type { Finding } from '../../model/finding';
import { findingCells } from './marks';
import { msg } from '../../messages';

/** One finding as a line of a note: 【错误】message, then 建议：… on a line of its own. */
export function noteLine(f: Finding): string {
  const line = msg('note.finding', { severity: msg(`severity.${f.severity}`), message: f.message });
  return f.suggestion ? `${line}\n${msg('note.suggestion', { suggestion: f.suggestion })}` : line;
}

/** Longest note we write: Excel notes hold far more, but a note is a pointer to the pane, not a report. */
export const MAX_NOTE_CHARS = 1000;

/**
 * The note each marked cell gets (sheet\0cell → text): every finding's message (+ suggestion) on that cell,
 * worst first, under a heading naming the checker — the same wording as the file host's notes.
 */
export function noteTexts(findings: readonly Finding[]): Map<string, string> {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const lines = new Map<string, { rank: number; text: string }[]>();
  for (const f of findings) {
    const line = noteLine(f);
    for (const cell of findingCells(f, 200)) {
      const key = `${f.sheet}\u0000${cell}`;
      const list = lines.get(key) ?? [];
      if (!list.some((l) => l.text === line)) list.push({ rank: rank[f.severity], text: line });
      lines.set(key, list);
    }
  }
  const out = new Map<string, string>();
  for (const [key, list] of lines) {
    const body = list
      .sort((a, b) => a.rank - b.rank)
      .map((l) => l.text)
      .join('\n');
    const text = `${msg('note.heading')}\n${body}`;
    out.set(key, text.length > MAX_NOTE_CHARS ? `${text.slice(0, MAX_NOTE_CHARS - 1)}…` : text);
  }
  return out;
}

/**
 * A short fingerprint of a note's text (FNV-1a, 32 bits, hex) — what the marks record keeps to tell our
 * note from one the user edited or wrote, without storing every message in the document settings.
 * Line endings and outer blanks are ignored (hosts may report \r\n for \n).
 */
export function noteHash(text: string): string {
  const norm = text.replace(/\r\n?/g, '\n').trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < norm.length; i++) {
    h ^= norm.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** "Sheet1!$A$1" or "'My sheet'!A1" → sheet name and cell (without $). */
export function splitQualified(address: string): { sheet: string; cell: string } | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = address
    .slice(bang + 1)
    .replace(/\$/g, '')
    .split(':')[0];
  return { sheet, cell };
}

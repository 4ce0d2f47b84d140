/**
 * The message catalogue: `msg(id, {placeholder: value})` in the current language (zh-CN unless the CLI
 * was given --lang en). zod's own messages follow the same language (zod-locale.ts, applied where user
 * input is parsed), so schema errors a user sees (config files, template sets) are translated too.
 */
import { en } from './en';
import { zhCN, type MessageId } from './zh-CN';

export type { MessageId };
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGUES: Record<Language, Record<MessageId, string>> = { 'zh-CN': zhCN, en };
let current: Language = 'zh-CN';

export function setLanguage(lang: Language): void {
  current = lang;
}

export function currentLanguage(): Language {
  return current;
}

export function isLanguage(lang: string): lang is Language {
  return (LANGUAGES as readonly string[]).includes(lang);
}

/** The placeholders a text uses ({file}, {count} …), in order of appearance. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/** The text of a message with its placeholders filled in (a missing value leaves the placeholder visible). */
export function msg(id: MessageId, params: Record<string, string | number> = {}): string {
  return CATALOGUES[current][id].replace(/\{(\w+)\}/g, (all, name: string) =>
    name in params ? String(params[name]) : all,
  );
}

export function catalogue(lang: Language): Readonly<Record<MessageId, string>> {
  return CATALOGUES[lang];
}

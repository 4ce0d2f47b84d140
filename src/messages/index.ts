/**
 * The message catalogue: `msg(id, {placeholder: value})` in the current language (zh-CN unless the CLI
 * was given --lang en). zh-CN is built in; other catalogues are registered by whoever offers them (the CLI
 * imports ./languages, which registers English), so the pane and WPS bundles carry only zh-CN.
 * zod's own messages follow the same language (zod-locale.ts, applied where user input is parsed), so
 * schema errors a user sees (config files, template sets) are translated too.
 */
import { zhCN, type MessageId } from './zh-CN';

export type { MessageId };
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGUES: Partial<Record<Language, Readonly<Record<MessageId, string>>>> = { 'zh-CN': zhCN };
let current: Language = 'zh-CN';

/** Makes a language's texts available to setLanguage (the CLI registers English at start-up). */
export function registerCatalogue(lang: Language, texts: Readonly<Record<MessageId, string>>): void {
  CATALOGUES[lang] = texts;
}

export function setLanguage(lang: Language): void {
  if (!CATALOGUES[lang]) throw new Error(`message catalogue "${lang}" is not registered (import messages/languages)`);
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
  return (CATALOGUES[current] ?? zhCN)[id].replace(/\{(\w+)\}/g, (all, name: string) =>
    name in params ? String(params[name]) : all,
  );
}

/**
 * A message cut at one placeholder, for markup around a value (改为“<span>{text}</span>”): the text before
 * and after `{name}`, the other placeholders filled in.
 */
export function msgAround(
  id: MessageId,
  name: string,
  params: Record<string, string | number> = {},
): [before: string, after: string] {
  const mark = '\u0000';
  const [before, after = ''] = msg(id, { ...params, [name]: mark }).split(mark);
  return [before, after];
}

/** A registered catalogue (zh-CN always is; English once messages/languages is imported). */
export function catalogue(lang: Language): Readonly<Record<MessageId, string>> {
  const texts = CATALOGUES[lang];
  if (!texts) throw new Error(`message catalogue "${lang}" is not registered (import messages/languages)`);
  return texts;
}

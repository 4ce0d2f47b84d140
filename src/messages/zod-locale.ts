/**
 * zod's own messages in the catalogue's language. Kept out of messages/index.ts so that zod is loaded only
 * where something is parsed (the pane's first download has no zod): call it right before a safeParse whose
 * errors a user may read.
 */
import { z } from 'zod';
import { currentLanguage, type Language } from './index';

let applied: Language | null = null;

export function zodInCurrentLanguage(): void {
  const lang = currentLanguage();
  if (lang === applied) return;
  z.config(lang === 'en' ? z.locales.en() : z.locales.zhCN());
  applied = lang;
}

import { ruleInfo } from '../rules/info';

/** The rule as a clerk reads it: its zh-CN description without bracketed notes, first sentence (the id only when unknown). */
export function ruleTitle(id: string): string {
  const d = ruleInfo(id)?.description;
  if (!d) return id;
  const cut = d
    .replace(/（[^）]*）/g, '')
    .replace(/\([^)]*\)/g, '')
    .split('。')[0]
    .replace(/[；，,;\s]+$/, '');
  return cut || d;
}

/** The full zh-CN description (tooltips, reports). */
export function ruleDescription(id: string): string {
  return ruleInfo(id)?.description ?? id;
}

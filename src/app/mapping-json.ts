/**
 * A mapping as text (a --mapping file, the workbook's stored copy) → a validated Mapping or zh-CN errors
 * (en with --lang en). A mapping of a newer version than this program knows is refused with that reason,
 * not read half-way.
 */
import type { z } from 'zod';
import { msg } from '../messages';
import { MappingColumnRoleSchema, MappingSchema, type Mapping } from '../model/mapping';

export const MAPPING_VERSION = 1;

export type MappingParse = { ok: true; mapping: Mapping } | { ok: false; errors: string[] };

export function parseMappingText(text: string): MappingParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [msg('mapping.notJson', { reason: e instanceof Error ? e.message : String(e) })] };
  }
  return parseMapping(json);
}

export function parseMapping(json: unknown): MappingParse {
  const version = typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  if (typeof version === 'number' && version > MAPPING_VERSION)
    return {
      ok: false,
      errors: [msg('mapping.newerVersion', { version, supported: MAPPING_VERSION })],
    };
  const parsed = MappingSchema.safeParse(json);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  return { ok: false, errors: parsed.error.issues.map(describeIssue) };
}

/** The mapping as stored and printed: two-space JSON, keys in the schema's order. */
export function mappingText(mapping: Mapping): string {
  return JSON.stringify(mapping, null, 2);
}

const roles = (): string => [...MappingColumnRoleSchema.options[0].options, msg('mapping.rolePeriod')].join(', ');

/** One zod issue as a line; the schema's own regex messages (English, in the model) are replaced by the catalogue's. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  const where = path.join('.') || msg('config.root');
  let message = issue.message;
  if (issue.code === 'invalid_key' && path.includes('columns'))
    message = msg('mapping.issueColumn', { column: path[path.length - 1] });
  else if (path.includes('columns') && issue.code === 'invalid_format')
    message = msg('mapping.issueRole', { roles: roles() });
  else if ((path[path.length - 1] === 'range' || path.includes('exclude')) && issue.code === 'invalid_format')
    message = msg('mapping.issueRange');
  return msg('mapping.issue', { path: where, message });
}

import { MSO_PROPERTY_TYPE_STRING, type EtDocProperties } from './et-api';
import { msg } from '../../messages';

/** A custom document property holds at most 255 characters; longer values are split into numbered parts. */
export const PART_CHARS = 250;

/**
 * String values stored in the workbook's CustomDocumentProperties (saved with the file, .xlsx and .et):
 * `name` holds the number of parts, `name.0`, `name.1`, … the text. Survives closing and reopening.
 */
export class DocProps {
  constructor(private readonly props: () => EtDocProperties | null) {}

  get(name: string): string | null {
    const props = this.props();
    if (!props) return null;
    const head = find(props, name);
    if (head === null) return null;
    const parts = Number(head);
    if (!Number.isInteger(parts) || parts < 0) return null;
    let text = '';
    for (let i = 0; i < parts; i++) {
      const part = find(props, `${name}.${i}`);
      if (part === null) return null;
      text += part;
    }
    return text;
  }

  set(name: string, value: string): void {
    const props = this.props();
    if (!props) throw new Error(msg('host.noWorkbookState'));
    this.remove(name);
    const parts: string[] = [];
    for (let i = 0; i < value.length; i += PART_CHARS) parts.push(value.slice(i, i + PART_CHARS));
    parts.forEach((p, i) => props.Add(`${name}.${i}`, false, MSO_PROPERTY_TYPE_STRING, p));
    props.Add(name, false, MSO_PROPERTY_TYPE_STRING, String(parts.length));
  }

  remove(name: string): void {
    const props = this.props();
    if (!props) return;
    const names = new Set<string>();
    for (let i = 1; i <= props.Count; i++) {
      const n = props.Item(i).Name;
      if (n === name || (n.startsWith(`${name}.`) && /^\d+$/.test(n.slice(name.length + 1)))) names.add(n);
    }
    for (const n of names) props.Item(n).Delete();
  }
}

function find(props: EtDocProperties, name: string): string | null {
  for (let i = 1; i <= props.Count; i++) {
    const p = props.Item(i);
    if (p.Name === name) return String(p.Value);
  }
  return null;
}

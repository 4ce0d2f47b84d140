import { inflateRawSync } from 'zlib';

/**
 * Node only: the entries of a ZIP archive (an .xlsx package) read from its central directory and inflated
 * with Node's zlib on demand. Only what .xlsx files use: stored or deflated entries, no encryption, no ZIP64.
 * Anything else throws `ZipUnsupported`, and the caller falls back to exceljs.
 */
export class ZipUnsupported extends Error {
  override readonly name = 'ZipUnsupported';
}

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipEntries {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly bytes: Buffer) {
    const eocd = findEocd(bytes);
    const count = bytes.readUInt16LE(eocd + 10);
    let p = bytes.readUInt32LE(eocd + 16);
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) throw new ZipUnsupported('bad central directory');
      const flags = bytes.readUInt16LE(p + 8);
      const nameLength = bytes.readUInt16LE(p + 28);
      const skip = nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
      const compressedSize = bytes.readUInt32LE(p + 20);
      const localOffset = bytes.readUInt32LE(p + 42);
      if (flags & 1) throw new ZipUnsupported('encrypted entry');
      if (compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new ZipUnsupported('ZIP64');
      const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
      this.entries.set(name, { method: bytes.readUInt16LE(p + 10), compressedSize, localOffset });
      p += 46 + skip;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, or null when the archive has no such entry. */
  read(name: string): Buffer | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const b = this.bytes;
    if (b.readUInt32LE(e.localOffset) !== LOCAL) throw new ZipUnsupported(`bad local header: ${name}`);
    const start = e.localOffset + 30 + b.readUInt16LE(e.localOffset + 26) + b.readUInt16LE(e.localOffset + 28);
    const data = b.subarray(start, start + e.compressedSize);
    if (e.method === 0) return data;
    if (e.method === 8) return inflateRawSync(data);
    throw new ZipUnsupported(`compression method ${e.method}`);
  }
}

/** The end-of-central-directory record: the last 22 bytes, or further back when the archive has a comment. */
function findEocd(b: Buffer): number {
  for (let p = b.length - 22; p >= Math.max(0, b.length - 22 - 0xffff); p--) {
    if (b.readUInt32LE(p) === EOCD) return p;
  }
  throw new ZipUnsupported('no end of central directory');
}

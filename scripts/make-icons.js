#!/usr/bin/env node
// Draws the add-in icon (a green sheet with a white check mark) as real PNGs at every size Office asks
// for, with a tiny PNG encoder (zlib + CRC). Run: node scripts/make-icons.js  → assets/icon-<n>.png
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** RGBA pixels (Uint8Array, w*h*4) → PNG bytes. */
function encodePng(w, h, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * w * 4, w * 4).copy(raw, y * (w * 4 + 1) + 1);
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    sig,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of the shape at a point in unit coordinates (0..1): 0 transparent, 1 green, 2 white. */
function shapeAt(x, y) {
  const r = 0.16; // rounded corners
  const inset = 0.04;
  const cx = Math.min(Math.max(x, inset + r), 1 - inset - r);
  const cy = Math.min(Math.max(y, inset + r), 1 - inset - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  // check mark: two thick segments
  const seg = (ax, ay, bx, by) => {
    const dx = bx - ax,
      dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
  };
  const d = Math.min(seg(0.24, 0.52, 0.43, 0.71), seg(0.43, 0.71, 0.78, 0.3));
  if (d < 0.075) return 2;
  // faint grid lines of a sheet
  const line = (v) => Math.abs(v - Math.round(v * 3) / 3) < 0.012 && v > 0.1 && v < 0.9;
  return line(x) || line(y) ? 3 : 1;
}

const COLORS = { 1: [33, 115, 70], 2: [255, 255, 255], 3: [60, 140, 95] };

function draw(size) {
  const ss = 4; // supersampling
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const s = shapeAt((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (s === 0) continue;
          const c = COLORS[s];
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      const i = (y * size + x) * 4;
      if (a > 0) {
        px[i] = Math.round(r / a);
        px[i + 1] = Math.round(g / a);
        px[i + 2] = Math.round(b / a);
        px[i + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return encodePng(size, size, px);
}

if (require.main === module) {
  const out = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(out, { recursive: true });
  for (const s of SIZES) fs.writeFileSync(path.join(out, `icon-${s}.png`), draw(s));
  console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to assets/`);
}

module.exports = { encodePng, SIZES };

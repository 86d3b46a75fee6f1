#!/usr/bin/env node
/**
 * Draws Caveat's toolbar/store icon (a magnifier with an asterisk in its lens on a rounded
 * square) and writes it as PNGs at 16, 32, 48 and 128 px into assets/public/icon/, where WXT
 * picks them up for `icons` and `action.default_icon`.
 *
 * Shapes are signed-distance functions sampled 4x4 per pixel, so edges are anti-aliased at every
 * size without an image library. The PNG encoder is a few lines over node:zlib (no dependencies).
 * Output is deterministic: rerunning the script gives byte-identical files.
 *
 * Usage: node scripts/draw-icons.mjs [outDir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.resolve(process.argv[2] ?? path.join(ROOT, 'assets/public/icon'));
const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4;

/** Colours as [r, g, b]. */
const NAVY_TOP = [43, 76, 126];
const NAVY_BOTTOM = [24, 42, 72];
const GLASS = [248, 250, 252];
const AMBER = [245, 179, 1];

// ---- geometry (unit square, y down) ------------------------------------------------------

function sdRoundedSquare(x, y, inset, radius) {
  const half = 0.5 - inset;
  const qx = Math.abs(x - 0.5) - (half - radius);
  const qy = Math.abs(y - 0.5) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function sdCircle(x, y, cx, cy, r) {
  return Math.hypot(x - cx, y - cy) - r;
}

/** Distance to a segment with round caps of the given half-width. */
function sdCapsule(x, y, ax, ay, bx, by, halfWidth) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - halfWidth;
}

/**
 * The icon as layers painted in order. Small sizes get bolder strokes, because a 1-px ring
 * vanishes in a 16-px toolbar slot.
 */
function layers(size) {
  const bold = size <= 16 ? 1.5 : size <= 32 ? 1.25 : 1;
  const lens = { cx: 0.44, cy: 0.44, r: 0.235 };
  const ring = 0.04 * bold;
  const spoke = 0.028 * bold;
  const spokeLen = 0.13;
  const asterisk = [0, 60, 120].map((deg) => {
    const a = (deg * Math.PI) / 180 - Math.PI / 2;
    const dx = Math.cos(a) * spokeLen;
    const dy = Math.sin(a) * spokeLen;
    return (x, y) => sdCapsule(x, y, lens.cx - dx, lens.cy - dy, lens.cx + dx, lens.cy + dy, spoke);
  });
  return [
    {
      sd: (x, y) => sdRoundedSquare(x, y, 0.02, 0.2),
      colour: (_x, y) => mix(NAVY_TOP, NAVY_BOTTOM, y),
    },
    {
      sd: (x, y) => sdCapsule(x, y, 0.6, 0.6, 0.79, 0.79, 0.06 * bold),
      colour: () => AMBER,
    },
    {
      sd: (x, y) => Math.abs(sdCircle(x, y, lens.cx, lens.cy, lens.r)) - ring,
      colour: () => GLASS,
    },
    {
      // Three pixels cannot hold six spokes: at 16 px the asterisk becomes a dot.
      sd:
        size <= 16
          ? (x, y) => sdCircle(x, y, lens.cx, lens.cy, 0.085)
          : (x, y) => Math.min(...asterisk.map((f) => f(x, y))),
      colour: () => AMBER,
    },
  ];
}

function mix(a, b, t) {
  return a.map((v, i) => v + (b[i] - v) * t);
}

/** Rasterises the layers into straight (non-premultiplied) RGBA bytes. */
function render(size) {
  const shapes = layers(size);
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour over the subsamples.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          let cr = 0;
          let cg = 0;
          let cb = 0;
          let ca = 0;
          for (const shape of shapes) {
            if (shape.sd(x, y) > 0) continue;
            [cr, cg, cb] = shape.colour(x, y);
            ca = 1;
          }
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((a / n) * 255);
    }
  }
  return rgba;
}

// ---- PNG encoding ----------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * Encodes 8-bit RGBA pixels as a PNG (colour type 6, filter 0 on every row).
 * @param {number} width
 * @param {number} height
 * @param {Buffer} rgba width*height*4 bytes
 * @returns {Buffer}
 */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT_DIR, `${size}.png`);
    const png = encodePng(size, size, render(size));
    writeFileSync(file, png);
    console.log(`${path.relative(ROOT, file)}  ${size}x${size}  ${png.length} bytes`);
  }
}

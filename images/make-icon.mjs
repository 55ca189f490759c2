// Draws Huashu's mark, a speech bubble holding 话, as images/icon.png (128×128) and
// images/icon.svg from one list of shapes. No image library: the PNG is rasterized here with
// 4×4 supersampling and written with zlib. Run: node images/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const BUBBLE = '#D8432F';
const INK = '#FFFFFF';
const bubble = {
  x: 8,
  y: 10,
  w: 112,
  h: 88,
  r: 24,
  tail: [
    [28, 90],
    [56, 90],
    [20, 120],
  ],
};
const strokeWidth = 9;
/** 话: the speech radical 讠 on the left, 舌 on the right, as polylines. */
const strokes = [
  [
    [32, 27],
    [39, 34],
  ],
  [
    [26, 48],
    [38, 48],
    [38, 80],
    [46, 72],
  ],
  [
    [93, 26],
    [62, 33],
  ],
  [
    [55, 47],
    [101, 47],
  ],
  [
    [78, 33],
    [78, 62],
  ],
  [
    [61, 63],
    [61, 88],
  ],
  [
    [61, 63],
    [95, 63],
    [95, 88],
  ],
  [
    [61, 84],
    [95, 84],
  ],
];

function inRoundedRect(px, py, { x, y, w, h, r }) {
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return px >= x && px <= x + w && py >= y && py <= y + h && (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}
function inTriangle(px, py, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (py - p[1]) - (q[1] - p[1]) * (px - p[0]);
  const s1 = side(a, b),
    s2 = side(b, c),
    s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}
function nearSegment(px, py, [ax, ay], [bx, by], radius) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2 <= radius * radius;
}
const inBubble = (px, py) => inRoundedRect(px, py, bubble) || inTriangle(px, py, bubble.tail);
const inInk = (px, py) =>
  strokes.some((line) => line.slice(1).some((p, i) => nearSegment(px, py, line[i], p, strokeWidth / 2)));

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
function rasterize() {
  const [br, bg, bb] = rgb(BUBBLE),
    [ir, ig, ib] = rgb(INK);
  const n = 4,
    pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let cover = 0,
        ink = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const px = x + (sx + 0.5) / n,
            py = y + (sy + 0.5) / n;
          if (!inBubble(px, py)) continue;
          cover++;
          if (inInk(px, py)) ink++;
        }
      }
      const o = (y * SIZE + x) * 4,
        f = cover ? ink / cover : 0;
      pixels[o] = Math.round(br + (ir - br) * f);
      pixels[o + 1] = Math.round(bg + (ig - bg) * f);
      pixels[o + 2] = Math.round(bb + (ib - bb) * f);
      pixels[o + 3] = Math.round((255 * cover) / (n * n));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4),
    crc = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = [];
  for (let y = 0; y < SIZE; y++) rows.push(Buffer.from([0]), pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function svg() {
  const { x, y, w, h, r, tail } = bubble;
  const lines = strokes.map((s) => `<polyline points="${s.map((p) => p.join(',')).join(' ')}"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">`,
    `  <g fill="${BUBBLE}">`,
    `    <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}"/>`,
    `    <polygon points="${tail.map((p) => p.join(',')).join(' ')}"/>`,
    '  </g>',
    `  <g fill="none" stroke="${INK}" stroke-width="${strokeWidth}" stroke-linecap="round" stroke-linejoin="round">`,
    ...lines.map((l) => `    ${l}`),
    '  </g>',
    '</svg>',
    '',
  ].join('\n');
}

const dir = new URL('.', import.meta.url);
writeFileSync(new URL('icon.png', dir), png(rasterize()));
writeFileSync(new URL('icon.svg', dir), svg());

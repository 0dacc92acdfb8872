// A @web/test-runner plugin: the `compare-screenshot` command (test/visual/) photographs one
// element of the test page in Chromium and compares it, pixel by pixel (pixelmatch), with its
// committed baseline, test/visual/baselines/<name>.png.
//
//   UPDATE_SCREENSHOTS=1 BROWSERS=chromium npx wtr --config web-test-runner.config.js --files 'test/visual/*.test.ts'
//
// writes the baselines instead (on purpose, after a change of looks you meant). A failed
// comparison leaves the shot and a diff (changed pixels in red) in test/visual/failed/.
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const root = resolve(import.meta.dirname, '../visual');
const baselines = resolve(root, 'baselines');
const failed = resolve(root, 'failed');

/**
 * Tolerances: a pixel differs when its colour moves by more than THRESHOLD (pixelmatch's YIQ
 * distance, 0–1; anti-aliased edges are not counted), and a shot fails when more than
 * MAX_RATIO of its pixels differ: enough for a font hinting change of a pixel here and there,
 * not for a moved border, a wrapped line or a changed colour.
 */
export const THRESHOLD = 0.1;
export const MAX_RATIO = 0.001;

/**
 * Each shot is compared, and stored, at half its size (each pixel the mean of 2×2: a border moved
 * by one pixel still changes them) and with 8 levels a channel (a colour moves by less only
 * through anti-aliasing, which pixelmatch discounts anyway): the baselines stay small, palette
 * PNGs of a few dozen colours. Opaque: alpha is dropped.
 */
const LEVELS = 8;
function reduce(png) {
  const width = png.width >> 1;
  const height = png.height >> 1;
  const out = new PNG({ width, height });
  const step = 255 / (LEVELS - 1);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        const at = (dx, dy) => png.data[((2 * y + dy) * png.width + 2 * x + dx) * 4 + c];
        const mean = (at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1)) / 4;
        out.data[(y * width + x) * 4 + c] = Math.round(Math.round(mean / step) * step);
      }
      out.data[(y * width + x) * 4 + 3] = 255;
    }
  }
  return out;
}

const chunk = (type, data) => {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
};

/** A PNG made small for the repository: indexed colour (8 levels a channel give few), else RGB. */
function encode(png) {
  const { width, height, data } = png;
  const index = new Map();
  const palette = [];
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      let n = index.get(key);
      if (n === undefined) {
        if (palette.length === 256 * 3) return PNG.sync.write(png, { colorType: 2, deflateLevel: 9 });
        index.set(key, (n = palette.length / 3));
        palette.push(data[i], data[i + 1], data[i + 2]);
      }
      rows[y * (width + 1) + 1 + x] = n;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3], 8); // 8 bits an index, colour type 3 (palette)
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette)),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Compares `png` with the baseline `name`; resolves with what the test should say. */
function compare(name, png) {
  const file = resolve(baselines, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(baselines, { recursive: true });
    writeFileSync(file, encode(png));
    return { ok: true, updated: true };
  }
  if (!existsSync(file)) return { ok: false, message: `no baseline ${name}.png: run with UPDATE_SCREENSHOTS=1 to write it` };
  const base = PNG.sync.read(readFileSync(file));
  const shot = (suffix) => resolve(failed, `${name}.${suffix}.png`);
  if (base.width !== png.width || base.height !== png.height) {
    mkdirSync(failed, { recursive: true });
    writeFileSync(shot('actual'), encode(png));
    return { ok: false, message: `${name}: ${png.width}×${png.height} px, the baseline is ${base.width}×${base.height} (see ${shot('actual')})` };
  }
  const diff = new PNG({ width: png.width, height: png.height });
  const differing = pixelmatch(base.data, png.data, diff.data, png.width, png.height, { threshold: THRESHOLD });
  const ratio = differing / (png.width * png.height);
  rmSync(shot('actual'), { force: true });
  rmSync(shot('diff'), { force: true });
  if (ratio <= MAX_RATIO) return { ok: true, differing };
  mkdirSync(failed, { recursive: true });
  writeFileSync(shot('actual'), encode(png));
  writeFileSync(shot('diff'), encode(diff));
  return { ok: false, differing, message: `${name}: ${differing} pixels differ (${(ratio * 100).toFixed(2)}%, at most ${MAX_RATIO * 100}% allowed); see ${shot('diff')}` };
}

/** The plugin: `executeServerCommand('compare-screenshot', { name, selector })`, Chromium (puppeteer) only. */
export function screenshotPlugin() {
  return {
    name: 'trust-screenshots',
    async executeCommand({ command, payload, session }) {
      if (command !== 'compare-screenshot') return undefined;
      const { name, selector } = payload ?? {};
      if (!/^[a-z0-9][a-z0-9.-]*$/.test(String(name))) throw new Error(`compare-screenshot: a name of lowercase letters, digits, dots and hyphens, not "${name}"`);
      const page = session.browser.getPage?.(session.id);
      if (!page || !/^Chrom/.test(session.browser.name)) throw new Error(`compare-screenshot: Chromium only, not ${session.browser.name}`);
      const element = await page.$(selector);
      if (!element) throw new Error(`compare-screenshot: nothing matches ${selector}`);
      const bytes = await element.screenshot({ type: 'png' });
      return compare(name, reduce(PNG.sync.read(Buffer.from(bytes))));
    },
  };
}

// Decodes the 8-bit, non-interlaced RGB/RGBA PNGs that Chromium's screenshots are, into RGBA
// pixels, so tests can look at what the user sees. Not a general PNG decoder.
import zlib from 'node:zlib';

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export const PNG = {
  decode(buffer) {
    let offset = 8;
    let width = 0, height = 0, colorType = 0;
    const data = [];
    while (offset < buffer.length) {
      const length = buffer.readUInt32BE(offset);
      const type = buffer.toString('ascii', offset + 4, offset + 8);
      const body = buffer.subarray(offset + 8, offset + 8 + length);
      if (type === 'IHDR') {
        width = body.readUInt32BE(0);
        height = body.readUInt32BE(4);
        if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit non-interlaced PNGs');
        colorType = body[9];
      } else if (type === 'IDAT') {
        data.push(body);
      }
      offset += 12 + length;
    }
    const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
    if (!channels) throw new Error('only RGB or RGBA PNGs');
    const raw = zlib.inflateSync(Buffer.concat(data));
    const stride = width * channels;
    const pixels = Buffer.alloc(width * height * 4);
    let previous = Buffer.alloc(stride);
    for (let y = 0; y < height; y++) {
      const filter = raw[y * (stride + 1)];
      const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
      for (let i = 0; i < stride; i++) {
        const a = i >= channels ? line[i - channels] : 0;
        const b = previous[i];
        const c = i >= channels ? previous[i - channels] : 0;
        const add = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
        line[i] = (line[i] + add) & 0xff;
      }
      for (let x = 0; x < width; x++) {
        const o = (y * width + x) * 4;
        pixels[o] = line[x * channels];
        pixels[o + 1] = line[x * channels + 1];
        pixels[o + 2] = line[x * channels + 2];
        pixels[o + 3] = channels === 4 ? line[x * channels + 3] : 255;
      }
      previous = line;
    }
    return new Image(width, height, pixels);
  },
};

export class Image {
  constructor(width, height, pixels) { Object.assign(this, { width, height, pixels }); }

  pixel(x, y) {
    const o = (Math.round(y) * this.width + Math.round(x)) * 4;
    return [this.pixels[o], this.pixels[o + 1], this.pixels[o + 2]];
  }

  // Mean luminance (0..255) and the number of distinct colours in a rectangle.
  stats(x0 = 0, y0 = 0, w = this.width, h = this.height) {
    let sum = 0, count = 0;
    const colours = new Set();
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(this.height, y0 + h); y++) {
      for (let x = Math.max(0, Math.floor(x0)); x < Math.min(this.width, x0 + w); x++) {
        const [r, g, b] = this.pixel(x, y);
        sum += 0.2126 * r + 0.7152 * g + 0.0722 * b;
        colours.add((r << 16) | (g << 8) | b);
        count++;
      }
    }
    return { luminance: count ? sum / count : 0, colours: colours.size };
  }

  // Fraction of pixels in a rectangle that differ from another image of the same size.
  difference(other, x0 = 0, y0 = 0, w = this.width, h = this.height) {
    let differ = 0, count = 0;
    for (let y = Math.floor(y0); y < Math.min(this.height, y0 + h); y++) {
      for (let x = Math.floor(x0); x < Math.min(this.width, x0 + w); x++) {
        const a = this.pixel(x, y), b = other.pixel(x, y);
        if (Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) > 24) differ++;
        count++;
      }
    }
    return count ? differ / count : 0;
  }
}

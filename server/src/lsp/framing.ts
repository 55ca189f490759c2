import { Transform, type TransformCallback } from 'node:stream';

/** How clients spell the header; header names are case-insensitive, these are the spellings in use. */
const SPELLINGS = [Buffer.from('Content-Length:'), Buffer.from('content-length:')];
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:[ \t]*[^\r\n]*$/;
const SEPARATOR = Buffer.from('\r\n\r\n');
/** A header block longer than this is not one. */
const MAX_HEADER = 1024;

/** What went wrong with the framing of the client's messages. */
export type FramingError = 'badHeader' | 'lyingLength' | 'notJson';

/**
 * Whether `Content-Length: <digits>` and a raw CR LF start at `at`. That cannot stand inside a
 * JSON body: raw line breaks never occur in JSON strings, and a bare word never outside them.
 */
function isHeaderAt(buffer: Buffer, at: number): boolean {
  let i = at + SPELLINGS[0]!.length;
  while (buffer[i] === 0x20 || buffer[i] === 0x09) i++;
  const digits = i;
  while (buffer[i] !== undefined && buffer[i]! >= 0x30 && buffer[i]! <= 0x39) i++;
  return i > digits && buffer[i] === 0x0d && buffer[i + 1] === 0x0a;
}

/** The offset of the next header that starts in [from, to), or -1. */
function nextHeader(buffer: Buffer, from: number, to = buffer.length): number {
  const view = buffer.subarray(from, to);
  let best = -1;
  for (const spelling of SPELLINGS) {
    for (let i = view.indexOf(spelling); i !== -1; i = view.indexOf(spelling, i + 1)) {
      if (isHeaderAt(buffer, from + i)) {
        if (best === -1 || from + i < best) best = from + i;
        break;
      }
    }
  }
  return best;
}

/** The Content-Length of a header block, or undefined when it is not a valid one. */
function contentLength(block: string): number | undefined {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    if (!HEADER_LINE.test(line)) return undefined;
    const colon = line.indexOf(':');
    if (line.slice(0, colon).toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,10}$/.test(value)) return undefined;
    length = Number(value);
  }
  return length;
}

/** Whether a body can be a JSON-RPC message at all: an object. */
function looksLikeObject(body: Buffer): boolean {
  const space = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
  let first = 0;
  let last = body.length - 1;
  while (first <= last && space(body[first])) first++;
  while (last >= first && space(body[last])) last--;
  return first < last && body[first] === 0x7b && body[last] === 0x7d;
}

/**
 * Sits between the client's byte stream and the JSON-RPC reader and passes on only
 * well-framed messages. vscode-jsonrpc's reader trusts each Content-Length: one that lies
 * makes it read the next messages as the body (or wait for bytes that never come), and it
 * never finds the next header again, so the server stops answering. Here a header that does
 * not parse, a body that holds the next header, or a body that is not a JSON object is
 * reported and skipped, and reading goes on at the next header.
 */
export class FramingGuard extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** Bytes of a pending body already searched for a header. */
  private searched = 0;
  /** While a body arrives: the bytes `buffer` needs, the chunks not yet joined to it, and the last bytes seen. */
  private waiting?: { need: number; chunks: Buffer[]; bytes: number; tail: Buffer };

  constructor(private readonly onError: (error: FramingError) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const waiting = this.waiting;
    if (waiting) {
      // A long body comes in many chunks: each is searched once and joined once, at the end.
      const edge = Buffer.concat([waiting.tail, chunk.subarray(0, 64)]);
      const header = nextHeader(edge, 0) !== -1 || nextHeader(chunk, 0) !== -1;
      waiting.chunks.push(chunk);
      waiting.bytes += chunk.length;
      waiting.tail =
        chunk.length >= 64 ? chunk.subarray(chunk.length - 64) : edge.subarray(Math.max(0, edge.length - 64));
      if (waiting.bytes < waiting.need && !header) {
        this.searched += chunk.length;
        done();
        return;
      }
      this.buffer = Buffer.concat([this.buffer, ...waiting.chunks]);
      this.waiting = undefined;
    } else {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    }
    this.drain();
    done();
  }

  /** Drops bytes up to the next plausible header after the current position. */
  private resync(error: FramingError): void {
    this.onError(error);
    const next = nextHeader(this.buffer, 1);
    this.buffer = next === -1 ? this.buffer.subarray(Math.max(0, this.buffer.length - 64)) : this.buffer.subarray(next);
    this.searched = 0;
  }

  private drain(): void {
    for (;;) {
      const end = this.buffer.indexOf(SEPARATOR);
      if (end === -1) {
        if (this.buffer.length > MAX_HEADER) this.resync('badHeader');
        return;
      }
      const length = end <= MAX_HEADER ? contentLength(this.buffer.subarray(0, end).toString('latin1')) : undefined;
      if (length === undefined) {
        this.resync('badHeader');
        continue;
      }
      const start = end + SEPARATOR.length;
      const available = Math.min(this.buffer.length, start + length);
      const inside = nextHeader(this.buffer, start + Math.max(0, this.searched - 64), available);
      if (inside !== -1) {
        this.onError('lyingLength');
        this.buffer = this.buffer.subarray(inside);
        this.searched = 0;
        continue;
      }
      if (this.buffer.length < start + length) {
        this.searched = available - start;
        const need = start + length - this.buffer.length;
        this.waiting = {
          need,
          chunks: [],
          bytes: 0,
          tail: this.buffer.subarray(Math.max(start, this.buffer.length - 64)),
        };
        return;
      }
      const body = this.buffer.subarray(start, start + length);
      this.buffer = this.buffer.subarray(start + length);
      this.searched = 0;
      if (!looksLikeObject(body)) {
        this.onError('notJson');
        continue;
      }
      this.push(Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'));
      this.push(body);
    }
  }
}

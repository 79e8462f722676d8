import type { Email } from 'postal-mime';
import type { Location, Segment } from '../../types.js';
import { FormatError, type FormatInput, type FormatItem, type FormatModule } from '../types.js';
import { htmlToText } from './html-text.js';
import {
  concat,
  isBlankLine,
  splitLines,
  splitMessages,
  startsWithFrom,
  type RawMessage,
} from './mbox-lines.js';

/**
 * E-mail messages (.eml) and mailboxes (.mbox): address headers become value segments at their
 * own line, the body a prose segment, attachments are handed back to the scanner. MIME is
 * decoded by postal-mime, one message at a time, so a large mailbox is read in bounded memory.
 */

/** Headers whose values name people; `field` is the header name in lower case. */
const ADDRESS_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'reply-to', 'sender']);
const PROSE_HEADERS = new Set(['subject']);

const SNIFF_HEADERS = new Set(['received', 'from', 'message-id']);

const utf8 = new TextDecoder('utf-8');

function lineText(line: Uint8Array): string {
  return utf8.decode(line).replace(/\r?\n$/, '');
}

function headerName(text: string): string | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const name = text.slice(0, colon);
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code <= 32 || code >= 127) return undefined;
  }
  return name.toLowerCase();
}

function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if ((text.charCodeAt(i) & 0xfc00) !== 0xdc00) n++;
  return n;
}

function sniff(head: Uint8Array): boolean {
  const lines = new TextDecoder('latin1').decode(head.subarray(0, 4096)).split('\n').slice(0, 60);
  let index = 0;
  if (startsWithFrom(head)) index = 1;
  let headers = 0;
  let known = false;
  for (; index < lines.length; index++) {
    const line = (lines[index] as string).replace(/\r$/, '');
    if (line === '') break;
    if (line.startsWith(' ') || line.startsWith('\t')) continue;
    const name = headerName(line);
    if (name === undefined) return false;
    headers++;
    if (SNIFF_HEADERS.has(name)) known = true;
  }
  return known && headers >= 2;
}

interface MessageContext {
  base: Location;
  row: number | undefined;
}

function location(context: MessageContext, rest: Omit<Location, 'path'>): Location {
  return { ...context.base, ...rest, ...(context.row !== undefined ? { row: context.row } : {}) };
}

/** Header segments, one per physical line so that every line number is exact. */
function headerSegments(
  message: RawMessage,
  context: MessageContext,
  decodeWords: (text: string) => string,
): { items: Segment[]; bodyIndex: number } {
  const items: Segment[] = [];
  let current: string | undefined;
  let index = 0;
  for (; index < message.lines.length; index++) {
    const line = message.lines[index] as Uint8Array;
    if (isBlankLine(line)) {
      index++;
      break;
    }
    const text = lineText(line);
    const lineNumber = message.firstLine + index;
    let valueStart: number;
    if (text.startsWith(' ') || text.startsWith('\t')) {
      valueStart = 0;
    } else {
      current = headerName(text);
      valueStart = text.indexOf(':') + 1;
    }
    if (current === undefined || !(ADDRESS_HEADERS.has(current) || PROSE_HEADERS.has(current)))
      continue;
    while (valueStart < text.length && (text[valueStart] === ' ' || text[valueStart] === '\t'))
      valueStart++;
    const raw = text.slice(valueStart);
    if (raw.trim() === '') continue;
    items.push({
      text: decodeWords(raw),
      syntax: ADDRESS_HEADERS.has(current) ? 'value' : 'prose',
      location: location(context, {
        line: lineNumber,
        column: codePointLength(text.slice(0, valueStart)) + 1,
        field: current,
      }),
    });
  }
  return { items, bodyIndex: index };
}

function dropLeadingBlankLines(text: string): string {
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline < 0 || text.slice(start, newline).trim() !== '') return text.slice(start);
    start = newline + 1;
  }
}

/**
 * The file line where `text` starts, when its first line stands verbatim in the raw message
 * (7bit/8bit parts); otherwise the first line of the body.
 */
function bodyLine(message: RawMessage, bodyIndex: number, text: string): number {
  const first = text.split('\n', 1)[0]?.trimEnd() ?? '';
  if (first !== '') {
    for (let i = bodyIndex; i < message.lines.length; i++) {
      if (lineText(message.lines[i] as Uint8Array).trimEnd() === first)
        return message.firstLine + i;
    }
  }
  return message.firstLine + Math.min(bodyIndex, message.lines.length);
}

/**
 * postal-mime, loaded on the first message read: a scan worker that reads none does not load
 * it at its start (about 15 ms of CPU).
 */
let postalMime: Promise<typeof import('postal-mime')> | undefined;

function loadPostalMime(): Promise<typeof import('postal-mime')> {
  return (postalMime ??= import('postal-mime'));
}

async function* readMessage(
  input: FormatInput,
  message: RawMessage,
  context: MessageContext,
): AsyncGenerator<FormatItem> {
  const mime = await loadPostalMime();
  let email: Email;
  try {
    email = await mime.default.parse(concat(message.lines), {
      attachmentEncoding: 'arraybuffer',
      maxNestingDepth: 64,
    });
  } catch {
    throw new FormatError(`unreadable e-mail message starting at line ${message.firstLine}`);
  }
  const { items, bodyIndex } = headerSegments(message, context, mime.decodeWords);
  yield* items;
  const plain = email.text === undefined ? undefined : dropLeadingBlankLines(email.text);
  const body =
    plain !== undefined && plain.trim() !== '' ? plain : email.html ? htmlToText(email.html) : '';
  if (body.trim() !== '') {
    const fromHtml = plain === undefined || plain.trim() === '';
    const segment: Segment = {
      text: body,
      syntax: 'prose',
      location: location(context, {
        line: fromHtml
          ? message.firstLine + Math.min(bodyIndex, message.lines.length)
          : bodyLine(message, bodyIndex, body),
        column: 1,
      }),
    };
    yield segment;
  }
  const nested = input.nested;
  if (!nested || input.depth >= input.limits.maxArchiveDepth) return;
  let count = 0;
  for (const attachment of email.attachments) {
    count++;
    const content = attachment.content;
    const bytes =
      typeof content === 'string'
        ? new TextEncoder().encode(content)
        : content instanceof Uint8Array
          ? content
          : new Uint8Array(content);
    const name = attachment.filename ?? `attachment-${count}`;
    const entry = context.row !== undefined ? `message-${context.row}/${name}` : name;
    yield* nested(entry, bytes, input.depth + 1);
  }
}

async function* read(input: FormatInput): AsyncIterable<FormatItem> {
  const mbox = startsWithFrom(input.head);
  const base: Location = {
    path: input.path,
    ...(input.entry !== undefined ? { entry: input.entry } : {}),
  };
  let row = 0;
  for await (const message of splitMessages(
    splitLines(input.stream()),
    mbox,
    input.limits.maxFileSize,
  )) {
    row++;
    if (message.bytes === 0) continue;
    yield* readMessage(input, message, { base, row: mbox ? row : undefined });
  }
}

export const emailMessageFormat: FormatModule = {
  id: 'email-message',
  description: 'e-mail messages (.eml) and mailboxes (.mbox): addresses, bodies, attachments',
  extensions: ['.eml', '.mbox', '.mbx'],
  sniff,
  isolated: true,
  read,
};

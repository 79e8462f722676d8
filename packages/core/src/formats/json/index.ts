import { decodeText } from '../text/decoding.js';
import {
  batchSlices,
  oneByOne,
  type FormatInput,
  type FormatItem,
  type FormatModule,
} from '../types.js';
import { JsonScanner } from './scanner.js';
import { SizedBatch } from '../../text/sized-batch.js';

const MULTI_DOCUMENT_EXTENSIONS = ['.ndjson', '.jsonl'];

export const jsonFormat: FormatModule = {
  id: 'json',
  description: 'JSON and NDJSON: every string and number with its JSON Pointer and nearest key',
  extensions: ['.json', '.ndjson', '.jsonl', '.geojson', '.har'],
  isolated: false,
  sniff(head) {
    const text = new TextDecoder().decode(head.subarray(0, 256)).replace(/^\uFEFF/, '');
    return /^\s*(?:\{\s*(?:"|\}|$)|\[\s*(?:[[{"\d\]-]|$))/.test(text);
  },
  read: oneByOne(readJson),
  readBatches: readJson,
};

async function* readJson(input: FormatInput): AsyncIterable<FormatItem[]> {
  const lower = input.path.toLowerCase();
  const multi = MULTI_DOCUMENT_EXTENSIONS.some((extension) => lower.endsWith(extension));
  const base = input.entry ? { path: input.path, entry: input.entry } : { path: input.path };
  const scanner = new JsonScanner({ base, multi });
  const out = new SizedBatch<FormatItem>();
  let failure: unknown;
  try {
    for await (const chunk of decodeText(input.stream(), input.head)) {
      for (const text of batchSlices(chunk)) {
        scanner.feed(text, out);
        yield out.take();
      }
    }
    scanner.end(out);
  } catch (error) {
    failure = error;
  }
  // What was read before a syntax error is still reported.
  yield out.take();
  if (failure) throw failure;
}

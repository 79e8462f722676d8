import type { Segment } from '../../types.js';
import type { FormatInput, FormatItem, FormatModule } from '../types.js';
import { decodeText } from './decoding.js';
import { advance, type TextPosition } from './position.js';

/** Characters per segment; a larger file is cut into overlapping segments. */
const SEGMENT_CHARS = 1 << 20;
/** Context carried across a cut on each side; longer than any value a detector finds. */
const OVERLAP_CHARS = 1024;

const CODE_EXTENSIONS = new Set([
  '.js',
  '.mjs',
  '.cjs',
  '.jsx',
  '.ts',
  '.mts',
  '.cts',
  '.tsx',
  '.vue',
  '.svelte',
  '.py',
  '.rb',
  '.go',
  '.rs',
  '.java',
  '.kt',
  '.kts',
  '.scala',
  '.groovy',
  '.c',
  '.h',
  '.cc',
  '.cpp',
  '.hpp',
  '.cs',
  '.fs',
  '.php',
  '.swift',
  '.m',
  '.mm',
  '.dart',
  '.lua',
  '.pl',
  '.pm',
  '.r',
  '.jl',
  '.ex',
  '.exs',
  '.erl',
  '.hs',
  '.ml',
  '.clj',
  '.sh',
  '.bash',
  '.zsh',
  '.fish',
  '.ps1',
  '.bat',
  '.cmd',
  '.css',
  '.scss',
  '.sass',
  '.less',
  '.gradle',
  '.tf',
  '.hcl',
  '.proto',
  '.graphql',
  '.sol',
]);

/** How a text file should be read: source code (names only in comments/strings) or prose. */
export function syntaxFor(path: string): Segment['syntax'] {
  const dot = path.lastIndexOf('.');
  const slash = path.lastIndexOf('/');
  if (dot <= slash) return 'prose';
  return CODE_EXTENSIONS.has(path.slice(dot).toLowerCase()) ? 'code' : 'prose';
}

/**
 * Plain text and source code, streamed: decoded chunk by chunk and cut into segments of about
 * 1 Mi characters that overlap, so that memory stays bounded on a 1 GB one-line file and a value
 * across a cut is reported exactly once (see Segment.reportFrom).
 */
export const textFormat: FormatModule = {
  id: 'text',
  description: 'Plain text and source code (UTF-8, UTF-16 with BOM, windows-1252 fallback)',
  extensions: [],
  isolated: false,
  read: readText,
};

async function* readText(input: FormatInput): AsyncGenerator<FormatItem> {
  const syntax = syntaxFor(input.entry ?? input.path);
  let before = ''; // context kept from the previous segment
  let beforeAt: TextPosition = { line: 1, column: 1 }; // position of before[0]
  let pending = ''; // text not yet reported

  const emit = (coreLength: number, final: boolean): Segment => {
    const lookahead = final ? '' : pending.slice(coreLength, coreLength + OVERLAP_CHARS);
    const core = pending.slice(0, coreLength);
    const segment: Segment = {
      text: before + core + lookahead,
      syntax,
      location: { path: input.path, line: beforeAt.line, column: beforeAt.column },
      reportFrom: before.length,
      reportTo: before.length + core.length,
    };
    if (input.entry) segment.location.entry = input.entry;
    const nextBefore = core.slice(Math.max(0, core.length - OVERLAP_CHARS));
    beforeAt = advance(beforeAt, before + core.slice(0, core.length - nextBefore.length));
    before = nextBefore;
    pending = pending.slice(coreLength);
    return segment;
  };

  for await (const text of decodeText(input.stream(), input.head)) {
    pending += text;
    while (pending.length >= SEGMENT_CHARS + OVERLAP_CHARS) {
      yield emit(cutPoint(pending), false);
    }
  }
  if (pending.length > 0) yield emit(pending.length, true);
}

/** Where to end a segment's core: at a line end when one is near, never inside a surrogate pair. */
function cutPoint(text: string): number {
  const newline = text.lastIndexOf('\n', SEGMENT_CHARS);
  if (newline > SEGMENT_CHARS / 2) return newline + 1;
  const code = text.charCodeAt(SEGMENT_CHARS - 1);
  return code >= 0xd800 && code <= 0xdbff ? SEGMENT_CHARS - 1 : SEGMENT_CHARS;
}

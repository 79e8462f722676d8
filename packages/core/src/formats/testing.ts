/**
 * Helpers for format tests: build a `FormatInput` from a file or from bytes, and gather what a
 * reader yields. Test-only; nothing in the library imports this module.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Segment } from '../types.js';
import {
  DEFAULT_LIMITS,
  FormatError,
  isColumnSummary,
  type ColumnSummary,
  type FormatInput,
  type FormatItem,
  type FormatLimits,
  type FormatModule,
} from './types.js';

const HEAD_BYTES = 8 * 1024;
const TEST_CHUNK_BYTES = 64 * 1024;

export function inputFromBytes(
  bytes: Uint8Array,
  path = 'input.bin',
  limits: Partial<FormatLimits> = {},
  chunkBytes = TEST_CHUNK_BYTES,
): FormatInput {
  return {
    path,
    size: bytes.length,
    head: bytes.subarray(0, HEAD_BYTES),
    depth: 0,
    limits: { ...DEFAULT_LIMITS, ...limits },
    bytes: () => Promise.resolve(bytes),
    async *stream() {
      for (let i = 0; i < bytes.length; i += chunkBytes) yield bytes.subarray(i, i + chunkBytes);
    },
  };
}

export function inputFromText(text: string, path: string, chunkBytes?: number): FormatInput {
  return inputFromBytes(new TextEncoder().encode(text), path, {}, chunkBytes);
}

/** The file's display path is its base name, so tests assert stable locations. */
export function inputFromFile(file: string, limits: Partial<FormatLimits> = {}): FormatInput {
  return inputFromBytes(new Uint8Array(readFileSync(file)), basename(file), limits);
}

/** An input whose stream is generated lazily (large hostile inputs that must not be built). */
export function inputFromChunks(
  path: string,
  size: number,
  chunks: () => Iterable<Uint8Array>,
): FormatInput {
  const first = chunks()[Symbol.iterator]().next();
  return {
    path,
    size,
    head: first.done ? new Uint8Array() : first.value.subarray(0, HEAD_BYTES),
    depth: 0,
    limits: DEFAULT_LIMITS,
    bytes: () => Promise.reject(new Error('test input is stream-only')),
    async *stream() {
      yield* chunks();
    },
  };
}

export interface Collected {
  segments: Segment[];
  columns: ColumnSummary[];
  /** The reader's `FormatError`, when it threw one (other errors propagate). */
  error?: FormatError;
}

export async function collect(format: FormatModule, input: FormatInput): Promise<Collected> {
  const segments: Segment[] = [];
  const columns: ColumnSummary[] = [];
  try {
    for await (const item of format.read(input)) pushItem(item, segments, columns);
  } catch (error) {
    if (error instanceof FormatError) return { segments, columns, error };
    throw error;
  }
  return { segments, columns };
}

function pushItem(item: FormatItem, segments: Segment[], columns: ColumnSummary[]): void {
  if (isColumnSummary(item)) columns.push(item);
  else segments.push(item);
}

import type { FormatModule } from '../types.js';
import { gzipFormat } from './gzip.js';
import { tarFormat } from './tar.js';
import { zipFormat } from './zip.js';

/**
 * Archives and compressed files. Each module hands its members back to the scanner through
 * `input.nested`, which picks the member's own format; limits (depth, total size, compression
 * ratio) are enforced here, while decompressing.
 */
export { gzipFormat, tarFormat, zipFormat };

/** All archive formats, for registration in one go. */
export const archiveFormats: readonly FormatModule[] = [tarFormat, zipFormat, gzipFormat];

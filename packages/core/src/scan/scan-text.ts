import type { Finding, Segment } from '../types.js';
import { collectDirectives } from './filters/inline-ignore.js';
import { sortFindings } from './filters/sort.js';
import { emptyTally, postProcess, prepareFilters } from './finish.js';
import { workerConfig, type ScanOptions } from './index.js';
import { buildFileScanOptions } from './options.js';
import { scanSegment } from './scan-file.js';

/**
 * A string scanned in the calling thread. Apart from `scan` because it loads the detectors up
 * front: a pooled scan's main thread, which imports `scan`, never needs them.
 */

export interface ScanTextOptions extends Omit<
  ScanOptions,
  'include' | 'exclude' | 'gitignore' | 'maxFileSize' | 'cwd' | 'concurrency' | 'addedLines'
> {
  /** Read the text as `prose` (default), `code` or a single `value` of a field. */
  syntax?: Segment['syntax'];
  /** Field (column/key) name the text belongs to, a strong hint for detectors. */
  field?: string;
  /** Path shown in locations (default `<text>`). */
  path?: string;
}

/** Scan a string. Findings carry line and column within the string. */
export function scanText(text: string, options: ScanTextOptions = {}): Finding[] {
  const config = workerConfig(options);
  const fileOptions = buildFileScanOptions(config, options.registry);
  const segment: Segment = {
    text,
    syntax: options.syntax ?? 'prose',
    location: { path: options.path ?? '<text>', line: 1, column: 1 },
  };
  if (options.field) segment.location.field = options.field;
  const filters = prepareFilters(config.filters);
  const directives = collectDirectives(segment);
  const tally = emptyTally();
  const findings = postProcess(
    scanSegment(segment, fileOptions),
    directives,
    segment.location.path,
    filters,
    fileOptions.detectors,
    tally,
  );
  for (const r of tally.recorded) options.baselineRecorder?.addHash(r.path, r.type, r.hash);
  return sortFindings(findings);
}

import { createDefaultRegistry, type DetectorRegistry } from '../detectors/index.js';
import { categoryForField } from '../taxonomy/index.js';
import type { FileScanOptions } from './scan-file.js';
import type { WorkerConfig } from './pool.js';
import { slimBelow } from './finish.js';

/**
 * Scan options from plain data, the same in the main thread and in pool workers (which cannot
 * receive functions and rebuild the registry themselves).
 */
export function buildFileScanOptions(
  config: WorkerConfig,
  registry: DetectorRegistry = createDefaultRegistry(),
): FileScanOptions {
  return {
    detectors: registry.select(config.types, config.disabled),
    detectorOptions: { regions: config.regions },
    limits: config.limits,
    profile: config.profile,
    maxFindingsPerFile: config.maxFindingsPerFile,
    minConfidence: config.minConfidence,
    slimBelow: slimBelow(config.filters),
    fieldCategory: fieldOnlyCategory,
  };
}

/** A column whose name alone reveals a category: `fonction` → job_title. */
function fieldOnlyCategory(field: string): { type: string; category: string } | undefined {
  const match = categoryForField(field);
  return match ? { type: match.rule.replace(/-/g, '_'), category: match.category } : undefined;
}

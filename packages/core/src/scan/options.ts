import { createDefaultRegistry, type DetectorRegistry } from '../detectors/index.js';
import type { FileScanOptions } from './scan-file.js';
import type { WorkerConfig } from './pool.js';

/**
 * Scan options from plain data, the same in the main thread and in pool workers (which cannot
 * receive functions and rebuild the registry themselves).
 */
export function buildFileScanOptions(config: WorkerConfig, registry: DetectorRegistry = createDefaultRegistry()): FileScanOptions {
  return {
    detectors: registry.select(config.types, config.disabled),
    detectorOptions: { regions: config.regions },
    limits: config.limits,
  };
}

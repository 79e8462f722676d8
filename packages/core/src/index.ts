/**
 * @piiscout/core: find personal data in text, files and dumps; compare it with what a privacy
 * policy declares. This module is the whole public API; the CLI uses nothing else.
 */
export type {
  Candidate,
  Detector,
  DetectorOptions,
  EntityType,
  Evidence,
  FileError,
  Finding,
  Location,
  ScanStats,
  Segment,
} from './types.js';

export { DetectorRegistry, BUILTIN_DETECTORS, createDefaultRegistry } from './detectors/index.js';
export { BUILTIN_FORMATS, formatFor, textFormat } from './formats/index.js';
export type { ColumnSummary, FormatInput, FormatItem, FormatLimits, FormatModule } from './formats/types.js';
export { DEFAULT_LIMITS, FormatError } from './formats/types.js';

export {
  DEFAULT_MAX_FILE_SIZE,
  DEFAULT_MIN_CONFIDENCE,
  DEFAULT_REGIONS,
  TOOL_VERSION,
  scan,
  scanText,
  scanToReport,
  type ColumnReport,
  type ScanEvent,
  type ScanOptions,
  type ScanReport,
  type ScanSummary,
  type ScanTextOptions,
} from './scan/index.js';

export {
  SCAN_RENDERERS,
  describeLocation,
  renderJson,
  renderScanReport,
  renderTable,
  type RenderOptions,
  type ScanFormat,
  type TableOptions,
} from './report/index.js';

export { reportSchema, validateReport } from './report/schema.js';

export {
  checkFailures,
  checkToReport,
  countByCategory,
  readPolicy,
  type CheckOptions,
  type CheckReport,
  type PolicyOptions,
  type PolicyReport,
} from './check/index.js';

export {
  comparePolicy,
  DEFAULT_FAIL_ON,
  DeclarationError,
  extractPolicy,
  extractPolicyFromFile,
  failingStatuses,
  loadDeclaration,
  mergeDeclarations,
  STATUS_ORDER,
  type CategoryComparison,
  type CategoryStatus,
  type DeclaredCategory,
  type NegatedCategory,
  type PolicyEvidence,
  type PolicyExtraction,
} from './policy/index.js';

export {
  ancestorsOf,
  categoryForField,
  categoryForType,
  categoryLabel,
  getCategory,
  isAncestor,
  listCategories,
  type DataCategory,
} from './taxonomy/index.js';

export { renderCheckTable, type CheckTableOptions } from './report/check-table.js';
export { renderPolicyTable } from './report/policy-table.js';

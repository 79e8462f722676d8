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
export type {
  ColumnSummary,
  FormatInput,
  FormatItem,
  FormatLimits,
  FormatModule,
} from './formats/types.js';
export { DEFAULT_LIMITS, FormatError } from './formats/types.js';

export {
  DEFAULT_MAX_FILE_SIZE,
  DEFAULT_MIN_CONFIDENCE,
  DEFAULT_REGIONS,
  TOOL_VERSION,
  scan,
  scanToReport,
  type ColumnReport,
  type ScanEvent,
  type ScanOptions,
  type ScanProgress,
  type ScanProfile,
  type ScanReport,
  type ScanSummary,
  type SuppressedCounts,
} from './scan/index.js';
export { scanText, type ScanTextOptions } from './scan/scan-text.js';

export {
  FINGERPRINT_KEY,
  SARIF_SCHEMA_URI,
  SCAN_FORMATS,
  SCAN_RENDERERS,
  describeLocation,
  renderGithub,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderScanReport,
  renderTable,
  type RenderOptions,
  type SarifOptions,
  type ScanFormat,
  type TableOptions,
} from './report/index.js';
// Not through report/index: its JSON-schema validator (ajv) would load with every renderer.
export { validateSarif } from './report/sarif/validate.js';

export {
  CONFIG_FILE_NAMES,
  ConfigError,
  STARTER_CONFIG,
  canonicalName,
  findConfig,
  loadConfig,
  parseConfig,
  type AllowlistRule,
  type LoadedConfig,
  type PiiscoutConfig,
} from './config/index.js';
export {
  resolveSettings,
  scanRootOf,
  type Settings,
  type SettingsInput,
} from './config/settings.js';

export {
  BASELINE_FILE_NAME,
  BaselineError,
  BaselineRecorder,
  hashValue,
  parseBaseline,
  readBaseline,
  serializeBaseline,
  updateBaseline,
  type BaselineEntry,
  type BaselineFile,
  type BaselineStatus,
  type BaselineUpdate,
} from './baseline/index.js';
export { buildBaseline, type BuildBaselineOptions } from './baseline/write.js';

export {
  GitError,
  repositoryRoot,
  scanChanges,
  scanCommitMessage,
  type GitSelection,
} from './git/index.js';
export type { InlineDirective, UnusedIgnore } from './scan/filters/inline-ignore.js';

export { reportSchema, validateReport } from './report/schema.js';

export {
  checkFailures,
  checkToReport,
  checkToStore,
  mergeCheckReports,
  countByCategory,
  readPolicy,
  type CheckOptions,
  type CheckReport,
  type PolicyOptions,
  type PolicyReport,
  type StoredCheckReport,
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
export { renderCheckMarkdown } from './report/check-markdown.js';
export { renderHtml, type HtmlReportOptions } from './report/html/index.js';
export { mergeReports } from './report/merge.js';
export {
  FINDINGS_IN_MEMORY,
  FindingStore,
  joinPieces,
  jsonReportPieces,
  scanToStore,
  type StoredScanReport,
} from './report/json-stream.js';
export { placeOf, type PlaceCounts } from './report/places.js';

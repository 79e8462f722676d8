import type { CategoryStatus } from '../../policy/types.js';

export interface StatusStyle {
  label: string;
  /** Shown beside the colour so that status never depends on colour alone. */
  icon: string;
  /** What the status means for the reader, in one sentence. */
  meaning: string;
  /** Bar fill; text uses `ink`, dark enough for 4.5:1 on white. */
  fill: string;
  ink: string;
  /** What to do about it, for the data-protection officer. */
  action: string;
  /** Whether it needs action: undisclosed or contradicted data. */
  severity: 'problem' | 'warning' | 'ok' | 'info';
}

export const STATUS_STYLES: Record<CategoryStatus, StatusStyle> = {
  undocumented: {
    label: 'Undocumented',
    icon: '✗',
    meaning: 'Found in the data; nothing in the policy discloses it.',
    action: 'Disclose it in the policy, or delete the data if it should not be kept.',
    fill: '#c62828',
    ink: '#a31515',
    severity: 'problem',
  },
  contradicted: {
    label: 'Contradicted',
    icon: '⚠',
    meaning: 'Found in the data, yet the policy says it is not collected or not personal.',
    action: "Correct the policy's statement, or stop collecting the data.",
    fill: '#8e24aa',
    ink: '#6a1b7a',
    severity: 'problem',
  },
  vague: {
    label: 'Vague',
    icon: '≈',
    meaning: 'The policy names only a broader group that contains it.',
    action: 'Name the category explicitly in the policy.',
    fill: '#ef6c00',
    ink: '#9a4300',
    severity: 'warning',
  },
  generic: {
    label: 'Generic',
    icon: '?',
    meaning: 'The policy mentions personal data only in general terms.',
    action: 'List this category in the policy instead of a general mention of personal data.',
    fill: '#c69200',
    ink: '#7a5a00',
    severity: 'warning',
  },
  documented: {
    label: 'Documented',
    icon: '✓',
    meaning: 'The policy names this category.',
    action: 'None.',
    fill: '#2e7d32',
    ink: '#1b5e20',
    severity: 'ok',
  },
  not_found: {
    label: 'Not found',
    icon: '·',
    meaning: 'Declared by the policy, absent from the scanned data.',
    action: 'None; check that the scan covered the systems that hold it.',
    fill: '#8a8a8a',
    ink: '#555555',
    severity: 'info',
  },
};

/** Scan reports have no policy: bars take one neutral colour. */
export const NEUTRAL_FILL = '#3f6fb5';

export const ACTION_STATUSES: readonly CategoryStatus[] = [
  'undocumented',
  'contradicted',
  'vague',
  'generic',
];

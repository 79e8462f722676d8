/** Shapes of the `policy` and `check` outputs (report-contract.md), minus `schemaVersion`. */

export type PolicyLanguage = 'en' | 'fr' | 'mixed';

/** A sentence or list item of the policy that supports a declaration, with its 1-based line. */
export interface PolicyEvidence {
  text: string;
  line: number;
}

export interface DeclaredCategory {
  category: string;
  /** `parent`: only a broader group was named ("contact details", « coordonnées »). */
  level: 'specific' | 'parent';
  evidence: PolicyEvidence[];
}

export interface NegatedCategory {
  category: string;
  evidence: PolicyEvidence[];
}

export interface PolicyExtraction {
  language: PolicyLanguage;
  declared: DeclaredCategory[];
  /** Said not to be collected, or defined as non-personal information. */
  negated: NegatedCategory[];
  /** Disclosures of personal data in general ("personal information", « données personnelles »). */
  generic: PolicyEvidence[];
}

export type PolicyFormat = 'text' | 'markdown' | 'html';

export interface ExtractPolicyOptions {
  /** Default: `text`. */
  format?: PolicyFormat;
}

export type CategoryStatus =
  'documented' | 'vague' | 'generic' | 'undocumented' | 'contradicted' | 'not_found';

/** One entry of the `check` output's `categories` array. */
export interface CategoryComparison {
  category: string;
  status: CategoryStatus;
  findings: number;
  evidence?: PolicyEvidence[];
}

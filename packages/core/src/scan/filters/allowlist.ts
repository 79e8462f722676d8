import type { AllowlistRule } from '../../config/index.js';
import { compileGlobs, type PathMatcher } from '../../config/glob.js';
import { canonicalName } from '../../config/names.js';
import type { RawFinding } from '../../types.js';

/** An allowlist rule ready to match: every condition given must hold. */
export interface CompiledAllowRule {
  reason: string;
  types?: Set<string>;
  paths?: PathMatcher;
  values?: Set<string>;
  patterns?: RegExp[];
}

export function compileAllowlist(rules: readonly AllowlistRule[]): CompiledAllowRule[] {
  return rules.map((rule) => {
    const compiled: CompiledAllowRule = { reason: rule.reason };
    if (rule.types?.length) compiled.types = new Set(rule.types.map(canonicalName));
    if (rule.paths?.length) compiled.paths = compileGlobs(rule.paths);
    if (rule.values?.length)
      compiled.values = new Set(rule.values.map((v) => v.trim().toLowerCase()));
    if (rule.patterns?.length)
      compiled.patterns = rule.patterns.map((p) => new RegExp(`^(?:${p})$`, 'iu'));
    return compiled;
  });
}

/**
 * Drop allowlisted findings. `relativePath` turns a finding's display path into the path the
 * globs are written against (relative to the config's folder).
 */
export function applyAllowlist(
  findings: readonly RawFinding[],
  rules: readonly CompiledAllowRule[],
  relativePath: (path: string) => string,
): RawFinding[] {
  if (rules.length === 0) return [...findings];
  return findings.filter((finding) => !rules.some((rule) => allows(rule, finding, relativePath)));
}

function allows(
  rule: CompiledAllowRule,
  finding: RawFinding,
  relativePath: (path: string) => string,
): boolean {
  if (
    rule.types &&
    !rule.types.has(canonicalName(finding.type)) &&
    !rule.types.has(canonicalName(finding.detectorId))
  ) {
    return false;
  }
  if (rule.paths && !rule.paths(relativePath(finding.location.path))) return false;
  const forms = [finding.value, finding.normalized];
  if (rule.values && !forms.some((v) => rule.values!.has(v.trim().toLowerCase()))) return false;
  if (rule.patterns && !forms.some((v) => rule.patterns!.some((p) => p.test(v)))) return false;
  return true;
}

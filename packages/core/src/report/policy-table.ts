import type { PolicyReport } from '../check/index.js';
import { categoryLabel } from '../taxonomy/index.js';
import { createStyle } from './style.js';

/** What a policy declares, for a person: specific and broader declarations, negations, generic wording. */
export function renderPolicyTable(policy: PolicyReport, options: { color?: boolean } = {}): string {
  const style = createStyle(options.color ?? false);
  const language = policy.language === 'fr' ? 'fr' : 'en';
  const lines: string[] = [style.bold(`Language: ${policy.language}`), ''];
  const section = (
    title: string,
    entries: { category: string; evidence: { text: string; line: number }[] }[],
  ) => {
    if (entries.length === 0) return;
    lines.push(style.bold(title));
    for (const entry of entries) {
      lines.push(`  ${entry.category}  ${style.dim(categoryLabel(entry.category, language))}`);
      const first = entry.evidence[0];
      if (first)
        lines.push(
          style.dim(`      l.${first.line}: “${first.text.replace(/\s+/g, ' ').slice(0, 140)}”`),
        );
    }
    lines.push('');
  };
  section(
    'Declared (specific)',
    policy.declared.filter((d) => d.level === 'specific'),
  );
  section(
    'Declared (broader group only)',
    policy.declared.filter((d) => d.level === 'parent'),
  );
  section('Said not to be collected, or defined as non-personal', policy.negated);
  if (policy.generic.length > 0) {
    lines.push(style.bold('Personal data in general'));
    for (const g of policy.generic.slice(0, 3))
      lines.push(style.dim(`  l.${g.line}: “${g.text.replace(/\s+/g, ' ').slice(0, 140)}”`));
    lines.push('');
  }
  lines.push(
    `${policy.declared.length} declared, ${policy.negated.length} negated, ${policy.generic.length} generic statements`,
  );
  return `${lines.join('\n')}\n`;
}

import { e } from './escape';

/**
 * A rule's long texts (remediation, rationale) escaped once per page, not once per finding. A fleet report has
 * thousands of findings of each rule, each with the rule's texts (hundreds of characters), and escaping searches
 * every character of them. Kept per rule with the text it was made from: a finding whose text differs from the
 * one kept (a report written by hand, another version) is escaped on its own and kept in its place, so every
 * finding gets exactly `e(text)`. Comparing two equal texts is a memory comparison, much cheaper than the search.
 * One per page (made where the findings are written), so nothing outlives a render.
 */
export class RuleTexts {
  private readonly kept = { remediation: new Map<string, Kept>(), rationale: new Map<string, Kept>() };

  /** `e(text)` for the text `field` of rule `ruleId`. */
  escaped(ruleId: string, field: 'remediation' | 'rationale', text: string): string {
    const kept = this.kept[field];
    const hit = kept.get(ruleId);
    if (hit !== undefined && hit.text === text) return hit.escaped;
    const escaped = e(text);
    kept.set(ruleId, { text, escaped });
    return escaped;
  }
}

interface Kept {
  text: string;
  escaped: string;
}

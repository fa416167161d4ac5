import type { Entity } from '../entities';
import type { AnalyzeOptions, Finding } from '../finding';
import { judge, type RuleResults, type RuleTruths } from '../judge';
import type { LoadedRule } from '../load-rules';
import type { NotEvaluated } from '../not-evaluated';
import type { ConditionLeafT } from '../rule-schema';
import { compileRoot, type CompiledCondition } from './compile-condition';
import { FactSlots } from './fact-slots';
import { EntityLeaves } from './entity-leaves';
import type { Truth } from '../three-valued';
import { FALSE, TRUE, type CompiledLeaf } from './leaf-state';
import { operatorMayThrow, operatorNamed } from './operator-table';

interface CompiledRule {
  rule: LoadedRule;
  applies?: CompiledCondition;
  problem: CompiledCondition;
  /** The evaluated parts of the rule for the current entity, as `judge` asks for them (made once per rule). */
  results: RuleResults;
  /** Their truths, from the compiled truths of the current entity's leaves: no tree is built for a truth. */
  truths: RuleTruths;
}

/** FALSE, TRUE, UNKNOWN as judge.ts has them. */
const TRUTH: readonly Truth[] = [false, true, 'unknown'];

/**
 * The rules of one scope compiled together, once: every (fact, path) they name becomes a slot read at most
 * once per entity however many conditions name it, every condition leaf an operator call on slots, every
 * condition tree a closure over the leaves' truths. Per entity, each rule is decided from the truths; only
 * a rule that fires or cannot be decided has its evaluated tree built, for `judge`, which words both
 * evaluators' outcomes alike.
 */
export class ScopeProgram {
  private readonly slots = new FactSlots();
  private readonly leaves: CompiledLeaf[] = [];
  /** The leaf already made for a condition that asks the same (see `sameLeafKey`). */
  private readonly leafOfKey = new Map<string, number>();
  private readonly compiled: CompiledRule[];
  private readonly current: EntityLeaves;

  constructor(readonly rules: LoadedRule[]) {
    const leafIndex = (condition: ConditionLeafT) => this.addLeaf(condition);
    this.compiled = rules.map((rule) => {
      const applies = rule.appliesTo ? compileRoot(rule.appliesTo, leafIndex) : undefined;
      const problem = compileRoot(rule.conditions, leafIndex);
      const overrides = (rule.severityOverrides ?? []).map((o) => compileRoot(o.conditions, leafIndex));
      // judge asks for `applies`, `problem` and `severity<i>`: each part looked up by its name, no text parsed per call.
      const parts = new Map<string, CompiledCondition>([['problem', problem]]);
      if (applies) parts.set('applies', applies);
      overrides.forEach((o, i) => parts.set(`severity${i}`, o));
      const results: RuleResults = (part) => parts.get(part)?.evaluated(this.current);
      const truths: RuleTruths = (part) => {
        const compiledPart = parts.get(part);
        return compiledPart ? TRUTH[compiledPart.truth(this.current)] : undefined;
      };
      return { rule, ...(applies ? { applies } : {}), problem, results, truths };
    });
    this.current = new EntityLeaves(this.leaves, this.slots);
  }

  private addLeaf(condition: ConditionLeafT): number {
    const value = condition.value as unknown;
    const valueIsFact = typeof value === 'object' && value !== null && !Array.isArray(value) && 'fact' in value;
    const ref = value as { fact: string; path?: string };
    const factSlot = this.slots.slotOf(condition.fact, condition.path);
    const valueSlot = valueIsFact ? this.slots.slotOf(ref.fact, ref.path) : -1;
    const key = sameLeafKey(factSlot, condition.operator, valueSlot, value);
    const known = key === undefined ? undefined : this.leafOfKey.get(key);
    if (known !== undefined) return known;
    this.leaves.push({
      condition,
      factSlot,
      valueSlot,
      constant: valueIsFact ? undefined : value,
      op: operatorNamed(condition.operator),
      mayThrow: operatorMayThrow(condition.operator, value, valueIsFact),
    });
    if (key !== undefined) this.leafOfKey.set(key, this.leaves.length - 1);
    return this.leaves.length - 1;
  }

  /** Evaluates every rule of the scope for one entity, adding its findings and not-evaluated items. */
  run(entity: Entity, options: AnalyzeOptions, findings: Finding[], notEvaluated: NotEvaluated[]): void {
    const leaves = this.current;
    leaves.start(entity.facts);
    const compiled = this.compiled;
    for (let r = 0; r < compiled.length; r++) {
      const c = compiled[r]!;
      const applies = c.applies ? c.applies.truth(leaves) : TRUE;
      if (applies === FALSE) continue;
      if (applies === TRUE && c.problem.truth(leaves) === FALSE) continue;
      judge(c.rule, entity, c.results, options, findings, notEvaluated, c.truths);
    }
  }
}

/**
 * Conditions that ask the same question of the same slots share one leaf: several rules of a scope test the same
 * thing (a server's role, a node count), and an operator is a function of the fact and the value alone, so one
 * evaluation answers them all. Each rule's evaluated tree still shows its own condition and its own value
 * (compile-condition.ts `compileLeaf` takes only the fact's value and the answer from the leaf). Keyed: a fact-path
 * value, a primitive, or a list of texts, booleans, nulls and finite numbers (not -0, which JSON writes as 0); any
 * other value gets a leaf of its own.
 */
function sameLeafKey(factSlot: number, operator: string, valueSlot: number, value: unknown): string | undefined {
  const key = valueSlot >= 0 ? `slot ${valueSlot}` : valueKey(value);
  return key === undefined ? undefined : `${factSlot}\u0000${operator}\u0000${key}`;
}

function valueKey(value: unknown): string | undefined {
  if (typeof value === 'string') return `string ${value}`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return Object.is(value, -0) ? '-0' : String(value);
  if (Array.isArray(value) && value.every(plainItem)) return `list ${JSON.stringify(value)}`;
  return undefined;
}

const plainItem = (x: unknown) =>
  typeof x === 'string' || typeof x === 'boolean' || x === null || (Number.isFinite(x) && !Object.is(x, -0));

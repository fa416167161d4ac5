import type { Entity } from '../entities';
import type { AnalyzeOptions, Finding } from '../finding';
import { judge } from '../judge';
import type { LoadedRule } from '../load-rules';
import type { NotEvaluated } from '../not-evaluated';
import type { ConditionLeafT } from '../rule-schema';
import type { EvaluatedNode } from '../three-valued';
import { compileRoot, type CompiledCondition } from './compile-condition';
import { FactSlots } from './fact-slots';
import { FALSE, TRUE, UNKNOWN, type CompiledLeaf, type LeafState } from './leaf-state';
import { operatorNamed } from './operator-table';

interface CompiledRule {
  rule: LoadedRule;
  applies?: CompiledCondition;
  problem: CompiledCondition;
  overrides: CompiledCondition[];
}

/**
 * The rules of one scope compiled together, once: every (fact, path) they name becomes a slot read once per
 * entity, every condition leaf an operator call on slots, every condition tree a closure over the leaves'
 * truths. Per entity, every leaf is evaluated (as json-rules-engine evaluates every condition of every rule,
 * so an operator that throws throws in both), then each rule is decided from the truths; only a rule that
 * fires or cannot be decided has its evaluated tree built, for `judge`, which words both evaluators' outcomes.
 */
export class ScopeProgram {
  private readonly slots = new FactSlots();
  private readonly leaves: CompiledLeaf[] = [];
  private readonly compiled: CompiledRule[];
  private readonly slotValues: unknown[] = [];
  private readonly state: LeafState;

  constructor(readonly rules: LoadedRule[]) {
    const leafIndex = (condition: ConditionLeafT) => this.addLeaf(condition);
    this.compiled = rules.map((rule) => ({
      rule,
      ...(rule.appliesTo ? { applies: compileRoot(rule.appliesTo, leafIndex) } : {}),
      problem: compileRoot(rule.conditions, leafIndex),
      overrides: (rule.severityOverrides ?? []).map((o) => compileRoot(o.conditions, leafIndex)),
    }));
    const n = this.leaves.length;
    this.state = { truth: new Uint8Array(n), factResult: new Array(n), valueResult: new Array(n), result: new Array(n) };
  }

  private addLeaf(condition: ConditionLeafT): number {
    const value = condition.value as unknown;
    const valueIsFact = typeof value === 'object' && value !== null && !Array.isArray(value) && 'fact' in value;
    const ref = value as { fact: string; path?: string };
    this.leaves.push({
      condition,
      factSlot: this.slots.slotOf(condition.fact, condition.path),
      valueSlot: valueIsFact ? this.slots.slotOf(ref.fact, ref.path) : -1,
      op: operatorNamed(condition.operator),
    });
    return this.leaves.length - 1;
  }

  /** Evaluates every rule of the scope for one entity, adding its findings and not-evaluated items. */
  run(entity: Entity, options: AnalyzeOptions, findings: Finding[], notEvaluated: NotEvaluated[]): void {
    this.evaluateLeaves(entity.facts);
    const { truth } = this.state;
    for (const c of this.compiled) {
      const applies = c.applies ? c.applies.truth(truth) : TRUE;
      if (applies === FALSE) continue;
      if (applies === TRUE && c.problem.truth(truth) === FALSE) continue;
      judge(c.rule, entity, (part) => this.evaluatedPart(c, part), options, findings, notEvaluated);
    }
  }

  private evaluateLeaves(facts: Record<string, unknown>): void {
    const values = this.slotValues;
    this.slots.readAll(facts, values);
    const { truth, factResult, valueResult, result } = this.state;
    const leaves = this.leaves;
    for (let i = 0; i < leaves.length; i++) {
      const leaf = leaves[i]!;
      const fact = values[leaf.factSlot];
      const value = leaf.valueSlot < 0 ? leaf.condition.value : values[leaf.valueSlot];
      const answer = leaf.op(fact, value);
      factResult[i] = fact;
      valueResult[i] = value;
      result[i] = answer;
      truth[i] = fact === undefined || (leaf.valueSlot >= 0 && value === undefined) ? UNKNOWN : answer === true ? TRUE : FALSE;
    }
  }

  private evaluatedPart(c: CompiledRule, part: string): EvaluatedNode | undefined {
    if (part === 'applies') return c.applies?.evaluated(this.state);
    if (part === 'problem') return c.problem.evaluated(this.state);
    const override = /^severity(\d+)$/.exec(part);
    return override ? c.overrides[Number(override[1])]?.evaluated(this.state) : undefined;
  }
}

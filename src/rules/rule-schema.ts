import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { CATEGORIES, PROFILES, SCOPES, SEVERITIES } from './vocabulary';

export { isLeaf, parameterKind } from './rule-values';

export {
  CATEGORIES,
  LANGUAGES,
  PROFILES,
  SCOPES,
  SEVERITIES,
  SCOPE_FACTS,
  type Lang,
  type Profile,
  type Scope,
  type Severity,
} from './vocabulary';

/**
 * The rule file format: one JSON file per rule, metadata and logic side by side. `conditions` describe the
 * PROBLEM (true → a finding) in json-rules-engine's condition format, restricted to what bpa can check
 * before anything runs: every leaf names a fact of the rule's scope, a simple path (`$.a.b[0]`) that the
 * snapshot schema has, and a registered operator. Anything else in a rule file is rejected.
 */
const Obj = <T extends Parameters<typeof Type.Object>[0]>(props: T, description?: string) =>
  Type.Object(props, { additionalProperties: false, ...(description ? { description } : {}) });

const Text = (description: string) => Obj({ en: Type.String({ minLength: 1 }), de: Type.String({ minLength: 1 }) }, description);

const Literals = <T extends readonly string[]>(values: T, description: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });

export const FACT_PATH_PATTERN = '^\\$(\\.[A-Za-z][A-Za-z0-9]*|\\[[0-9]+\\])+$';

const ParamRef = Obj({ param: Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }) }, 'a rule parameter, replaced when rules load');
const FactRef = Obj({ fact: Type.String(), path: Type.Optional(Type.String({ pattern: FACT_PATH_PATTERN })) }, 'another fact');

const ConditionLeaf = Obj(
  {
    fact: Type.String({ description: 'a fact of the rule scope: server, adapter, account, cluster, organization' }),
    path: Type.String({ pattern: FACT_PATH_PATTERN, description: 'JSONPath into the fact, e.g. $.os.servicePack' }),
    operator: Type.String({ description: 'a registered operator' }),
    value: Type.Union([
      ParamRef,
      FactRef,
      Type.String(),
      Type.Number(),
      Type.Boolean(),
      Type.Null(),
      Type.Array(Type.Union([Type.String(), Type.Number(), Type.Boolean(), ParamRef])),
    ]),
    params: Type.Optional(Obj({ expected: Text('the expected value, as evidence shows it') })),
  },
  'a condition on one fact',
);

/**
 * A node of a condition tree is chosen by its key (`fact` → a leaf, `all`, `any`, `not`), with if/then
 * rather than a union, so that a mistake is reported against the one shape it was meant to be.
 */
const ref = { $ref: '#/$defs/conditionNode' };
const branch = (key: 'all' | 'any' | 'not') => ({
  type: 'object',
  properties: { [key]: key === 'not' ? ref : { type: 'array', minItems: 1, items: ref } },
  required: [key],
  additionalProperties: false,
});
const conditionNode = {
  type: 'object',
  if: { required: ['fact'] },
  then: { $ref: '#/$defs/conditionLeaf' },
  else: {
    if: { required: ['all'] },
    then: branch('all'),
    else: {
      if: { required: ['any'] },
      then: branch('any'),
      else: { if: { required: ['not'] }, then: branch('not'), else: { required: ['fact', 'path', 'operator', 'value'] } },
    },
  },
};

export type Condition =
  { all: (Condition | ConditionLeafT)[] } | { any: (Condition | ConditionLeafT)[] } | { not: Condition | ConditionLeafT };
export const ConditionTree = Type.Unsafe<Condition>(ref);

/** Conditions appear in several places of a rule; the tree is defined once and referenced. */
const ConditionRef = ConditionTree;

const Reference = Obj({ title: Type.String({ minLength: 1 }), url: Type.String({ format: 'uri' }) });

/** A rule parameter's value: a number, a text, or a list of texts (e.g. groups that are offline on purpose). */
export const ParameterValue = Type.Union([Type.Number(), Type.String(), Type.Array(Type.String())]);
export type ParameterValueT = Static<typeof ParameterValue>;

const Parameter = Obj({
  default: ParameterValue,
  description: Text('what the parameter sets'),
});

export const RuleSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    id: Type.String({ pattern: '^[A-Z]{2,3}-[0-9]{3}$', description: 'fixed id, e.g. NET-002' }),
    title: Text('one line naming the problem'),
    severity: Literals(SEVERITIES, 'default severity'),
    category: Literals(CATEGORIES, 'report section'),
    profiles: Type.Array(Literals(PROFILES, 'scan profile'), { minItems: 1, uniqueItems: true }),
    scope: Literals(SCOPES, 'the entity the rule is evaluated for'),
    appliesTo: Type.Optional(ConditionRef),
    conditions: ConditionRef,
    severityOverrides: Type.Optional(
      Type.Array(Obj({ severity: Literals(SEVERITIES, 'severity when these conditions also hold'), conditions: ConditionRef }), {
        minItems: 1,
      }),
    ),
    target: Type.Optional(Type.String({ description: 'handlebars template naming the target; default from the scope' })),
    message: Text('handlebars template of the finding message'),
    rationale: Text('why this matters'),
    remediation: Text('how to fix it'),
    assumption: Type.Optional(Text('an assumption the check makes, said plainly')),
    references: Type.Array(Reference, { minItems: 1 }),
    parameters: Type.Optional(Type.Record(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }), Parameter)),
  },
  {
    additionalProperties: false,
    $id: 'https://bpa.invalid/schemas/rule.schema.json',
    title: 'bpa rule',
    $defs: { conditionNode, conditionLeaf: ConditionLeaf },
  },
);

export type RuleFile = Static<typeof RuleSchema>;
export type ConditionLeafT = Static<typeof ConditionLeaf>;
export type LocalizedText = { en: string; de: string };

export const RULE_SCHEMA: TSchema = RuleSchema;

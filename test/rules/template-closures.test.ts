import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { entitiesOf } from '../../src/rules/entities';
import { loadRules } from '../../src/rules/load-rules';
import { hb, TEMPLATE_OPTIONS } from '../../src/rules/messages';
import { SCOPES } from '../../src/rules/rule-schema';
import type { Snapshot } from '../../src/snapshot/schema';
import { ASK_HANDLEBARS, compileTemplate } from '../../src/rules/template-closures';
import { GENERATED_RULE_DIRS, fixtureBases as fixtureBasesOf, sampleBases as sampleBasesOf } from '../helpers/generated-bases';
import { applyMutation, everyPath, focusOf, mutationArb, poolsOf } from '../helpers/snapshot-mutations';

/**
 * The closures that render rule templates (template-closures.ts) against handlebars itself: the same text for
 * every template of every rule over the entities of every rule fixture, the samples and mutated copies of them,
 * and for the corners of handlebars' semantics one by one. Where the closures leave a template or a value to
 * handlebars, that is checked too, so that a template cannot quietly lose its fast path.
 */
const ROOT = join(__dirname, '../..');
const RULE_DIRS = GENERATED_RULE_DIRS;
const rules = loadRules(RULE_DIRS);

/** What the closures write, or ASK when they leave the value to handlebars. */
const ASK = 'ask handlebars';
const closures = new Map<string, ReturnType<typeof compileTemplate>>();
const handlebars = new Map<string, HandlebarsTemplateDelegate>();
function byClosures(template: string, context: unknown): string {
  if (!closures.has(template)) closures.set(template, compileTemplate(template, hb, TEMPLATE_OPTIONS));
  const closure = closures.get(template);
  if (!closure) throw new Error(`no closures for ${template}`);
  try {
    return closure(context);
  } catch (e) {
    // Any other error sends renderTemplate to handlebars too, which must then throw as well.
    return e === ASK_HANDLEBARS ? ASK : THREW;
  }
}
const THREW = 'threw';
function byHandlebars(template: string, context: unknown): string {
  if (!handlebars.has(template)) handlebars.set(template, hb.compile(template, TEMPLATE_OPTIONS));
  try {
    return handlebars.get(template)!(context);
  } catch {
    return THREW;
  }
}

describe('closures write what handlebars writes', () => {
  it.each<[string, unknown]>([
    ['{{a}}{{b}}', { a: 1, b: 2 }], // handlebars joins with +: "3"
    ['{{a}}{{b}}', { a: [1, 2], b: {} }],
    ['{{#if x}}{{a}}{{/if}}{{b}}', { x: 1, a: 1, b: 2 }],
    ['x{{a}}{{b}}', { a: 1, b: 2 }],
    ['{{a}} {{a.b}} {{a.b.c}}', { a: { b: null } }],
    ['{{a.b}}', { a: 'text' }],
    ['{{a.length}}', { a: 'text' }],
    ['{{a.length}} {{a.[0]}}', { a: ['x', 'y'] }],
    ['{{a}}', { a: false }],
    ['{{a}}', { a: 0 }],
    ['{{this}}', 'text'],
    ['{{this.a}} {{./a}}', { a: 'x' }],
    ['{{@root.a}}', { a: 'x' }],
    ['{{#if a}}y{{else if b}}z{{else}}n{{/if}}', { b: 1 }],
    ['{{#if a}}y{{else}}n{{/if}}', { a: 0 }],
    ['{{#if a}}y{{else}}n{{/if}}', { a: [] }],
    ['{{#if a}}y{{else}}n{{/if}}', { a: {} }],
    ['{{#if a}}y{{else}}n{{/if}}', { a: '' }],
    ['{{#unless a}}y{{else}}n{{/unless}}', { a: 1 }],
    ['{{#unless a}}y{{/unless}}', {}],
    ['{{#each xs}}{{@index}}:{{name}}{{#unless @last}}, {{/unless}}{{/each}}', { xs: [{ name: 'a' }, { name: 'b' }] }],
    ['{{#each xs}}{{@first}}{{@key}}{{this}}{{/each}}', { xs: [1, 2, 3] }],
    ['{{#each xs}}{{this}}{{else}}none{{/each}}', { xs: [] }],
    ['{{#each xs}}{{this}}{{else}}none{{/each}}', { xs: 'text' }],
    ['{{#each xs}}[{{name}}]{{/each}}', { xs: [null, undefined, { name: 0 }] }],
    ['{{#each xs}}{{#each this}}{{@index}}{{/each}}|{{@index}}{{/each}}', { xs: [[1, 2], [3]] }],
    ['{{#each xs}}{{#if @index}}, {{/if}}{{this}}{{/each}}', { xs: ['a', 'b'] }],
    ['{{#each xs}}{{@root.a}}{{/each}}', { a: 'r', xs: [1] }],
    ["{{#if (eq a 'x')}}y{{else}}n{{/if}}", { a: 'x' }],
    ['{{join (without xs ex)}}', { xs: ['a', 'B', 'c'], ex: ['b'] }],
    ['{{mb n}} {{percent r}} {{days s}} {{join l}}', { n: 1048576 * 3.25, r: 0.5, s: 86400 * 2.5, l: ['a', 'b'] }],
    ['{{mb n}}', {}],
    ["{{clusterName c 'de'}} {{dateTime d 'en'}} {{dayCount n 'de'}}", { c: 'X', d: '2008-12-15T10:15:00', n: 1 }],
    ['{{#if (defined x)}}y{{/if}}', { x: 0 }],
    ['{{eq a b}}', { a: 1, b: 1 }],
    ['{{#if a}}\n  line\n{{/if}}\nnext', { a: 1 }], // standalone lines, as handlebars' parser strips them
    ['{{~a~}} x {{~b}}', { a: 1, b: 2 }],
    ['{{! a comment }}{{a}}', { a: 1 }],
    ['{{{a}}} & <b>', { a: '<i>' }],
    ['{{a}}', { a: { __proto__: null } }], // no toString: both throw
    ['{{#if a includeZero=true}}y{{else}}n{{/if}}', { a: 0 }],
    ['{{#if a includeZero=z}}y{{else}}n{{/if}}', { a: 0, z: 0 }],
    ['{{#unless a includeZero=true}}y{{else}}n{{/unless}}', { a: 0 }],
    ['{{#if a includeZero=true}}y{{else}}n{{/if}}', { a: null }],
    ['{{a.__proto__}}', JSON.parse('{"a":{"__proto__":"own"}}')],
  ])('%j over %j', (template, context) => {
    expect(byClosures(template, context)).toBe(byHandlebars(template, context));
  });

  it.each<[string, unknown]>([
    ['{{a.toString}}', { a: {} }], // inherited: handlebars' prototype access rules decide
    ['{{a.b}}', { a: { b: () => 'f' } }], // a function value: handlebars calls it
    ['{{#if a}}y{{/if}}', { a: () => false }],
    ['{{#each a}}{{this}}{{/each}}', { a: { x: 1 } }], // an object to #each
    ['{{a}}', { a: () => 'f' }],
  ])('%j over %j is left to handlebars', (template, context) => {
    expect(byClosures(template, context)).toBe(ASK);
  });

  it.each([
    '{{join}}', // a helper without its parameter
    '{{eq a}}', // a helper given fewer parameters than it takes
    '{{missing a}}', // no such helper: handlebars throws
    '{{lookup a "b"}}',
    '{{#with a}}{{b}}{{/with}}',
    '{{#each a as |x|}}{{x}}{{/each}}',
    '{{../a}}',
    '{{> partial}}',
    '{{mb n unit="MB"}}',
    '{{#if a b}}y{{/if}}',
    '{{#if a other=true}}y{{/if}}',
    '{{#each a includeZero=true}}y{{/each}}',
    '{{#a}}y{{/a}}',
    '{{a.constructor}}',
    '{{#if a}}',
  ])('%j is left to handlebars', (template) => {
    expect(compileTemplate(template, hb, TEMPLATE_OPTIONS)).toBeUndefined();
  });
});

/** Every template of a rule: title and message in both languages, and the target. */
const templatesOf = (r: (typeof rules)[number]) =>
  [r.title.en, r.title.de, r.message.en, r.message.de, ...(r.target ? [r.target] : [])].filter((t) => t.includes('{{'));

test('every rule template is rendered by closures', () => {
  const templates = [...new Set(rules.flatMap(templatesOf))];
  expect(templates.length).toBeGreaterThan(100);
  expect(templates.filter((t) => !compileTemplate(t, hb, TEMPLATE_OPTIONS))).toEqual([]);
});

/**
 * Each rule's templates over every entity of its scope, in the context judge.ts renders them in (evidence and
 * what was not checked made up); the count of renders compared.
 */
let asked = 0;
function sameForAll(snapshot: Snapshot): number {
  let compared = 0;
  let entities;
  try {
    entities = SCOPES.flatMap((scope) => entitiesOf(snapshot, scope));
  } catch {
    return 0; // a mutation the entities cannot be listed from (an adapter that is null): no template is rendered
  }
  for (const entity of entities)
    for (const rule of rules.filter((r) => r.scope === entity.scope)) {
      const context = {
        ...entity.facts,
        params: rule.parameterValues,
        evidence: [{ path: 'x', actual: 1, expected: 'not 1' }],
        notChecked: [],
      };
      for (const t of templatesOf(rule)) {
        const text = byClosures(t, context);
        if (text !== ASK) expect([t, text]).toEqual([t, byHandlebars(t, context)]);
        else asked++;
        compared++;
      }
    }
  return compared;
}

const fixtureBases: Snapshot[] = fixtureBasesOf(RULE_DIRS);
const sampleBases: Snapshot[] = sampleBasesOf();

test('every template over the entities of every rule fixture and sample, without handlebars', () => {
  asked = 0;
  const compared = [...fixtureBases, ...sampleBases].reduce((n, s) => n + sameForAll(s), 0);
  expect(compared).toBeGreaterThan(5_000);
  expect(asked).toBe(0); // the fixtures and samples hold plain data: handlebars is never asked
}, 300_000);

test('every template over 150 mutated fixtures and samples', () => {
  const bases = [...fixtureBases, ...sampleBases];
  const pools = poolsOf(rules, JSON.parse(readFileSync(join(ROOT, 'schemas/snapshot.schema.json'), 'utf8')));
  const places = bases.map((b) => ({ focus: focusOf(b, rules), all: everyPath(b) }));
  let compared = 0;
  fc.assert(
    fc.property(fc.nat({ max: bases.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 8 }), (base, mutations) => {
      const snapshot = structuredClone(bases[base]!);
      for (const m of mutations) applyMutation(snapshot, places[base]!, m, pools);
      compared += sameForAll(snapshot);
    }),
    { seed: 20261206, numRuns: 150, endOnFailure: true },
  );
  expect(compared).toBeGreaterThan(5_000);
}, 300_000);

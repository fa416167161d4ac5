import fc from 'fast-check';
import Handlebars from 'handlebars';
import { loadRules } from '../../src/rules/load-rules';
import { hb } from '../../src/rules/messages';
import { BUILT_IN_HELPERS, parserEnvironment, renderTemplate, TEMPLATE_OPTIONS } from '../../src/rules/render-template';
import { compileTemplate } from '../../src/rules/template-closures';
import { GENERATED_RULE_DIRS } from '../helpers/generated-bases';

/**
 * render-template.ts compiles the closures from handlebars' parser alone (so that a scan loads no handlebars
 * compiler): that environment must be handlebars' own parser, AST helpers and helper names, or the closures
 * would quietly compile differently (template-closures.test.ts holds the closures to handlebars with `hb`).
 */
describe('the parser environment of the closures', () => {
  const env = parserEnvironment();

  it('is handlebars` own parser and AST helpers', () => {
    expect(env.parse).toBe(hb.parse);
    expect(env.AST).toBe(hb.AST);
  });

  it('has the helper names of handlebars, with bpa`s helpers the same functions', () => {
    expect(Object.keys(env.helpers).sort()).toEqual(Object.keys(hb.helpers).sort());
    expect(Object.keys(Handlebars.create().helpers).sort()).toEqual([...BUILT_IN_HELPERS].sort());
    for (const name of Object.keys(hb.helpers).filter((n) => !BUILT_IN_HELPERS.includes(n))) {
      expect(env.helpers[name]).toBe(hb.helpers[name]);
    }
  });

  it('compiles every rule template to closures, as handlebars` environment does', () => {
    const rules = loadRules(GENERATED_RULE_DIRS);
    const templates = [
      ...new Set(rules.flatMap((r) => [r.title.en, r.title.de, r.message.en, r.message.de, ...(r.target ? [r.target] : [])])),
    ];
    expect(templates.length).toBeGreaterThan(200);
    const unlike = templates.filter(
      (t) => !compileTemplate(t, env, TEMPLATE_OPTIONS) !== !compileTemplate(t, hb, TEMPLATE_OPTIONS),
    );
    expect(unlike).toEqual([]);
    expect(templates.filter((t) => !compileTemplate(t, env, TEMPLATE_OPTIONS))).toEqual([]);
  });
});

describe('renderTemplate', () => {
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('renders a template without an expression as handlebars does (now by closures)', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: fc.constantFrom('a', ' ', '\\', '{', '}', '\n', '\t', 'ü', '~', '!', '>', '#') })
          .filter((t) => !t.includes('{{')),
        (template) => {
          expect(renderTemplate(template, {})).toBe(fold(hb.compile(template, TEMPLATE_OPTIONS)({})));
        },
      ),
    );
  });

  it.each<[string, object]>([
    ['{{a}} {{join b}}', { a: 'x', b: ['1', '2'] }],
    ['{{#each a}}{{this}}{{/each}}', { a: { x: 1 } }], // an object to #each: handlebars renders it
    ['{{a.b.c}}', { a: { b: { c: () => 'f' } } }], // a function value: handlebars calls it
    ['{{#with a}}{{b}}{{/with}}', { a: { b: 'w' } }], // no closures: handlebars alone
  ])('%j renders as handlebars renders it', (template, context) => {
    expect(renderTemplate(template, context)).toBe(fold(hb.compile(template, TEMPLATE_OPTIONS)(context)));
  });

  it('throws handlebars` own error for a template handlebars cannot parse', () => {
    expect(() => renderTemplate('{{#if a}}', { a: 1 })).toThrow(/Parse error|doesn't match/);
  });
});

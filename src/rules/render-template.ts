import type Handlebars from 'handlebars';
import { fold } from './fold-blanks';
import { MESSAGE_HELPERS } from './message-helpers';
import { compileTemplate, type TemplateClosure } from './template-closures';

/**
 * Rendering the rules' message and target templates. Each is compiled once into closures (template-closures.ts)
 * from handlebars' parse tree; only a template (or a value) the closures leave to handlebars loads handlebars
 * itself (messages.ts). Why: the closures need handlebars' parser alone (9 modules), not its compiler and
 * source-map (44 modules, ≈ 40 ms of CPU in every thread of a fleet scan).
 */

/** How every rule template is compiled: no HTML escaping, as the closures render too. */
export const TEMPLATE_OPTIONS = { noEscape: true, strict: false };

/**
 * The names handlebars registers as its own helpers (`Handlebars.create().helpers`): the closures leave each to
 * handlebars, and a mustache with such a name is not a path (test/rules/render-template.test.ts holds this list
 * to handlebars').
 */
export const BUILT_IN_HELPERS = ['blockHelperMissing', 'each', 'helperMissing', 'if', 'unless', 'log', 'lookup', 'with'];

let parserOnly: typeof Handlebars | undefined;

/**
 * What `compileTemplate` reads of a handlebars environment (its parser, AST helpers and helper table), without
 * loading handlebars' compiler: the same parser modules `Handlebars.parse` and `Handlebars.AST` are.
 */
export function parserEnvironment(): typeof Handlebars {
  if (!parserOnly) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { parse } = require('handlebars/dist/cjs/handlebars/compiler/base') as { parse: typeof Handlebars.parse };
    // ast.js replaces its `module.exports` with the AST helpers object (what `Handlebars.AST` is).
    const AST = require('handlebars/dist/cjs/handlebars/compiler/ast') as typeof Handlebars.AST;
    /* eslint-enable @typescript-eslint/no-require-imports */
    const builtIn = () => {
      throw new Error('a built-in helper is rendered by handlebars');
    };
    const helpers = { ...Object.fromEntries(BUILT_IN_HELPERS.map((name) => [name, builtIn])), ...MESSAGE_HELPERS };
    parserOnly = { parse, AST, helpers } as unknown as typeof Handlebars;
  }
  return parserOnly;
}

interface Compiled {
  closure: TemplateClosure | undefined;
  /** handlebars' own function, made the first time the closures leave a render to it. */
  handlebars?: Handlebars.TemplateDelegate;
}

/** Each template once: as closures where they cover it, handlebars' function beside when needed. */
const cache = new Map<string, Compiled>();

/** A template without an expression (no `{{`) renders the same whatever the context: rendered once. Most titles are such. */
const constant = new Map<string, string>();

export function renderTemplate(template: string, context: object): string {
  const fixed = constant.get(template);
  if (fixed !== undefined) return fixed;
  let compiled = cache.get(template);
  if (!compiled) {
    compiled = { closure: compileTemplate(template, parserEnvironment(), TEMPLATE_OPTIONS) };
    if (!template.includes('{{')) {
      const text = fold(render(compiled, template, {}));
      constant.set(template, text);
      return text;
    }
    cache.set(template, compiled);
  }
  return fold(render(compiled, template, context));
}

/** The closures' text, or handlebars' where the closures leave a value to it (or fail in any way). */
function render(compiled: Compiled, template: string, context: object): string {
  if (compiled.closure) {
    try {
      return compiled.closure(context);
    } catch {
      // ASK_HANDLEBARS, or a helper that threw: handlebars renders it, and throws its own error if it must.
    }
  }
  compiled.handlebars ??= withHandlebars().compile(template, TEMPLATE_OPTIONS);
  return compiled.handlebars(context);
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const withHandlebars = () => (require('./messages') as typeof import('./messages')).hb;

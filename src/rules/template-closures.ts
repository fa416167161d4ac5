import type Handlebars from 'handlebars';

/**
 * A rule's message template as closures over handlebars' own parse tree, for the part of handlebars the rule
 * templates use: text, paths (`server.name`, `this`, `@index`, `@last`, `@root.x`), the built-in blocks `#if`,
 * `#unless` (with `includeZero`), `#each` over arrays, `{{else}}`, and bpa's own helpers with exactly their parameters, also as
 * sub-expressions. Why: a compiled handlebars template sets its runtime up on every call (every helper wrapped
 * again, a prototype access table built), about two thirds of rendering a short message, and judge.ts renders
 * two or three per finding.
 *
 * The closures reproduce what handlebars 4.7's compiled code does with `noEscape` and `strict: false`, quirks
 * included: a property is read only when it is the object's own (`lookupProperty`), a lookup on null gives
 * the null back, an absent value writes nothing, and the parts of a block are joined with `+` as its compiled
 * function joins them (so `{{a}}{{b}}` with two numbers writes their sum, as handlebars does). Anything else,
 * at compile time or at render time (a path outside the own properties, a function value, an object to `#each`,
 * a helper given other than its number of parameters, a helper that throws), is left to handlebars: `compile`
 * returns undefined, or the render throws `ASK_HANDLEBARS` and the caller renders with handlebars.
 */
export type TemplateClosure = (context: unknown) => string;

/** Thrown by a closure for a value it does not render itself; the caller then asks handlebars. */
export const ASK_HANDLEBARS = Symbol('ask handlebars');

type AST = typeof Handlebars.AST;
type Node = hbs.AST.Node;
type Data = Record<string, unknown>;
/** One part of a program: its raw value, as handlebars' compiled function has it before joining. */
type Part = (context: unknown, data: Data) => unknown;

/** handlebars' own helpers: each has semantics of its own (blocks handled below, the rest left to handlebars). */
const BUILT_IN = new Set(['blockHelperMissing', 'each', 'helperMissing', 'if', 'unless', 'log', 'lookup', 'with']);

/** `container.nullContext`: what a block gives its program in place of a null context. */
const NULL_CONTEXT = Object.seal({});

/** Thrown while compiling a template that uses something only handlebars renders. */
class Unsupported extends Error {}

/** The template as closures, or undefined when it uses something only handlebars renders. */
export function compileTemplate(
  template: string,
  env: typeof Handlebars,
  options: Parameters<typeof Handlebars.compile>[1],
): TemplateClosure | undefined {
  let main: Part;
  try {
    main = new TemplateCompiler(env.AST, env.helpers as Record<string, unknown>).program(env.parse(template, options));
  } catch {
    // Unsupported, or a template handlebars cannot parse: handlebars says so itself when it renders it.
    return undefined;
  }
  // `'' + main(…)` with `data.root` the context, as handlebars' `ret` and `initData` do for a top-level call.
  return (context) => '' + (main(context, { root: context }) as string);
}

class TemplateCompiler {
  constructor(
    private readonly ast: AST,
    private readonly helpers: Record<string, unknown>,
  ) {}

  /** A program: its statements joined with `+` from the left, or "" when it has none. */
  program(program: hbs.AST.Program): Part {
    if (program.blockParams?.length) throw new Unsupported();
    const parts = program.body.flatMap((s) => this.statement(s));
    if (parts.length === 0) return () => '';
    if (parts.length === 1) return parts[0]!;
    return (context, data) => {
      let out = parts[0]!(context, data);
      for (let i = 1; i < parts.length; i++) out = (out as string) + (parts[i]!(context, data) as string);
      return out;
    };
  }

  private statement(node: Node): Part[] {
    switch (node.type) {
      case 'ContentStatement': {
        const text = (node as hbs.AST.ContentStatement).value;
        return text ? [() => text] : [];
      }
      case 'CommentStatement':
        return [];
      case 'MustacheStatement':
        return [this.mustache(node as hbs.AST.MustacheStatement)];
      case 'BlockStatement':
        return [this.block(node as hbs.AST.BlockStatement)];
      default:
        throw new Unsupported();
    }
  }

  /** `{{path}}` or `{{helper a b}}`: the value, or "" when it is null or undefined. */
  private mustache(node: hbs.AST.MustacheStatement): Part {
    if (node.path.type !== 'PathExpression' || node.hash) throw new Unsupported();
    const path = node.path as hbs.AST.PathExpression;
    if (node.params.length === 0) {
      // A lone name is a helper's before it is the context's (handlebars' "ambiguous" mustache).
      if (this.ast.helpers.simpleId(path) && Object.hasOwn(this.helpers, path.parts[0]!)) throw new Unsupported();
      const read = this.path(path);
      // The path read and its text in one closure (most parts of a message are such): one call less per part.
      return (context, data) => {
        const v = read(context, data);
        if (typeof v === 'function') throw ASK_HANDLEBARS;
        return v != null ? v : '';
      };
    }
    const value = this.helperCall(path, node.params);
    return (context, data) => {
      const v = value(context, data);
      return v != null ? v : '';
    };
  }

  /** `#if`, `#unless`, `#each` (arrays): the program or the inverse, as the built-in helpers choose. */
  private block(node: hbs.AST.BlockStatement): Part {
    const name = node.path.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : '';
    if (!['if', 'unless', 'each'].includes(name) || node.params.length !== 1) throw new Unsupported();
    // `includeZero=…` is the one option of `#if` and `#unless`; any other hash is left to handlebars.
    const pairs = node.hash?.pairs ?? [];
    if (pairs.length > (name === 'each' ? 0 : 1) || pairs.some((p) => p.key !== 'includeZero')) throw new Unsupported();
    const includeZero = pairs[0] ? this.param(pairs[0].value) : undefined;
    const param = this.param(node.params[0]!);
    const fn = node.program ? this.program(node.program) : () => '';
    const inverse = node.inverse ? this.program(node.inverse) : () => '';
    const result =
      name === 'each'
        ? eachBlock(param, fn, inverse)
        : name === 'if'
          ? ifBlock(param, includeZero, fn, inverse)
          : ifBlock(param, includeZero, inverse, fn);
    return (context, data) => {
      const v = result(context, data);
      return v != null ? v : '';
    };
  }

  /** A call of one of bpa's helpers with exactly its parameters (their raw values, no "" for null). */
  private helperCall(path: hbs.AST.PathExpression, params: hbs.AST.Expression[]): Part {
    const helper = this.ast.helpers.simpleId(path) ? this.helpers[path.parts[0]!] : undefined;
    if (typeof helper !== 'function' || BUILT_IN.has(path.parts[0]!) || helper.length !== params.length) throw new Unsupported();
    const args = params.map((p) => this.param(p));
    const call = helper as (...a: unknown[]) => unknown;
    if (args.length === 1) {
      const [a] = args as [Part];
      return (context, data) => call(a(context, data));
    }
    return (context, data) => call(...args.map((a) => a(context, data)));
  }

  private param(node: hbs.AST.Expression): Part {
    switch (node.type) {
      case 'PathExpression':
        return this.path(node as hbs.AST.PathExpression);
      case 'SubExpression': {
        const sub = node as hbs.AST.SubExpression;
        if (sub.path.type !== 'PathExpression' || sub.hash || sub.params.length === 0) throw new Unsupported();
        return this.helperCall(sub.path as hbs.AST.PathExpression, sub.params);
      }
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral': {
        const value = (node as hbs.AST.StringLiteral | hbs.AST.NumberLiteral | hbs.AST.BooleanLiteral).value;
        return () => value;
      }
      case 'UndefinedLiteral':
        return () => undefined;
      case 'NullLiteral':
        return () => null;
      default:
        throw new Unsupported();
    }
  }

  /** A path read from the context (or from `@data`), step by step as handlebars' compiled code reads it. */
  private path(path: hbs.AST.PathExpression): Part {
    if (path.depth !== 0 || path.parts.some((p) => typeof p !== 'string' || p === 'constructor')) throw new Unsupported();
    const parts = path.parts;
    const fromData = path.data;
    // One or two names (`server.name`, `adapter.name`, `this`): read without a loop.
    if (parts.length === 1 && !fromData) {
      const [name] = parts as [string];
      return (context) => step(context, name);
    }
    if (parts.length === 2 && !fromData) {
      const [first, second] = parts as [string, string];
      return (context) => step(step(context, first), second);
    }
    return (context, data) => {
      let v: unknown = fromData ? data : context;
      for (let i = 0; i < parts.length; i++) v = step(v, parts[i]!);
      return v;
    };
  }
}

/** `parent != null ? lookupProperty(parent, name) : parent`, with anything but an own property left to handlebars. */
function step(parent: unknown, name: string): unknown {
  if (parent == null) return parent;
  const v = (parent as Record<string, unknown>)[name];
  if (v == null) return v;
  if (!Object.prototype.hasOwnProperty.call(parent, name)) throw ASK_HANDLEBARS;
  return v;
}

/** The built-in `if`: the inverse for a falsy value (0 too unless `includeZero`), null, undefined or an empty array. */
function ifBlock(param: Part, includeZero: Part | undefined, fn: Part, inverse: Part): Part {
  return (context, data) => {
    const zeroCounts = includeZero ? includeZero(context, data) : undefined;
    const v = param(context, data);
    if (typeof v === 'function') throw ASK_HANDLEBARS;
    const self = context != null ? context : NULL_CONTEXT;
    const empty = (!v && v !== 0) || (Array.isArray(v) && v.length === 0);
    return (!zeroCounts && !v) || empty ? inverse(self, data) : fn(self, data);
  };
}

/** The built-in `each` over an array, with `@index`, `@key`, `@first`, `@last` in a frame of the data. */
function eachBlock(param: Part, fn: Part, inverse: Part): Part {
  return (context, data) => {
    const list = param(context, data);
    if (typeof list === 'function') throw ASK_HANDLEBARS;
    let out = '';
    let i = 0;
    if (list && typeof list === 'object') {
      if (!Array.isArray(list)) throw ASK_HANDLEBARS;
      const frame: Data = Object.assign({}, data);
      frame._parent = data;
      for (const n = list.length; i < n; i++) {
        if (!(i in list)) continue;
        frame.key = i;
        frame.index = i;
        frame.first = i === 0;
        frame.last = i === list.length - 1;
        out = out + (fn(list[i], frame) as string);
      }
    }
    return i === 0 ? inverse(context != null ? context : NULL_CONTEXT, data) : out;
  };
}

import Handlebars from 'handlebars';

/** Handlebars' own escaping of `{{value}}` (so that a function writes what a template writes, byte for byte). */
export const e = Handlebars.Utils.escapeExpression as (value: unknown) => string;

/**
 * `text` as handlebars writes it inside a partial indented by `indent` (a partial tag alone on its line): the
 * indent after every line break, the one that ends the partial's output aside. For a value written in such a
 * partial, whose line breaks handlebars indents like the template's own.
 */
export function indentBreaks(text: string, indent: string): string {
  return text.includes('\n') ? text.replaceAll('\n', `\n${indent}`) : text;
}

import Handlebars from 'handlebars';
import { MESSAGE_HELPERS } from './message-helpers';

/**
 * handlebars as the rule templates use it: bpa's helpers registered, no HTML escaping (the JSON report carries
 * plain text, and every reporter escapes for its own medium). A scan renders the templates as closures
 * (render-template.ts) and loads this module only for a template the closures leave to handlebars.
 */
export const hb = Handlebars.create();

for (const [name, helper] of Object.entries(MESSAGE_HELPERS)) hb.registerHelper(name, helper as Handlebars.HelperDelegate);

/** `TEMPLATE_OPTIONS`: how every rule template is compiled (with `hb` for the test that holds the closures to handlebars). */
export { renderTemplate, TEMPLATE_OPTIONS } from './render-template';
export { dateTimeText } from './message-helpers';

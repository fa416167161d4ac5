/**
 * Identifiers that Windows tools print in many spellings, normalised the one way bpa stores them. They read
 * the same in every language, so a collector can still find them when it cannot read the labels.
 */

/**
 * A hotfix id at the start of a text: `KB893803v2 - Update` → `KB893803`, `kb2536276-v2` → `KB2536276`,
 * `KB975558_WM8` → `KB975558`, `Q147222` → `Q147222`. Undefined when the text does not start with one
 * (`File 1`, `SP4`).
 */
export function normalizeKb(text: string): string | undefined {
  // Most texts asked start with a printable character that is neither K nor Q (a product, `SP2`): no match.
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127 && first !== 0x4b && first !== 0x6b && first !== 0x51 && first !== 0x71) return undefined;
  const m = /^\s*(KB|Q)(\d{3,8})(?!\d)/i.exec(text);
  return m ? `${m[1]!.toUpperCase()}${m[2]!}` : undefined;
}

const GUID = /\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?/i;

/** A GUID in the form bpa stores: upper case with braces (`{8A5B…}`). Undefined when the text holds none. */
export function normalizeGuid(text: string): string | undefined {
  const m = GUID.exec(text);
  return m ? `{${m[1]!.toUpperCase()}}` : undefined;
}

/** A GUID and nothing else (braces optional), normalised; undefined otherwise. */
export function exactGuid(text: string): string | undefined {
  return /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i.test(text.trim())
    ? normalizeGuid(text)
    : undefined;
}

/**
 * A hardware address as ipconfig prints it (`00-0c-29-76-c8-d0`), upper case with dashes; 6 bytes, or 8 for
 * the tunnel adapters of 2008. Undefined when the text is not one.
 */
export function normalizeMac(text: string): string | undefined {
  const t = text.trim();
  if (!/^[0-9a-f]{2}(?:[-:][0-9a-f]{2}){5}(?:(?:[-:][0-9a-f]{2}){2})?$/i.test(t)) return undefined;
  return t.replace(/:/g, '-').toUpperCase();
}

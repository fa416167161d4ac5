/**
 * reg-oc-manager.txt: the output of
 * `reg query "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Setup\Oc Manager\Subcomponents"` (see
 * `reg-query.ts`). Optional Components Manager (Windows Server 2003) records each Windows component as a
 * REG_DWORD named after it: 1 installed, 0 not. IIS is `iis_www` (World Wide Web Service), `iis_smtp` and
 * `iis_nntp`; Exchange 2007 needs WWW and must not have IIS SMTP/NNTP on a mailbox server.
 */
import type { Parser } from '../types';
import { unreadableInput } from '../shapes/preflight';
import { parseRegQuery, pathBelow } from '../shapes/reg-query';

export interface RegOcManagerFacts {
  /** Every component listed, by name as printed (lower case): true when its value is 1. */
  components?: Record<string, boolean>;
  /** `iis_www`; absent when not listed. */
  iisWww?: boolean;
  iisSmtp?: boolean;
  iisNntp?: boolean;
}

export const parseRegOcManager: Parser<RegOcManagerFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const reg = parseRegQuery(text, file);
  const key = reg.keys.find((k) => pathBelow(k, 'Oc Manager\\Subcomponents')?.length === 0);
  const facts: RegOcManagerFacts = {};
  if (key) {
    const components: Record<string, boolean> = {};
    for (const value of key.values) if (value.name && typeof value.data === 'number') components[value.name] = value.data === 1;
    facts.components = components;
    // Names lower-cased once (the first spelling of a name wins, as a search in entry order would find it).
    const byLowerName = new Map<string, boolean>();
    for (const [n, installed] of Object.entries(components))
      if (!byLowerName.has(n.toLowerCase())) byLowerName.set(n.toLowerCase(), installed);
    const lookup = (name: string) => byLowerName.get(name);
    for (const [fact, name] of [
      ['iisWww', 'iis_www'],
      ['iisSmtp', 'iis_smtp'],
      ['iisNntp', 'iis_nntp'],
    ] as const) {
      const installed = lookup(name);
      if (installed !== undefined) facts[fact] = installed;
    }
  }
  return { facts, diagnostics: reg.diagnostics, ...(reg.language ? { language: reg.language } : {}) };
};

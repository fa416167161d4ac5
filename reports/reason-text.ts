import type { Lang } from '../src/rules/rule-schema';
import { factLabel } from './fact-labels';

/**
 * Why a check was not evaluated, in the report's language. The evaluator writes the reason in English, in a fixed
 * grammar (src/rules/not-evaluated.ts): "reg-netbt-interfaces.txt missing", "systeminfo.txt gave no
 * server.os.servicePack", "qfe.txt failed: …", "adapter.role: <basis>", joined by "; ". The per-node values of the
 * consistency rules (src/snapshot/assemble/node-values/) give their basis in the same grammar, node by node:
 * "cluster.nodeValues.tcpipSys: EX2007-NODE2: file-versions.txt missing", "EX2007-NODE2: not in the bundle". A
 * German report writes each part in German, with the fact's label; a part in any other form (a derived fact's
 * basis, which the evaluator gives in English) is shown as it is.
 */
export function reasonText(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  // A report written before the hotfix sources were separated by " | " (a saved report rendered again).
  const sources = /^the hotfix lists come from different sources \((.*)\)$/.exec(reason);
  if (sources) return `die Hotfix-Listen stammen aus verschiedenen Quellen (${sources[1]})`;
  return reason.split('; ').map(reasonPart).join('; ');
}

/** The basis of `cluster.nodeValues.<setting>` is in the fixed grammar too: its parts are translated as well. */
const NODE_VALUES = /^cluster\.nodeValues\./;

function reasonPart(part: string): string {
  const sources = /^the hotfix lists come from different sources \((.*)\)$/.exec(part);
  if (sources) return `die Hotfix-Listen stammen aus verschiedenen Quellen (${sources[1]})`;
  const prefix = /^([^\s:]+): (.*)$/.exec(part);
  if (!prefix) return partText(part);
  // "adapter.role: <why it is unknown>" (a derived fact's basis), or "EX2007-NODE2: <reason>" (a node).
  const fact = factLabel(prefix[1]!);
  if (fact) return `„${fact.de}“: ${NODE_VALUES.test(prefix[1]!) ? reasonPart(prefix[2]!) : prefix[2]}`;
  return `${prefix[1]}: ${partText(prefix[2]!)}`;
}

function partText(part: string): string {
  const label = (fact: string) => `„${factLabel(fact)?.de ?? fact}“`;
  const patterns: [RegExp, (...m: string[]) => string][] = [
    [/^not in the bundle$/, () => 'nicht im Bundle'],
    [/^the role of adapter "(.+)" is unknown$/, (name) => `die Rolle des Adapters „${name}“ ist unbekannt`],
    [/^no source gave (\S+)$/, (fact) => `keine Quelle lieferte einen Wert für ${label(fact!)}`],
    [
      /^(.+) gave no (\S+), (.+) failed$/,
      (files, fact, failed) => `${files} lieferte keinen Wert für ${label(fact!)}, ${failed} nicht lesbar`,
    ],
    [/^(.+) gave no (\S+)$/, (files, fact) => `${files} lieferte keinen Wert für ${label(fact!)}`],
    [/^(\S+) failed: (.*)$/, (file, message) => `${file} nicht lesbar: ${message}`],
    [/^(.+) failed$/, (files) => `${files!.replace(/ failed,/g, ',')} nicht lesbar`],
    [/^(.+) missing$/, (files) => `${files!.replace(/ or /g, ' oder ')} fehlt`],
  ];
  for (const [pattern, text] of patterns) {
    const m = pattern.exec(part);
    if (m) return text(...m.slice(1));
  }
  return part;
}

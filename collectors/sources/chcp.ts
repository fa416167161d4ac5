/**
 * chcp.txt: the output of `chcp`, one line: `Active code page: 850` (German `Aktive Codepage: 850.`). The
 * number is the OEM code page the folder's cmd outputs were written in (see `decodeCapture`); it reads the
 * same in every language, so it is read even when the words around it are not. A process without a console
 * (Wine's cmd.exe run without a terminal) prints code page 0, which names none.
 */
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import type { Language, Parser } from '../types';
import { endsMidLine } from '../shapes/console-wrap';
import { isBlank, splitLines, type Line } from '../shapes/lines';
import { unreadableInput } from '../shapes/preflight';

export interface ChcpFacts {
  codePage?: number;
}

const LABELS = {
  en: /^Active code page\s*:/i,
  de: /^Aktive Codepage\s*:/i,
} satisfies Record<Language, RegExp>;

const FOREIGN: Array<[string, RegExp]> = [
  ['French', /^Page de codes active\s*:/i],
  ['Spanish', /^P\S*gina de c\S*digos activa\s*:/i],
  ['Italian', /^Tabella codici attiva\s*:/i],
  ['Portuguese', /^P\S*gina de c\S*digo ativa\s*:/i],
  ['Dutch', /^Actieve codetabel\s*:/i],
  ['Russian', /^Текущая кодовая страница\s*:/i],
];

/** `Active code page: 0`: chcp asked a console that the process has not (Wine's cmd without a terminal). */
const NO_CONSOLE = /:\s*0\.?\s*$/;
const CODE_PAGE_0 =
  'code page 0 is no code page: chcp ran without a console (as under Wine); the cmd outputs are decoded from their bytes (CP850 unless they are UTF-8 or ANSI)';

export function detectLanguage(lines: Line[]): Language | undefined {
  return (['en', 'de'] as const).find((language) => lines.some((l) => LABELS[language].test(l.text.trim())));
}

export const parseChcp: Parser<ChcpFacts> = ({ text, file }) => {
  const unreadable = unreadableInput({ text, file });
  if (unreadable) return { facts: {}, diagnostics: [unreadable] };
  const lines = splitLines(text).filter((l) => !isBlank(l));
  const line = lines.find((l) => /:\s*\d{3,5}\.?\s*$/.test(l.text)) ?? lines[0]!;
  const number = /:\s*(\d{3,5})\.?\s*$/.exec(line.text);
  const language = detectLanguage(lines);
  const diagnostics: Diagnostic[] = [];
  if (number && endsMidLine(text) && /\d$/.test(text)) {
    return {
      facts: {},
      diagnostics: [diagnostic(file, 'warning', 'truncated: the file ends inside the code page number', line.no)],
    };
  }
  if (!number && lines.some((l) => NO_CONSOLE.test(l.text))) {
    diagnostics.push(diagnostic(file, 'error', CODE_PAGE_0, lines.find((l) => NO_CONSOLE.test(l.text))!.no));
  } else if (!number && endsMidLine(text)) {
    diagnostics.push(diagnostic(file, 'warning', 'truncated: the file ends before the code page number', line.no));
  } else if (!number) diagnostics.push(diagnostic(file, 'error', 'not chcp output: no code page number', line.no));
  else if (!language) {
    const foreign = FOREIGN.find(([, re]) => re.test(line.text.trim()))?.[0] ?? 'unknown';
    diagnostics.push(
      diagnostic(file, 'info', `unsupported language (${foreign} labels); the code page number is still read`, line.no),
    );
  }
  const facts = number ? { codePage: Number(number[1]) } : {};
  return { facts, diagnostics, ...(language ? { language } : {}) };
};

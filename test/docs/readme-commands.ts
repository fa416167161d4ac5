/** One fenced code block of a Markdown file: its info string (```sh tested → "sh tested"), lines and position. */
export interface CodeBlock {
  info: string;
  lines: string[];
  /** 1-based line of the opening fence. */
  line: number;
}

export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let open: (CodeBlock & { indent: number }) | undefined;
  markdown.split('\n').forEach((text, i) => {
    const fence = /^( *)```(.*)$/.exec(text);
    if (fence && !open) open = { info: fence[2]!.trim(), lines: [], line: i + 1, indent: fence[1]!.length };
    else if (fence && open) {
      const { indent: _indent, ...block } = open;
      blocks.push(block);
      open = undefined;
    } else if (open) open.lines.push(text.slice(Math.min(open.indent, text.length - text.trimStart().length)));
  });
  return blocks;
}

/** A bpa command of a README code block: its arguments and the exit code its comment promises. */
export interface ReadmeCommand {
  text: string;
  args: string[];
  /** From "exit N" (or "exit code N") in the line's comment. */
  exit?: number;
  line: number;
}

/**
 * The bpa invocations of a block: lines joined at a trailing backslash, the comment after ` #` cut off, each
 * `&&` part that starts with `npx bpa` or `bpa` (`npm ci && npx bpa scan …` gives the scan).
 */
export function bpaCommands(block: CodeBlock): ReadmeCommand[] {
  const out: ReadmeCommand[] = [];
  for (let i = 0; i < block.lines.length; i++) {
    const line = block.line + 1 + i;
    let text = block.lines[i]!;
    while (text.trimEnd().endsWith('\\') && i + 1 < block.lines.length)
      text = `${text.trimEnd().slice(0, -1)} ${block.lines[++i]!.trim()}`;
    const { code, comment } = splitComment(text);
    const exit = /\bexit (?:code )?(\d)\b/.exec(comment)?.[1];
    for (const part of code.split('&&').map((p) => p.trim())) {
      const words = shellWords(part);
      const start = words[0] === 'npx' && words[1] === 'bpa' ? 2 : words[0] === 'bpa' ? 1 : -1;
      if (start < 0) continue;
      out.push({ text: part, args: words.slice(start), ...(exit !== undefined ? { exit: Number(exit) } : {}), line });
    }
  }
  return out;
}

/** Whether a command is a synopsis rather than something to run: it has `<placeholders>`, `…` or `[options]`. */
export function isSynopsis(command: ReadmeCommand): boolean {
  return command.args.some((a) => /[<>…[\]]/.test(a) || a === '|');
}

/** The code and the comment of a shell line: a `#` that starts a word and is outside quotes begins the comment. */
function splitComment(text: string): { code: string; comment: string } {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return { code: text.slice(0, i), comment: text.slice(i + 1) };
  }
  return { code: text, comment: '' };
}

/** Splits a shell command into words as sh does for the quoting README commands use: '…', "…" and blanks. */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The rule ids a text names: NET-002, and the short forms CON-001/004/005. */
export function ruleIdsIn(text: string): string[] {
  const ids = new Set<string>();
  for (const m of text.matchAll(/\b([A-Z]{2,3})-(\d{3})((?:\/\d{3})*)/g)) {
    ids.add(`${m[1]}-${m[2]}`);
    for (const more of m[3]!.split('/').filter(Boolean)) ids.add(`${m[1]}-${more}`);
  }
  return [...ids].sort();
}

/** The rows of the first Markdown table after a heading, as cells. */
export function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) throw new Error(`README has no heading "${heading}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('|')) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim().replace(/^\|\s*|\s*\|$/g, '')),
    );
  }
  return rows.slice(2);
}

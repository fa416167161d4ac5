/**
 * The lines of a batch file as cmd.exe splits them into commands (there is no tree-sitter grammar for cmd):
 * `^` escapes the next character outside double quotes, double quotes protect `& | < > ( )`, `&`, `&&`, `|`
 * and `||` separate commands, `n>`, `>>`, `<` and `n>&m` redirect, `if` and `for … do` run the rest of the
 * line, and `for /f … in ('…')` runs the command in its single quotes (its `^` escapes removed first). The
 * rules are those of cmd.exe's parser as documented in `cmd /?`, `if /?`, `for /?` and `set /?`.
 */

export interface CmdToken {
  kind: 'word' | 'operator' | 'redirect' | 'open' | 'close';
  /** The text with `^` escapes removed; double quotes kept. */
  text: string;
  /** Offsets in the raw line. */
  start: number;
  end: number;
}

export interface CmdCommand {
  /** Lower case, without quotes and without `.exe`/`.com`; `echo` for `@echo`. */
  name: string;
  /** The arguments as written (escapes removed, quotes kept); redirections left out. */
  args: string[];
  /** The redirection targets (`"%BPA_OUT%\chcp.txt"`, `nul`). */
  redirects: string[];
  line: number;
  /** `for-in` for a command a `for /f` runs from its set. */
  nested?: 'for-in';
}

/** A character of the raw line with what cmd.exe's second phase makes of it. */
export interface CmdChar {
  char: string;
  quoted: boolean;
  escaped: boolean;
}

/** Quote and escape state of every character of a line, as cmd.exe's second phase sees it. */
export function charStates(text: string): CmdChar[] {
  const states: CmdChar[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '^' && !quoted && i + 1 < text.length) {
      states.push({ char: c, quoted, escaped: false });
      states.push({ char: text[++i]!, quoted, escaped: true });
      continue;
    }
    if (c === '"') quoted = !quoted;
    states.push({ char: c, quoted: quoted || c === '"', escaped: false });
  }
  return states;
}

/** The tokens of one line, from its quote and escape states. */
export function tokenize(text: string): CmdToken[] {
  const states = charStates(text);
  const tokens: CmdToken[] = [];
  let word: CmdToken | undefined;
  const flush = () => {
    if (word) tokens.push(word);
    word = undefined;
  };
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    const plain = !s.quoted && !s.escaped;
    if (s.char === '^' && states[i + 1]?.escaped) continue;
    if (plain && (s.char === ' ' || s.char === '\t')) {
      flush();
    } else if (plain && (s.char === '&' || s.char === '|')) {
      flush();
      const double = states[i + 1]?.char === s.char && !states[i + 1]!.escaped;
      tokens.push({ kind: 'operator', text: double ? s.char + s.char : s.char, start: i, end: double ? i + 2 : i + 1 });
      if (double) i++;
    } else if (plain && (s.char === '>' || s.char === '<')) {
      // A stream number (`2>`) is a one-digit word just before the redirection.
      const stream = word && /^[0-9]$/.test(word.text) ? word.text : '';
      const opStart = stream ? i - 1 : i;
      if (!stream) flush();
      word = undefined;
      let op = stream + s.char;
      if (s.char === '>' && states[i + 1]?.char === '>') op += states[++i]!.char;
      if (states[i + 1]?.char === '&' && /[0-9]/.test(states[i + 2]?.char ?? '')) {
        op += `&${states[i + 2]!.char}`;
        i += 2;
      }
      tokens.push({ kind: 'redirect', text: op, start: opStart, end: i + 1 });
    } else if (plain && (s.char === '(' || s.char === ')')) {
      flush();
      tokens.push({ kind: s.char === '(' ? 'open' : 'close', text: s.char, start: i, end: i + 1 });
    } else {
      word ??= { kind: 'word', text: '', start: i, end: i };
      word.text += s.char;
      word.end = i + 1;
    }
  }
  flush();
  return tokens;
}

const unquote = (text: string) => text.replace(/"/g, '');

/** True for a line cmd.exe runs no command from: blank, a `rem` comment, a label, a `::` comment. */
export function isCommentOrLabel(text: string): boolean {
  return text.trim() === '' || /^\s*@?rem(\s|$)/i.test(text) || /^\s*:/.test(text);
}

/** Every command a line runs, the ones behind `if`, `for … do`, `&`, `|` and in a `for /f` set included. */
export function commandsOfLine(text: string, line: number): CmdCommand[] {
  if (isCommentOrLabel(text)) return [];
  return commandsOf(tokenize(text), text, line);
}

function commandsOf(tokens: CmdToken[], raw: string, line: number): CmdCommand[] {
  const commands: CmdCommand[] = [];
  let rest = tokens;
  while (rest.length > 0) {
    const at = rest.findIndex((t) => t.kind === 'operator');
    const simple = at < 0 ? rest : rest.slice(0, at);
    rest = at < 0 ? [] : rest.slice(at + 1);
    commands.push(...simpleCommand(simple, raw, line));
  }
  return commands;
}

/** One command between operators; `if` and `for` hand the rest of the line on, as cmd.exe does. */
function simpleCommand(tokens: CmdToken[], raw: string, line: number): CmdCommand[] {
  // The parentheses of a block are no command: the command is the first word in it.
  const first = tokens.findIndex((t, i) => t.kind === 'word' && !isRedirectTarget(tokens, i));
  if (first < 0) return [];
  const name = unquote(tokens[first]!.text).replace(/^@/, '').toLowerCase();
  if (name === 'if') return afterIf(tokens, first + 1, raw, line);
  if (name === 'for') return afterFor(tokens, first + 1, raw, line);
  const redirects: string[] = [];
  const args: string[] = [];
  tokens.forEach((t, i) => {
    if (isRedirectTarget(tokens, i)) redirects.push(t.text);
    else if (t.kind === 'word' && i > first) args.push(t.text);
  });
  return [{ name: name.replace(/\.(exe|com)$/, ''), args, redirects, line }];
}

/** The word after `>`, `>>`, `<` or `2>` (not after `2>&1`, which names a stream). */
function isRedirectTarget(tokens: CmdToken[], i: number): boolean {
  const before = tokens[i - 1];
  return tokens[i]!.kind === 'word' && before?.kind === 'redirect' && !before.text.includes('&');
}

/** The index of the `n`th word token from `from` on, redirections not counted. */
function skipWords(tokens: CmdToken[], from: number, n: number): number {
  let i = from;
  for (let seen = 0; i < tokens.length && seen < n; i++) {
    if (tokens[i]!.kind !== 'redirect' && !isRedirectTarget(tokens, i)) seen++;
  }
  return i;
}

/** `if [/i] [not] <condition> <command>`: the command after the condition. */
function afterIf(tokens: CmdToken[], from: number, raw: string, line: number): CmdCommand[] {
  let i = from;
  const word = () => tokens[i]?.text.toLowerCase() ?? '';
  if (word() === '/i') i++;
  if (word() === 'not') i++;
  if (['defined', 'exist', 'errorlevel', 'cmdextversion'].includes(word())) i = skipWords(tokens, i, 2);
  else if (word().includes('==')) i = skipWords(tokens, i, word().endsWith('==') ? 2 : 1);
  else i = skipWords(tokens, i, 3); // a EQU b
  return simpleCommand(tokens.slice(i), raw, line);
}

/** `for [/f ["options"]] %%X in (set) do <command>`: the command after `do`, and the one a `('…')` set runs. */
function afterFor(tokens: CmdToken[], from: number, raw: string, line: number): CmdCommand[] {
  const open = tokens.findIndex((t, i) => i >= from && t.kind === 'open');
  const close = tokens.findIndex((t, i) => i > open && t.kind === 'close' && tokens[i + 1]?.text.toLowerCase() === 'do');
  if (open < 0 || close < 0) return [];
  const set = raw.slice(tokens[open]!.end, tokens[close]!.start).trim();
  const commands: CmdCommand[] = [];
  if (set.startsWith("'") && set.endsWith("'")) {
    const inner = charStates(set.slice(1, -1))
      .filter((s, i, all) => !(s.char === '^' && all[i + 1]?.escaped))
      .map((s) => s.char)
      .join('');
    commands.push(...commandsOf(tokenize(inner), inner, line).map((c): CmdCommand => ({ ...c, nested: 'for-in' })));
  }
  commands.push(...simpleCommand(tokens.slice(close + 2), raw, line));
  return commands;
}

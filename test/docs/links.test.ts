import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { ROOT } from '../helpers/run-bpa';

/** The documentation of the repository: README.md and every Markdown file below docs, samples, collectors, rules. */
function markdownFiles(): string[] {
  const files = [join(ROOT, 'README.md')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) files.push(path);
    }
  };
  for (const dir of ['docs', 'samples', 'collectors', 'rules']) walk(join(ROOT, dir));
  return files;
}

const inside = (path: string) => !relative(ROOT, path).startsWith('..');

describe('the documentation links only to files in the repository', () => {
  const files = markdownFiles();

  test('every relative Markdown link points to a file or folder that exists in the repository', () => {
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const path = resolve(dirname(file), decodeURI(target.split('#')[0]!));
        if (!inside(path) || !existsSync(path)) broken.push(`${relative(ROOT, file)}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('no path in the text leads out of the repository (`../shared/design.md` and the like)', () => {
    const outside: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/`((?:\.\.\/)+[^`\s]*)`/g)) {
        if (!inside(resolve(dirname(file), m[1]!))) outside.push(`${relative(ROOT, file)}: ${m[1]}`);
      }
      for (const m of text.matchAll(/(?<![\w/.-])shared\/(design|rule-catalogue|style)\.md/g)) {
        const line = text.slice(0, m.index).split('\n').length;
        if (!(relative(ROOT, file) === join('docs', 'rule-catalogue.md') && line === 1))
          outside.push(`${relative(ROOT, file)}:${line}: ${m[0]}`);
      }
    }
    expect(outside).toEqual([]);
  });
});

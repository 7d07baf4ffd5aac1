// Rule files as a user writes them: a misspelt key, a bad regular expression or a bad entry in a
// --rules file is one line naming that file (not the built-in one, not the merged list), the
// place inside it and the problem.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules, RulesError } from '../src/rules/load.js';

function rulesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rules-load-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function errorOf(dirs: string[]): string {
  try {
    loadRules(dirs);
  } catch (e) {
    expect(e).toBeInstanceOf(RulesError);
    return (e as Error).message;
  }
  throw new Error('the rules loaded');
}

describe('a bad --rules file is named, with the place and the problem', () => {
  it.each<[string, string, string, RegExp]>([
    ['misspelt top-level key (corridors)', 'c.yaml', 'kind: corridors\ndemonstrative:\n  before: [هذا]\n', /^c\.yaml: Unrecognized key: "demonstrative"$/],
    ['misspelt nested key (places)', 'p.yaml', 'kind: places\nroles:\n  orgin: [من]\n', /^p\.yaml: roles: Unrecognized key: "orgin"$/],
    ['misspelt key (dates)', 'd.yaml', 'kind: dates\nsinceCue: [منذ]\n', /^d\.yaml: Unrecognized key: "sinceCue"$/],
    ['misspelt key (quotes)', 'q.yaml', 'kind: quotes\nverb: []\n', /^q\.yaml: Unrecognized key: "verb"$/],
    ['misspelt key (numbers)', 'n.yaml', 'kind: numbers\npercents: ["٪"]\n', /^n\.yaml: Unrecognized key: "percents"$/],
    ['misspelt key (evacuations)', 'e.yaml', 'kind: evacuations\nblocker: [x]\n', /^e\.yaml: Unrecognized key: "blocker"$/],
    ['misspelt key in a gazetteer entry', 'g.json', '{"kind":"gazetteer","entries":[{"id":"x1","name":"قرية","type":"village","lattitude":3}]}', /^g\.json: entries\.0: Unrecognized key: "lattitude"$/],
    ['bad regular expression, indexed in its own file', 'e.yaml', 'kind: evacuations\nblockers: ["ok", "(unclosed"]\n', /^e\.yaml: blockers\.1: bad regular expression "\(unclosed": .+$/],
    ['bad regular expression in a word list of a group', 'e.yaml', 'kind: evacuations\npeople:\n  - group: people\n    words: ["[x"]\n', /^e\.yaml: people\.0\.words\.0: bad regular expression "\[x": .+$/],
    ['bad regular expression (english)', 'en.yaml', 'kind: english\nplaces:\n  dateline_tail: "(?<"\n', /^en\.yaml: places\.dateline_tail: bad regular expression .+$/],
    ['bad entry value', 'e.yaml', 'kind: evacuations\nreach:\n  trigger: -3\n', /^e\.yaml: reach\.trigger: .+$/],
    ['bad enum value', 'g.json', '{"kind":"gazetteer","entries":[{"id":"x1","name":"قرية","type":"hamlet"}]}', /^g\.json: entries\.0\.type: .+$/],
  ])('%s', (_, file, text, message) => {
    const dir = rulesDir({ [file]: text });
    const got = errorOf([dir]);
    expect(got).not.toContain('\n');
    expect(got.replace(`${relative(process.cwd(), dir)}/`, '')).toMatch(message);
  });

  it('names the file in error among several of the same kind', () => {
    const dir = rulesDir({ 'a/ok.yaml': 'kind: evacuations\nblockers: ["x", "y"]\n', 'b/bad.yaml': 'kind: evacuations\nblockers: ["z", "*"]\n' });
    expect(errorOf([dir])).toBe(`${relative(process.cwd(), join(dir, 'b', 'bad.yaml'))}: blockers.1: bad regular expression "*": Invalid regular expression: /^(?:*)$/u: Nothing to repeat`);
  });

  it('names the later --rules folder when two are given', () => {
    const good = rulesDir({ 'c.yaml': 'kind: corridors\nrelatives: [الذي]\n' });
    const bad = rulesDir({ 'c.yaml': 'kind: corridors\nrelative: [التي]\n' });
    expect(errorOf([good, bad])).toBe(`${relative(process.cwd(), join(bad, 'c.yaml'))}: Unrecognized key: "relative"`);
  });
});

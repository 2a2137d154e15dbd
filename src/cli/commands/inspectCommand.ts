import type { Draft, DraftFileReference } from '../../core/draft/draftModel';
import { readDraft } from '../../core/draft/readDraft';
import { dirname, relativePath } from '../../core/util/paths';
import { optionValue, UsageError, type CliCommand } from '../cliCommand';
import { cliDraftHost, readEditorText } from '../cliDraftHost';

/**
 * The `--format json` document: what the reader understood of a draft, with paths relative to the root file's
 * folder and 0-based LSP ranges. `version` changes only when a field changes meaning or goes away.
 */
export function inspectJson(given: string, draft: Draft): Record<string, unknown> {
  const folder = dirname(draft.root);
  const relative = (file: string) => relativePath(folder, file);
  const reference = (ref: DraftFileReference) => ({
    path: ref.path,
    resolved: ref.resolved === undefined ? null : relative(ref.resolved),
    file: relative(ref.location.file),
    range: ref.location.range,
  });
  return {
    version: 1,
    path: given,
    root: relative(draft.root),
    format: draft.format,
    files: draft.files.map((f) => relative(f.path)),
    title: draft.title?.text ?? null,
    abstract: draft.abstract?.text ?? null,
    keywords: draft.keywords.map((k) => k.text),
    declaredTopics: draft.declaredTopics ? [...draft.declaredTopics.ids] : null,
    sections: draft.sections.map((s) => ({ level: s.level, title: s.title, file: relative(s.location.file), range: s.location.range })),
    citations: draft.citations.map((c) => ({ key: c.key, command: c.command, file: relative(c.location.file), range: c.location.range })),
    bibliographies: draft.bibliographies.map(reference),
    includes: draft.includes.map(reference),
    problems: draft.problems.map((p) => ({ code: p.code, message: p.message, file: relative(p.location.file), range: p.location.range })),
  };
}

/** A short human summary: the same facts as the JSON, one per line, 1-based positions like compilers. */
function inspectText(json: Record<string, unknown>, draft: Draft): string {
  const folder = dirname(draft.root);
  const at = (file: string, line: number, character: number) => `${relativePath(folder, file)}:${line + 1}:${character + 1}`;
  const lines = [
    `${String(json.root)} (${draft.format}, ${draft.files.length} file${draft.files.length === 1 ? '' : 's'})`,
    `title: ${draft.title?.text ?? '(none)'}`,
    `keywords: ${draft.keywords.map((k) => k.text).join('; ') || '(none)'}`,
    `declared topics: ${draft.declaredTopics?.ids.join(', ') ?? '(none)'}`,
    'sections:',
    ...draft.sections.map((s) => `  ${'  '.repeat(Math.max(0, s.level - 1))}${s.title}`),
    `citations (${draft.citations.length}):`,
    ...draft.citations.map((c) => `  ${at(c.location.file, c.location.range.start.line, c.location.range.start.character)} ${c.key}`),
    `bibliographies: ${draft.bibliographies.map((b) => b.path).join(', ') || '(none)'}`,
    ...(draft.problems.length === 0 ? [] : ['problems:']),
    ...draft.problems.map((p) => `  ${at(p.location.file, p.location.range.start.line, p.location.range.start.character)} ${p.code} ${p.message}`),
    '',
  ];
  return lines.join('\n');
}

/** `biofm inspect`: how the reader sees a draft (title, sections, citations, includes, problems). */
export const inspectCommand: CliCommand = {
  name: 'inspect',
  usage: 'inspect [--format text|json] PATH',
  valueOptions: ['format'],
  async run(args, io) {
    const format = optionValue(args, 'format', ['text', 'json'] as const, 'text');
    if (args.positionals.length !== 1) throw new UsageError('name exactly one draft to inspect');
    const given = args.positionals[0];
    const file = io.resolvePath(given);
    const text = await readEditorText(io, file);
    const draft = await readDraft(file, text, cliDraftHost(io));
    const json = inspectJson(given, draft);
    io.out(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : inspectText(json, draft));
    return 0;
  },
};

import * as path from 'node:path';
import { analyzeDraft, type DraftAnalysis } from '../../core/analysis/draftAnalysis';
import type { BibIndex } from '../../core/bibliography/bibIndex';
import { bibProblemRanges } from '../../core/bibliography/bibIndex';
import { scanBibtex } from '../../core/bibliography/bibScanner';
import { readCslJson } from '../../core/bibliography/cslJsonReader';
import { referenceLookupOf } from '../../core/bibliography/referenceLookup';
import { deadlineFinding } from '../../core/deadlines/deadlineText';
import { milestoneStatuses } from '../../core/deadlines/milestoneStatus';
import { draftFormatOf, readDraft } from '../../core/draft/readDraft';
import { severityRank, type Finding, type Severity } from '../../core/findings/finding';
import { defaultSettings } from '../../core/settings/settingsSchema';
import { LineIndex, type Location } from '../../core/text/lineIndex';
import type { Venue } from '../../core/venue/venue';
import { nowOption, optionValue, UsageError, type CliCommand } from '../cliCommand';
import { InputError, type CliIo } from '../cliIo';
import { findingAsJson, findingAsTextLine, findingsAsSarif, type ReportedFinding } from '../findingFormats';
import { loadVenueForCli } from '../venueOption';
import { cliDraftHost, readEditorText } from '../cliDraftHost';

const formats = ['text', 'json', 'sarif'] as const;
const failLevels = ['error', 'warning', 'information', 'none'] as const;
const toolVersion = '0.1.0';

interface LoadedBibliographies {
  readonly indexes: BibIndex[];
  readonly findings: Finding[];
}

/** The names LaTeX projects usually give their root file. */
const conventionalRoots = ['main.tex', 'paper.tex', 'manuscript.tex', 'article.tex', 'thesis.tex'];

/**
 * Where to look for the root of a LaTeX file that has neither `\documentclass` nor `% !TEX root` (a section file):
 * the other files given, then conventionally named roots in its folder and the two above it. The CLI lists no
 * folders, so it asks only for these names.
 */
async function rootCandidates(file: string, given: readonly string[], io: CliIo): Promise<string[]> {
  if (draftFormatOf(file) !== 'latex') return [];
  const candidates = given.filter((g) => g !== file && draftFormatOf(g) === 'latex');
  let folder = path.dirname(file);
  for (let depth = 0; depth < 3; depth++) {
    for (const name of conventionalRoots) {
      const candidate = path.join(folder, name);
      if (candidate !== file && !candidates.includes(candidate) && (await io.exists(candidate))) candidates.push(candidate);
    }
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return candidates;
}

/** A bibliography to read: the file, and where the draft names it (absent for `--bib`). */
interface BibliographySource {
  readonly file: string;
  readonly namedAt: Location | undefined;
}

/**
 * Reads the draft's bibliographies (and `--bib`), turning their problems into findings located in them; a file that
 * cannot be read is reported where the draft names it, as the editor does.
 */
async function loadBibliographies(sources: readonly BibliographySource[], io: CliIo): Promise<LoadedBibliographies> {
  const indexes: BibIndex[] = [];
  const findings: Finding[] = [];
  for (const { file, namedAt } of sources) {
    let text: string;
    try {
      text = await readEditorText(io, file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      findings.push({
        code: 'bibliography-unreadable',
        severity: 'warning',
        message: namedAt ? `The bibliography named here cannot be read: ${reason}` : reason,
        location: namedAt ?? { file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
      });
      continue;
    }
    const index = file.toLowerCase().endsWith('.json') ? readCslJson(file, text) : scanBibtex(file, text);
    indexes.push(index);
    const lines = new LineIndex(text);
    for (const problem of index.problems) {
      findings.push({
        code: problem.code === 'syntax' ? 'bib-syntax' : 'duplicate-key',
        severity: problem.code === 'syntax' ? 'error' : 'warning',
        message: problem.message,
        location: { file, range: bibProblemRanges(problem, lines).range },
      });
    }
  }
  return { indexes, findings };
}

function scopeJson(analysis: DraftAnalysis, display: (file: string) => string): Record<string, unknown> | null {
  const report = analysis.topicFit;
  if (!report) return null;
  return {
    inScope: report.inScope,
    biomedical: report.biomedical.present,
    foundationModel: report.foundationModel.present,
    missing: report.missing,
    topics: report.topics.map((t) => ({
      id: t.id,
      title: t.title,
      score: Number(t.score.toFixed(4)),
      evidence: t.evidence.map((e) => ({ text: e.text, file: display(e.location.file), range: e.location.range })),
    })),
  };
}

interface CheckedFile {
  readonly path: string;
  readonly analysis: DraftAnalysis;
  readonly findings: ReportedFinding[];
}

/** `biofm check`: every check the editor runs, on files, for CI. */
export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check [--format text|json|sarif] [--venue ID|FILE] [--now ISO-8601] [--fail-on error|warning|information|none] [--bib FILE] PATH...',
  valueOptions: ['format', 'venue', 'now', 'fail-on', 'bib'],
  async run(args, io) {
    const format = optionValue(args, 'format', formats, 'text');
    const failOn = optionValue(args, 'fail-on', failLevels, 'error');
    const extraBib = optionValue(args, 'bib');
    if (args.positionals.length === 0) throw new UsageError('name at least one draft to check');
    const now = nowOption(args, io);
    const venue: Venue = await loadVenueForCli(args, io);
    const settings = defaultSettings();
    const display = (file: string) => path.relative(io.cwd, file) || file;
    const host = cliDraftHost(io);
    const checked: CheckedFile[] = [];
    const seenRoots = new Set<string>();
    for (const given of args.positionals) {
      const file = io.resolvePath(given);
      const text = await readEditorText(io, file);
      const draft = await readDraft(file, text, host, { candidates: await rootCandidates(file, args.positionals.map((p) => io.resolvePath(p)), io) });
      // Two files of one LaTeX project share a root: check the project once.
      if (seenRoots.has(draft.root)) continue;
      seenRoots.add(draft.root);
      const sources = new Map<string, BibliographySource>();
      for (const b of draft.bibliographies) if (b.resolved && !sources.has(b.resolved)) sources.set(b.resolved, { file: b.resolved, namedAt: b.location });
      if (extraBib) sources.set(io.resolvePath(extraBib), { file: io.resolvePath(extraBib), namedAt: undefined });
      const bibliographies = await loadBibliographies([...sources.values()], io);
      const references = referenceLookupOf(bibliographies.indexes, sources.size > 0);
      const analysis = analyzeDraft(draft, { venue, settings, references });
      const findings = [...analysis.findings, ...bibliographies.findings].map((f) => ({ ...f, displayPath: display(f.location.file) }));
      checked.push({ path: display(draft.root), analysis, findings });
    }
    let status;
    try {
      status = milestoneStatuses(venue, now, { soonDays: settings['biofm.deadlines.soonDays'], dueDays: settings['biofm.deadlines.dueDays'] });
    } catch (error) {
      throw new InputError(`venue '${venue.id}': ${error instanceof Error ? error.message : String(error)}`);
    }
    const first = checked[0];
    const deadline = first ? deadlineFinding(status, first.analysis.draft.root) : undefined;
    if (first && deadline) first.findings.push({ ...deadline, displayPath: first.path });
    const all = checked.flatMap((c) => c.findings);
    if (format === 'text') {
      for (const finding of all) io.out(`${findingAsTextLine(finding)}\n`);
      const counts = (['error', 'warning', 'information'] as Severity[]).map((s) => `${all.filter((f) => f.severity === s).length} ${s}`);
      io.err(`${checked.length} draft${checked.length === 1 ? '' : 's'} checked against ${venue.shortName}: ${counts.join(', ')}\n`);
    } else if (format === 'json') {
      const files = checked.map((c) => ({
        path: c.path,
        format: c.analysis.draft.format,
        scope: scopeJson(c.analysis, display),
        findings: c.findings.map(findingAsJson),
      }));
      io.out(`${JSON.stringify({ version: 1, venue: venue.id, now: now.toISOString(), files }, null, 2)}\n`);
    } else {
      io.out(`${JSON.stringify(findingsAsSarif(all, toolVersion), null, 2)}\n`);
    }
    if (failOn === 'none') return 0;
    return all.some((f) => severityRank[f.severity] >= severityRank[failOn]) ? 1 : 0;
  },
};

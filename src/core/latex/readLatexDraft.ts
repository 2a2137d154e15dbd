import type { Draft, DraftProblem } from '../draft/draftModel';
import type { DraftHost } from '../draft/draftHost';
import type { Location } from '../text/lineIndex';
import { basename, dirname, extname, joinPath, normalizePath, relativePath } from '../util/paths';
import { finishSteps, runSteps } from '../util/steps';
import { mergeLatexTree, type LatexFileNode } from './latexDraftMerge';
import type { LatexFileScan, LatexInclude } from './latexFileScan';
import type { LatexScanCache } from './latexScanCache';
import { scanLatexFileInSteps } from './latexScanner';

export interface LatexProjectOptions {
  /** At most this many files are read (the root included); default 200. */
  readonly maxFiles?: number;
  /** Includes nested deeper than this are not followed; default 16. */
  readonly maxDepth?: number;
  /** Workspace `.tex` files that may be the root of a file that has no `\documentclass` and no magic comment. */
  readonly candidates?: readonly string[];
  /**
   * Called between steps of the read (about `pauseEvery` characters of scanning each), so an
   * editor can answer the user in between or cancel by rejecting. Without it the read runs in one go.
   */
  readonly pause?: () => Promise<void>;
  /** Characters scanned between pauses; default 262,144 (a few milliseconds). */
  readonly pauseEvery?: number;
  /** Scans kept from the previous read of the same project: unchanged files are not scanned again. */
  readonly scanCache?: LatexScanCache;
}

const defaultMaxFiles = 200;
const defaultMaxDepth = 16;
const defaultPauseEvery = 262_144;

/** The files LaTeX would try for an include, in order: `x` → `x.tex`, `x.tex` → itself, `x.y` → `x.y.tex`, `x.y`. */
function texCandidates(path: string): string[] {
  const extension = extname(path).toLowerCase();
  if (extension === '.tex') return [path];
  return [`${path}.tex`, path];
}

class ProjectReader {
  private filesRead = 0;
  private readonly scans = new Map<string, LatexFileScan>();

  private readonly maxFiles: number;
  private readonly maxDepth: number;
  private readonly pause: (() => Promise<void>) | undefined;
  private readonly pauseEvery: number;
  private readonly cache: LatexScanCache | undefined;

  constructor(
    private readonly host: DraftHost,
    private readonly givenPath: string,
    private readonly givenText: string,
    options: LatexProjectOptions,
  ) {
    this.maxFiles = options.maxFiles ?? defaultMaxFiles;
    this.maxDepth = options.maxDepth ?? defaultMaxDepth;
    this.pause = options.pause;
    this.pauseEvery = options.pauseEvery ?? defaultPauseEvery;
    this.cache = options.scanCache;
  }

  async read(path: string): Promise<string | undefined> {
    if (path === this.givenPath) return this.givenText;
    try {
      return await this.host.readText(path);
    } catch {
      return undefined;
    }
  }

  async scan(path: string, text: string, inPreamble: boolean): Promise<LatexFileScan> {
    const key = `${inPreamble ? 'p' : 'b'}:${path}`;
    let scan = this.scans.get(key) ?? this.cache?.get(key, text);
    if (!scan) {
      const steps = scanLatexFileInSteps(path, text, this.pause ? this.pauseEvery : Infinity, { startInPreamble: inPreamble });
      scan = this.pause ? await runSteps(steps, this.pause) : finishSteps(steps);
      this.cache?.set(key, text, scan);
    }
    this.scans.set(key, scan);
    return scan;
  }

  /** Reads a file and, depth first, everything it includes. */
  async load(path: string, text: string, baseFolder: string, rootFolder: string, ancestors: readonly string[], inPreamble: boolean): Promise<LatexFileNode> {
    // Each root tried starts its own count.
    this.filesRead = ancestors.length === 0 ? 1 : this.filesRead + 1;
    const scan = await this.scan(path, text, inPreamble);
    const children: (LatexFileNode | undefined)[] = [];
    const problems: { offset: number; problem: DraftProblem }[] = scan.problems.map((problem) => ({
      offset: scan.file.lines.offsetAt(problem.location.range.start),
      problem,
    }));
    const chain = [...ancestors, path];
    for (const include of scan.includes) {
      const outcome = await this.follow(include, path, baseFolder, rootFolder, chain);
      children.push(outcome.node);
      if (outcome.problem) problems.push({ offset: include.offset, problem: { ...outcome.problem, location: include.location } });
    }
    problems.sort((a, b) => a.offset - b.offset);
    return { scan, children, problems: problems.map((entry) => entry.problem) };
  }

  private async follow(
    include: LatexInclude,
    from: string,
    baseFolder: string,
    rootFolder: string,
    chain: readonly string[],
  ): Promise<{ node?: LatexFileNode; problem?: { code: string; message: string } }> {
    let target: string;
    let childBase = baseFolder;
    if (include.directory !== undefined) {
      const folder = joinPath(include.relativeTo === 'root' ? rootFolder : baseFolder, include.directory);
      target = joinPath(folder, include.written);
      childBase = folder;
    } else if (include.relativeTo === 'file') {
      target = joinPath(dirname(from), include.written);
      childBase = dirname(target);
    } else {
      target = joinPath(baseFolder, include.written);
    }
    const candidates = texCandidates(target);
    const cyclic = candidates.find((candidate) => chain.includes(candidate));
    if (cyclic !== undefined) {
      const cycle = [...chain.slice(chain.indexOf(cyclic)), cyclic].map((file) => relativePath(rootFolder, file)).join(' → ');
      return { problem: { code: 'include-cycle', message: `${include.command}{${include.written}} includes ${basename(cyclic)} again, which is already being read: ${cycle}.` } };
    }
    if (chain.length > this.maxDepth) {
      return { problem: { code: 'include-depth', message: `Includes nest deeper than ${this.maxDepth} levels; ${include.written} was not read.` } };
    }
    if (this.filesRead >= this.maxFiles) {
      return { problem: { code: 'include-limit', message: `More than ${this.maxFiles} files are included; ${include.written} was not read.` } };
    }
    for (const candidate of candidates) {
      const text = await this.read(candidate);
      if (text === undefined) continue;
      return { node: await this.load(candidate, text, childBase, rootFolder, chain, include.inPreamble) };
    }
    return { problem: { code: 'missing-include', message: `Cannot find ${candidates[0]} (${include.command}{${include.written}}).` } };
  }
}

function includesFile(node: LatexFileNode, path: string): boolean {
  if (node.scan.file.path === path) return true;
  return node.children.some((child) => child !== undefined && includesFile(child, path));
}

/**
 * Reads a LaTeX draft as a whole: finds the root of `path` (its `% !TEX root`, or a candidate that includes it, or
 * the file itself), then follows `\input`, `\include`, `\subfile` and `\import` from the root and merges every file
 * in document order. Problems (missing or cyclic includes, limits) come back in the Draft; this never throws.
 */
export async function readLatexDraft(path: string, text: string, host: DraftHost, options: LatexProjectOptions = {}): Promise<Draft> {
  const reader = new ProjectReader(host, path, text, options);
  const draft = await readProject(reader, path, text, options);
  options.scanCache?.sweep();
  return draft;
}

async function readProject(reader: ProjectReader, path: string, text: string, options: LatexProjectOptions): Promise<Draft> {
  const own = await reader.scan(path, text, false);
  const rootProblems: DraftProblem[] = [];

  if (own.texRoot) {
    const target = texCandidates(joinPath(dirname(path), own.texRoot.path));
    for (const candidate of target) {
      if (candidate === path) break;
      const rootText = await reader.read(candidate);
      if (rootText !== undefined) return mergeLatexTree(await reader.load(candidate, rootText, dirname(candidate), dirname(candidate), [], false));
    }
    if (!target.includes(path)) rootProblems.push(missingRoot(own.texRoot.path, own.texRoot.location));
  } else if (!own.hasDocumentclass && options.candidates) {
    const stem = basename(path).replace(/\.[^.]*$/, '');
    for (const candidate of options.candidates.map(normalizePath)) {
      if (candidate === path) continue;
      const candidateText = await reader.read(candidate);
      if (candidateText === undefined || !candidateText.includes('\\documentclass') || !candidateText.includes(stem)) continue;
      const tree = await reader.load(candidate, candidateText, dirname(candidate), dirname(candidate), [], false);
      if (includesFile(tree, path)) return mergeLatexTree(tree);
    }
  }
  const tree = await reader.load(path, text, dirname(path), dirname(path), [], false);
  return mergeLatexTree(tree, rootProblems);
}

function missingRoot(written: string, location: Location): DraftProblem {
  return { code: 'missing-root', message: `The root file ${written} named by % !TEX root cannot be read; reading this file on its own.`, location };
}

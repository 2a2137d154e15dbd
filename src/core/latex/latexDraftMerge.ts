import type { Draft, DraftFile, DraftFileReference, DraftProblem } from '../draft/draftModel';
import type { Location } from '../text/lineIndex';
import { dirname, joinPath } from '../util/paths';
import type { LatexFileScan } from './latexFileScan';

/** One file of a LaTeX project as read: its scan, and the file each of its includes led to. */
export interface LatexFileNode {
  readonly scan: LatexFileScan;
  /** Parallel to `scan.includes`: the node read for each include, or undefined when none was read. */
  readonly children: readonly (LatexFileNode | undefined)[];
  /** Problems of the file: the scan's and those of its includes (missing, cyclic), sorted by offset. */
  readonly problems: readonly DraftProblem[];
}

function locationOffset(node: LatexFileNode, location: Location): number {
  return node.scan.file.lines.offsetAt(location.range.start);
}

/** Items of every file in document order: a file's items before an include, then the included file's, and so on. */
function inDocumentOrder<T>(node: LatexFileNode, pick: (node: LatexFileNode) => readonly T[], offsetOf: (item: T, node: LatexFileNode) => number, out: T[]): T[] {
  const items = pick(node);
  let next = 0;
  node.scan.includes.forEach((include, index) => {
    const child = node.children[index];
    if (!child) return;
    while (next < items.length && offsetOf(items[next], node) < include.offset) out.push(items[next++]);
    inDocumentOrder(child, pick, offsetOf, out);
  });
  while (next < items.length) out.push(items[next++]);
  return out;
}

function byLocation<T extends { readonly location: Location }>(item: T, node: LatexFileNode): number {
  return locationOffset(node, item.location);
}

/** The path an include names, as written (`\import{dir}{file}` as `dir/file`). */
function writtenPath(node: LatexFileNode, index: number): string {
  const include = node.scan.includes[index];
  if (include.directory === undefined) return include.written;
  return include.directory.endsWith('/') ? include.directory + include.written : `${include.directory}/${include.written}`;
}

/** Merges a tree of scanned files into one Draft, everything in document order. */
export function mergeLatexTree(root: LatexFileNode, extraProblems: readonly DraftProblem[] = []): Draft {
  const rootPath = root.scan.file.path;
  const rootFolder = dirname(rootPath);
  const files: DraftFile[] = [];
  const seen = new Set<string>();
  const collectFiles = (node: LatexFileNode): void => {
    if (!seen.has(node.scan.file.path)) {
      seen.add(node.scan.file.path);
      files.push(node.scan.file);
    }
    for (const child of node.children) if (child) collectFiles(child);
  };
  collectFiles(root);

  const first = <T extends { readonly location: Location }>(pick: (scan: LatexFileScan) => T | undefined): T | undefined =>
    inDocumentOrder(root, (node) => {
      const item = pick(node.scan);
      return item ? [item] : [];
    }, byLocation, [])[0];

  const includes = inDocumentOrder<DraftFileReference>(
    root,
    (node) =>
      node.scan.includes.map((include, index) => ({
        path: writtenPath(node, index),
        resolved: node.children[index]?.scan.file.path,
        location: include.location,
      })),
    byLocation,
    [],
  );
  const bibliographies = inDocumentOrder<DraftFileReference>(
    root,
    (node) => node.scan.bibliographies.map((bib) => ({ ...bib, resolved: joinPath(rootFolder, bib.path) })),
    byLocation,
    [],
  );

  return {
    format: 'latex',
    root: rootPath,
    files,
    title: first((scan) => scan.title),
    abstract: first((scan) => scan.abstract),
    keywords: inDocumentOrder(root, (node) => node.scan.keywords, byLocation, []),
    sections: inDocumentOrder(root, (node) => node.scan.sections, byLocation, []),
    prose: inDocumentOrder(root, (node) => node.scan.prose, (run) => run.pieces[0]?.sourceStart ?? 0, []),
    citations: inDocumentOrder(root, (node) => node.scan.citations, byLocation, []),
    bibliographies,
    includes,
    nonProse: inDocumentOrder(root, (node) => node.scan.nonProse, byLocation, []),
    declaredTopics: first((scan) => scan.declaredTopics),
    problems: [...extraProblems, ...inDocumentOrder(root, (node) => node.problems, byLocation, [])],
  };
}

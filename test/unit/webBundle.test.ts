// The web bundle (dist/web/extension.js, what vscode.dev loads) activates in a worker-like sandbox with no Node
// globals and a stub `vscode` module, registers every feature that does not need a local disk, analyses open drafts,
// completes citations and never requires a Node built-in or fetches anything.
//
// The bundle is built here, with esbuild and the web options of scripts/buildConfig.mjs, into a temporary folder, so the
// test checks the current source and never races another build writing dist/. What this cannot show (a real
// browser's extension host, vscode.dev's file systems, the UI) is listed in the README's "In the browser" section.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';

const root = join(__dirname, '..', '..');

/** The web bundle exactly as scripts/build.mjs makes it (same options module), written to `outfile` instead. */
async function buildWebBundle(outfile: string): Promise<void> {
  const { bundleOptions } = (await import(pathToFileURL(join(root, 'scripts', 'buildConfig.mjs')).href)) as {
    bundleOptions: (options?: { production?: boolean }) => esbuild.BuildOptions[];
  };
  const web = bundleOptions().find((options) => options.outfile === 'dist/web/extension.js');
  if (!web) throw new Error('scripts/buildConfig.mjs has no web bundle');
  await esbuild.build({ ...web, outfile, sourcemap: false, logLevel: 'silent' });
}

// ---------------------------------------------------------------------------------------------------------------
// A stub of the `vscode` API: just enough behaviour for activation and analysis, recording what the extension does.

type Listener<T> = (value: T) => unknown;

class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  constructor(private readonly onDispose?: () => unknown) {}
  dispose(): void {
    this.onDispose?.();
  }
}

class EventEmitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>, thisArg?: unknown, disposables?: Disposable[]): Disposable => {
    const bound: Listener<T> = (v) => listener.call(thisArg, v);
    this.listeners.add(bound);
    const d = new Disposable(() => this.listeners.delete(bound));
    disposables?.push(d);
    return d;
  };
  fire(value: T): void {
    for (const l of [...this.listeners]) l(value);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

const noEvent = new EventEmitter<never>().event;

class Uri {
  constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query = '',
    readonly fragment = '',
  ) {}
  static parse(value: string): Uri {
    const m = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
    if (!m) throw new Error(`not a URI: ${value}`);
    return new Uri(m[1], m[2] ?? '', m[3], m[4] ?? '', m[5] ?? '');
  }
  static file(path: string): Uri {
    return new Uri('file', '', path);
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    const parts: string[] = [];
    for (const part of `${base.path}/${segments.join('/')}`.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '' && part !== '.') parts.push(part);
    }
    return new Uri(base.scheme, base.authority, `/${parts.join('/')}`);
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: Partial<Pick<Uri, 'scheme' | 'authority' | 'path' | 'query' | 'fragment'>>): Uri {
    return new Uri(change.scheme ?? this.scheme, change.authority ?? this.authority, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment);
  }
  toString(): string {
    const authority = this.authority !== '' || this.scheme === 'file' ? `//${this.authority}` : '';
    return `${this.scheme}:${authority}${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
  toJSON(): string {
    return this.toString();
  }
}

class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
  isBefore(other: Position): boolean {
    return this.line < other.line || (this.line === other.line && this.character < other.character);
  }
  isEqual(other: Position): boolean {
    return this.line === other.line && this.character === other.character;
  }
}

class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
  contains(p: Position | Range): boolean {
    const inside = (q: Position) => !q.isBefore(this.start) && !this.end.isBefore(q);
    return p instanceof Range ? inside(p.start) && inside(p.end) : inside(p);
  }
  get isEmpty(): boolean {
    return this.start.isEqual(this.end);
  }
}

class Location {
  constructor(
    readonly uri: Uri,
    readonly range: Range,
  ) {}
}

class Diagnostic {
  source?: string;
  code?: string;
  relatedInformation?: unknown[];
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: number,
  ) {}
}

class DiagnosticRelatedInformation {
  constructor(
    readonly location: Location,
    readonly message: string,
  ) {}
}

class MarkdownString {
  isTrusted?: unknown;
  constructor(public value = '') {}
  appendMarkdown(text: string): this {
    this.value += text;
    return this;
  }
  appendText(text: string): this {
    this.value += text.replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&');
    return this;
  }
}

class Hover {
  constructor(
    readonly contents: MarkdownString,
    readonly range?: Range,
  ) {}
}

class CodeLens {
  constructor(
    readonly range: Range,
    readonly command?: unknown,
  ) {}
}

class CodeAction {
  diagnostics?: unknown[];
  isPreferred?: boolean;
  command?: unknown;
  constructor(
    readonly title: string,
    readonly kind?: unknown,
  ) {}
}

interface StubCommand {
  command: string;
  arguments?: unknown[];
}

class CompletionItem {
  detail?: string;
  sortText?: string;
  filterText?: string;
  insertText?: string;
  range?: Range;
  command?: StubCommand;
  documentation?: MarkdownString;
  constructor(
    readonly label: string,
    readonly kind?: number,
  ) {}
}

class CompletionList {
  constructor(
    readonly items: CompletionItem[],
    readonly isIncomplete = false,
  ) {}
}

class TreeItem {
  description?: string;
  tooltip?: string;
  iconPath?: unknown;
  command?: unknown;
  constructor(
    readonly label: string,
    readonly collapsibleState?: number,
  ) {}
}

class ThemeIcon {
  constructor(readonly id: string) {}
}

class ThemeColor {
  constructor(readonly id: string) {}
}

class WorkspaceEdit {
  readonly operations: unknown[] = [];
  replace(uri: Uri, range: Range, text: string): void {
    this.operations.push({ op: 'replace', uri: uri.toString(), range, text });
  }
  insert(uri: Uri, position: Position, text: string): void {
    this.operations.push({ op: 'insert', uri: uri.toString(), position, text });
  }
  createFile(uri: Uri): void {
    this.operations.push({ op: 'create', uri: uri.toString() });
  }
}

/** An open document held in memory, as the editor gives it to the extension. */
class StubDocument {
  version = 1;
  isClosed = false;
  constructor(
    readonly uri: Uri,
    readonly languageId: string,
    private readonly text: string,
    readonly isUntitled = false,
  ) {}
  get fileName(): string {
    return this.uri.path;
  }
  private get lines(): string[] {
    return this.text.split('\n');
  }
  get lineCount(): number {
    return this.lines.length;
  }
  getText(range?: Range): string {
    return range ? this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end)) : this.text;
  }
  offsetAt(position: Position): number {
    const lines = this.lines;
    let offset = 0;
    for (let i = 0; i < Math.min(position.line, lines.length); i++) offset += lines[i].length + 1;
    return Math.min(this.text.length, offset + Math.min(position.character, lines[Math.min(position.line, lines.length - 1)]?.length ?? 0));
  }
  positionAt(offset: number): Position {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length))).split('\n');
    return new Position(before.length - 1, before[before.length - 1].length);
  }
  lineAt(lineOrPosition: number | Position): { text: string; lineNumber: number; isEmptyOrWhitespace: boolean; range: Range } {
    const line = typeof lineOrPosition === 'number' ? lineOrPosition : lineOrPosition.line;
    const text = this.lines[line] ?? '';
    return { text, lineNumber: line, isEmptyOrWhitespace: text.trim() === '', range: new Range(line, 0, line, text.length) };
  }
  save(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

interface RegisteredProvider {
  readonly kind: string;
  readonly selector: unknown;
  readonly provider: Record<string, (...args: unknown[]) => unknown>;
  readonly extra: unknown[];
}

interface StatusBarItem {
  id: string;
  text: string;
  visible: boolean;
  command?: string;
}

/** Everything the stub saw the extension do. */
interface Recording {
  readonly commands: Map<string, (...args: unknown[]) => unknown>;
  readonly executed: string[];
  readonly providers: RegisteredProvider[];
  readonly contentProviders: Map<string, { provideTextDocumentContent(uri: Uri): string }>;
  readonly statusBarItems: StatusBarItem[];
  readonly treeViews: string[];
  readonly diagnostics: Map<string, Map<string, Diagnostic[]>>;
  readonly log: string[];
  readonly messages: string[];
  readonly opened: unknown[];
  readonly fsCalls: string[];
}

const extensionUri = Uri.parse('https://biofm.vscode-unpkg.net/biofm/biofm-writer/0.1.0/extension');

function fileNotFound(uri: Uri): Error {
  return Object.assign(new Error(`EntryNotFound (FileSystemError): ${uri.toString()}`), { code: 'FileNotFound' });
}

function createVscodeStub(documents: StubDocument[], recording: Recording): Record<string, unknown> {
  const activeEditor = { document: documents[0], selection: new Range(0, 0, 0, 0) };
  const register =
    (kind: string) =>
    (selector: unknown, provider: Record<string, (...args: unknown[]) => unknown>, ...extra: unknown[]): Disposable => {
      recording.providers.push({ kind, selector, provider, extra });
      return new Disposable();
    };
  const watcher = () => ({ onDidChange: noEvent, onDidCreate: noEvent, onDidDelete: noEvent, dispose() {} });
  // The extension's own files are served as vscode.dev serves them (over HTTP); the workspace has nothing on disk.
  const extensionFile = (uri: Uri): Uint8Array | undefined => {
    const prefix = `${extensionUri.toString()}/`;
    return uri.toString().startsWith(prefix) ? readFileSync(join(root, uri.toString().slice(prefix.length))) : undefined;
  };
  return {
    version: '1.85.0',
    Disposable,
    EventEmitter,
    Uri,
    Position,
    Range,
    Location,
    Diagnostic,
    DiagnosticRelatedInformation,
    MarkdownString,
    Hover,
    CodeLens,
    CodeAction,
    CompletionItem,
    CompletionList,
    TreeItem,
    ThemeIcon,
    ThemeColor,
    WorkspaceEdit,
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    CompletionItemKind: { Module: 8, Reference: 17 },
    CodeActionKind: { QuickFix: 'quickfix' },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    QuickPickItemKind: { Separator: -1, Default: 0 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    FileType: { Unknown: 0, File: 1, Directory: 2 },
    FilePermission: { Readonly: 1 },
    commands: {
      registerCommand(id: string, handler: (...args: unknown[]) => unknown) {
        assert.ok(!recording.commands.has(id), `command ${id} registered twice`);
        recording.commands.set(id, handler);
        return new Disposable(() => recording.commands.delete(id));
      },
      executeCommand(id: string, ...args: unknown[]) {
        recording.executed.push(id);
        const own = recording.commands.get(id);
        return Promise.resolve(own ? own(...args) : undefined);
      },
    },
    window: {
      activeTextEditor: activeEditor,
      visibleTextEditors: [activeEditor],
      onDidChangeActiveTextEditor: noEvent,
      createOutputChannel(name: string) {
        return { name, appendLine: (line: string) => recording.log.push(line), append() {}, show() {}, dispose() {} };
      },
      createStatusBarItem(id: string) {
        const item: StatusBarItem & Record<string, unknown> = {
          id,
          text: '',
          visible: false,
          show() {
            item.visible = true;
          },
          hide() {
            item.visible = false;
          },
          dispose() {},
        };
        recording.statusBarItems.push(item);
        return item;
      },
      createTreeView(id: string) {
        recording.treeViews.push(id);
        return { dispose() {}, reveal: () => Promise.resolve() };
      },
      showInformationMessage: (message: string) => (recording.messages.push(message), Promise.resolve(undefined)),
      showWarningMessage: (message: string) => (recording.messages.push(message), Promise.resolve(undefined)),
      showErrorMessage: (message: string) => (recording.messages.push(message), Promise.resolve(undefined)),
      showQuickPick: () => Promise.resolve(undefined),
      showOpenDialog: () => Promise.resolve(undefined),
      showTextDocument: (document: unknown) => Promise.resolve({ document }),
    },
    workspace: {
      textDocuments: documents,
      workspaceFolders: undefined,
      getConfiguration: () => ({ get: (_key: string, fallback: unknown) => fallback, has: () => false, update: () => Promise.resolve() }),
      onDidChangeConfiguration: noEvent,
      onDidOpenTextDocument: noEvent,
      onDidChangeTextDocument: noEvent,
      onDidCloseTextDocument: noEvent,
      onDidSaveTextDocument: noEvent,
      createFileSystemWatcher: watcher,
      findFiles: () => Promise.resolve([]),
      asRelativePath: (uri: Uri | string) => uri.toString(),
      applyEdit: () => Promise.resolve(true),
      registerTextDocumentContentProvider(scheme: string, provider: { provideTextDocumentContent(uri: Uri): string }) {
        recording.contentProviders.set(scheme, provider);
        return new Disposable();
      },
      openTextDocument(what: Uri | { language?: string; content?: string }) {
        recording.opened.push(what instanceof Uri ? what.toString() : what);
        if (what instanceof Uri) {
          const open = documents.find((d) => d.uri.toString() === what.toString());
          const content = recording.contentProviders.get(what.scheme)?.provideTextDocumentContent(what);
          return Promise.resolve(open ?? new StubDocument(what, 'plaintext', content ?? ''));
        }
        return Promise.resolve(new StubDocument(Uri.parse('untitled:Untitled-1'), what.language ?? 'plaintext', what.content ?? '', true));
      },
      fs: {
        isWritableFileSystem: (scheme: string) => scheme !== 'https',
        stat(uri: Uri) {
          recording.fsCalls.push(`stat ${uri.toString()}`);
          const bytes = extensionFile(uri);
          return bytes ? Promise.resolve({ type: 1, size: bytes.length, mtime: 0, ctime: 0 }) : Promise.reject(fileNotFound(uri));
        },
        readFile(uri: Uri) {
          recording.fsCalls.push(`readFile ${uri.toString()}`);
          const bytes = extensionFile(uri);
          return bytes ? Promise.resolve(new Uint8Array(bytes)) : Promise.reject(fileNotFound(uri));
        },
        writeFile(uri: Uri) {
          recording.fsCalls.push(`writeFile ${uri.toString()}`);
          return Promise.resolve();
        },
      },
    },
    languages: {
      createDiagnosticCollection(name: string) {
        const byUri = new Map<string, Diagnostic[]>();
        recording.diagnostics.set(name, byUri);
        return {
          name,
          set: (uri: Uri, list: Diagnostic[]) => void byUri.set(uri.toString(), list),
          delete: (uri: Uri) => void byUri.delete(uri.toString()),
          clear: () => byUri.clear(),
          dispose: () => byUri.clear(),
        };
      },
      registerCompletionItemProvider: register('completion'),
      registerHoverProvider: register('hover'),
      registerCodeLensProvider: register('codeLens'),
      registerCodeActionsProvider: register('codeActions'),
      setTextDocumentLanguage: (document: unknown) => Promise.resolve(document),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------

/** Globals a web worker extension host has; Node's own (process, Buffer, require, global, setImmediate…) are left out. */
function workerGlobals(fetchCalls: string[], warnings: string[]): Record<string, unknown> {
  const quiet = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return {
    console: { log: quiet, info: quiet, warn: quiet, error: quiet, debug: quiet, trace: quiet },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    structuredClone,
    atob,
    btoa,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    AbortController,
    AbortSignal,
    Blob,
    Headers,
    Request,
    Response,
    EventTarget,
    Event,
    crypto: globalThis.crypto,
    performance: globalThis.performance,
    navigator: { userAgent: 'Mozilla/5.0 (web worker test)', language: 'en-US' },
    location: { href: 'https://vscode.dev/', origin: 'https://vscode.dev' },
    fetch: (input: unknown) => {
      fetchCalls.push(String(input));
      return Promise.reject(new Error('the network is not to be used'));
    },
  };
}

interface Loaded {
  readonly exports: { activate(context: unknown): Promise<{ version: number; analyzer: { get(uri: Uri): unknown }; statusBar: { text: string } }> };
  readonly requires: string[];
  readonly context: vm.Context;
}

function loadInSandbox(code: string, stub: Record<string, unknown>, fetchCalls: string[], warnings: string[]): Loaded {
  const context = vm.createContext(workerGlobals(fetchCalls, warnings));
  vm.runInContext('globalThis.self = globalThis;', context);
  const requires: string[] = [];
  const sandboxRequire = (name: string) => {
    requires.push(name);
    if (name === 'vscode') return stub;
    throw new Error(`the web bundle required '${name}'`);
  };
  const module = { exports: {} as Loaded['exports'] };
  const wrapper = vm.runInContext(`(function (module, exports, require) {\n${code}\n})`, context, { filename: 'dist/web/extension.js' }) as (
    m: typeof module,
    e: unknown,
    r: typeof sandboxRequire,
  ) => void;
  wrapper(module, module.exports, sandboxRequire);
  return { exports: module.exports, requires, context };
}

/** Values made in the sandbox have the sandbox's prototypes; compare their JSON. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

async function until(condition: () => boolean, what: string, ms = 15000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const markdownDraft = `---
title: A Foundation Model Aligning Chest Radiographs with Radiology Reports
bibliography: references.bib
topics: [6]
---

# Introduction

Foundation models pretrained with self-supervision on chest X-ray images and radiology reports support clinical
diagnosis [@tiu2022chexzero], and multimodal contrastive alignment of images with text transfers across hospitals
[@missing2024]. Protein models such as [@esm
`;

const bibliography = `@article{tiu2022chexzero,
  title = {Expert-level detection of pathologies from unannotated chest X-ray images via self-supervised learning},
  author = {Tiu, Ekin and Rajpurkar, Pranav},
  journal = {Nature Biomedical Engineering},
  year = {2022},
}
`;

const latexDraft = String.raw`% biofm-topics: 9
\documentclass[journal]{IEEEtran}
\begin{document}
\title{A Foundation Model for Electronic Health Records}
\maketitle
Pretrained transformers on longitudinal electronic health records predict clinical outcomes for patients.
\end{document}
`;

describe('web bundle (dist/web/extension.js) in a worker-like sandbox', function () {
  this.timeout(120_000);

  let code = '';
  let outDir = '';
  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'biofm-web-'));
    const outfile = join(outDir, 'extension.js');
    await buildWebBundle(outfile);
    code = readFileSync(outfile, 'utf8');
  });
  after(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('requires nothing but vscode: no Node built-in, no node: import', () => {
    const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
    // No import of a node: module in any form. (A guarded `globalThis.process?.getBuiltinModule?.('node:fs')` for
    // file: URIs on the desktop is allowed: it finds no `process` in a worker, as the activation test below shows.)
    assert.doesNotMatch(code, /(\brequire\s*\(|\bimport\s*\(|\bfrom\s*)\s*["']node:/);
    assert.doesNotMatch(code, /require\(["'](fs|path|os|child_process|net|http|https|url|buffer|process|util|stream|crypto)["']\)/);
    // The extension host in the browser is a worker: the DOM build of micromark's entity decoder would fail there
    // at load (activation below runs without `document` and shows that nothing else needs the DOM either).
    assert.doesNotMatch(code, /decode-named-character-reference\/index\.dom\.js/);
    // citation-js's fetch module (which calls the browser's global fetch) is replaced by a stub that refuses.
    assert.match(code, /BioFM Writer does not access the network/);
    assert.doesNotMatch(code, /\bfetch\s*\(\s*url\b|isBrowser\s*\?\s*fetch\b/);
  });

  it('the shipped dist/web/extension.js, when built, requires nothing but vscode either', function () {
    let shipped: string;
    try {
      shipped = readFileSync(join(root, 'dist', 'web', 'extension.js'), 'utf8');
    } catch {
      this.skip();
    }
    const required = new Set([...shipped.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
  });

  it('activates without Node globals, registers its features, analyses open drafts and completes citations', async () => {
    const recording: Recording = {
      commands: new Map(),
      executed: [],
      providers: [],
      contentProviders: new Map(),
      statusBarItems: [],
      treeViews: [],
      diagnostics: new Map(),
      log: [],
      messages: [],
      opened: [],
      fsCalls: [],
    };
    const markdown = new StubDocument(Uri.parse('vscode-vfs://github/biofm/paper/paper.md'), 'markdown', markdownDraft);
    const bib = new StubDocument(Uri.parse('vscode-vfs://github/biofm/paper/references.bib'), 'bibtex', bibliography);
    const latex = new StubDocument(Uri.parse('vscode-vfs://github/biofm/paper/ehr.tex'), 'latex', latexDraft);
    const stub = createVscodeStub([markdown, bib, latex], recording);
    const fetchCalls: string[] = [];
    const warnings: string[] = [];
    const { exports, requires, context } = loadInSandbox(code, stub, fetchCalls, warnings);
    assert.equal(vm.runInContext('[typeof process, typeof Buffer, typeof require, typeof global, typeof setImmediate].join()', context), 'undefined,undefined,undefined,undefined,undefined');

    const subscriptions: { dispose(): unknown }[] = [];
    const memento = new Map<string, unknown>();
    const extensionContext = {
      subscriptions,
      extensionUri,
      extensionPath: '/extension',
      extensionMode: 1,
      globalState: { get: (k: string) => memento.get(k), update: (k: string, v: unknown) => (memento.set(k, v), Promise.resolve()), keys: () => [...memento.keys()] },
      workspaceState: { get: () => undefined, update: () => Promise.resolve(), keys: () => [] },
    };
    try {
      const api = await exports.activate(extensionContext);
      assert.equal(api.version, 1);

      // Commands: every contributed one, and the internal one completions run.
      const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
      for (const { command } of manifest.contributes.commands) assert.ok(recording.commands.has(command), `${command} is not registered in the web`);
      assert.ok(recording.commands.has('biofm.citeCatalogModel'));

      // Providers for both draft languages, the scope report view, the timeline document, the diagnostics.
      const kinds = recording.providers.map((p) => p.kind).sort();
      assert.deepEqual(kinds, ['codeActions', 'codeLens', 'completion', 'hover', 'hover']);
      for (const p of recording.providers) assert.deepEqual(plain(p.selector), [{ language: 'markdown' }, { language: 'latex' }], p.kind);
      const completion = recording.providers.find((p) => p.kind === 'completion')!;
      assert.deepEqual(plain(completion.extra), ['{', ',', '@']);
      assert.deepEqual(recording.treeViews, ['biofm.scopeReport']);
      assert.ok(recording.contentProviders.has('biofm-timeline'));
      assert.deepEqual([...recording.diagnostics.keys()].sort(), ['biofm', 'biofm-bib', 'biofm-venue']);
      assert.ok(recording.executed.includes('setContext'));

      // The deadline item shows while a draft is the active editor.
      const deadline = recording.statusBarItems.find((i) => i.id === 'biofm.deadline');
      assert.ok(deadline?.visible, 'the deadline item is shown');
      assert.match(deadline.text, /^\$\(calendar\) J-BHI FM · /);
      assert.equal(deadline.command, 'biofm.showTimeline');

      // Open drafts are analysed in the sandbox (remark, the LaTeX reader, the open bibliography, topic fit).
      await until(() => api.analyzer.get(markdown.uri) !== undefined && api.analyzer.get(latex.uri) !== undefined, 'both drafts analysed');
      const published = recording.diagnostics.get('biofm')!;
      const codes = (published.get(markdown.uri.toString()) ?? []).map((d) => d.code);
      assert.ok(codes.includes('undefined-citation'), `diagnostics: ${codes.join(', ')}`);
      assert.ok(!codes.includes('bibliography-unreadable'), 'the open references.bib is read from the editor');

      // Citation completion after `[@esm`: catalog models, through the command that also writes the BibTeX entry.
      const lines = markdownDraft.split('\n');
      const line = lines.findIndex((l) => l.endsWith('[@esm'));
      const result = (await completion.provider.provideCompletionItems(markdown, new Position(line, lines[line].length), { isCancellationRequested: false }, {})) as CompletionList;
      const esm2 = result.items.find((i) => i.command?.arguments?.[2] === 'lin2023esm2');
      assert.ok(esm2, `completions: ${result.items.map((i) => i.label).join(', ')}`);
      assert.equal(esm2.command?.command, 'biofm.citeCatalogModel');

      // Commands that need no disk: the scope report, the timeline, the walkthrough's example (untitled: no folder).
      await recording.commands.get('biofm.showScopeReport')!();
      assert.ok(recording.executed.includes('biofm.scopeReport.focus'));
      await recording.commands.get('biofm.showTimeline')!();
      assert.match(recording.contentProviders.get('biofm-timeline')!.provideTextDocumentContent(Uri.parse('biofm-timeline:/Venue%20timeline.md')), /^# Foundation Models/m);
      const example = (await recording.commands.get('biofm.openExampleDraft')!()) as StubDocument;
      assert.equal(example.languageId, 'latex');
      assert.ok(example.isUntitled);
      assert.match(example.getText(), /% biofm-topics: 6, 9/);

      // Nothing Node, nothing over the network, nothing logged as an error.
      assert.deepEqual([...new Set(requires)], ['vscode']);
      assert.deepEqual(fetchCalls, []);
      assert.deepEqual(recording.log.filter((l) => l.includes('ERROR')), []);
      const readsOutsideExtension = recording.fsCalls.filter((c) => !c.includes(extensionUri.toString()) && !c.startsWith('stat'));
      assert.deepEqual(readsOutsideExtension, [], 'only the extension\'s own files are read through the file system');
    } finally {
      for (const d of subscriptions) d.dispose();
    }
  });
});

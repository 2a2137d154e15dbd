/**
 * Posix-style path arithmetic for core code, which may not use Node's `path`. Works the same on absolute paths
 * (`/home/a/paper.tex`), Windows paths (`C:\paper\main.tex`, answered with forward slashes) and URI strings
 * (`file:///home/a/paper.tex`, `vscode-vfs://github/o/r/main.tex`), so the reader can resolve `\input{…}` whichever
 * way the host names files.
 */

const uriPrefix = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*/;
const drivePrefix = /^[a-zA-Z]:(?=[\\/]|$)/;

interface SplitPath {
  /** `file://`, `vscode-vfs://github`, `C:` or empty. */
  readonly prefix: string;
  readonly isUri: boolean;
  /** The rest, with forward slashes. */
  readonly rest: string;
}

function split(path: string): SplitPath {
  const uri = uriPrefix.exec(path);
  if (uri) return { prefix: uri[0], isUri: true, rest: path.slice(uri[0].length) };
  const drive = drivePrefix.exec(path);
  if (drive) return { prefix: drive[0], isUri: false, rest: path.slice(drive[0].length).replace(/\\/g, '/') };
  return { prefix: '', isUri: false, rest: path };
}

function normalizeRest(rest: string): string {
  const absolute = rest.startsWith('/');
  const out: string[] = [];
  for (const segment of rest.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(segment);
  }
  const joined = out.join('/');
  if (absolute) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** True for `/x`, `C:\x`, `C:/x` and URIs. */
export function isAbsolutePath(path: string): boolean {
  const parts = split(path);
  return parts.prefix !== '' || path.startsWith('/');
}

/** Resolves `.` and `..` segments and doubled slashes. */
export function normalizePath(path: string): string {
  const { prefix, rest } = split(path);
  if (prefix !== '' && rest === '') return `${prefix}/`;
  return prefix + normalizeRest(prefix !== '' && !rest.startsWith('/') ? `/${rest}` : rest);
}

/** The folder of a path: `dirname('/a/b/c.tex')` is `/a/b`. */
export function dirname(path: string): string {
  const { prefix, rest } = split(path);
  const cut = rest.lastIndexOf('/');
  if (cut === -1) return prefix === '' ? '.' : `${prefix}/`;
  if (cut === 0) return `${prefix}/`;
  return prefix + rest.slice(0, cut);
}

/** The last segment: `basename('/a/b/c.tex')` is `c.tex`. */
export function basename(path: string): string {
  const { rest } = split(path);
  return rest.slice(rest.lastIndexOf('/') + 1);
}

/** The extension with its dot (`.tex`), or `''` when the last segment has none. */
export function extname(path: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot);
}

function encodeForUri(relative: string): string {
  return relative
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/');
}

/**
 * `relative` resolved against the folder `base`. An absolute `relative` wins (keeping a URI base's scheme when
 * `relative` is a bare `/path`); joined onto a URI, the segments are percent-encoded as a URI needs.
 */
export function joinPath(base: string, relative: string): string {
  const target = split(relative);
  if (target.prefix !== '') return normalizePath(relative);
  const origin = split(base);
  const rel = origin.isUri ? encodeForUri(relative.replace(/\\/g, '/')) : relative.replace(/\\/g, '/');
  if (rel.startsWith('/')) return normalizePath(origin.prefix + rel);
  return normalizePath(`${base}/${rel}`);
}

/** The path of `target` relative to the folder `fromDirectory`, or `target` itself when they share no root. */
export function relativePath(fromDirectory: string, target: string): string {
  const from = split(normalizePath(fromDirectory));
  const to = split(normalizePath(target));
  if (from.prefix !== to.prefix || from.rest.startsWith('/') !== to.rest.startsWith('/')) return target;
  const fromParts = from.rest.split('/').filter((s) => s !== '' && s !== '.');
  const toParts = to.rest.split('/').filter((s) => s !== '' && s !== '.');
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const up = fromParts.slice(common).map(() => '..');
  const relative = [...up, ...toParts.slice(common)].join('/');
  const result = relative === '' ? '.' : relative;
  return to.isUri ? decodeURIComponentSafely(result) : result;
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

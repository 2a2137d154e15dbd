/**
 * What the LaTeX scanner knows about commands and environments. Argument specs are strings of one letter per
 * argument, read left to right:
 * - `s` an optional star; `o` an optional `[…]` argument (not prose); `A` a `{…}` argument that is not prose
 *   (a label, a key, a length); `U` a URL-like `{…}` whose `%` and `#` are literal; `L` a long `{…}` argument that may
 *   span paragraphs (a macro body); `N` a command name, bare (`\foo`) or braced; `M` a math `{…}` argument;
 * - `T` a `{…}` argument whose text is prose (as for `\emph`); `X` an aside (footnote-like prose that breaks the
 *   surrounding sentence, left out inside titles and headings); `F` the field the rule names (title, keywords,
 *   caption, or a section heading).
 */

/** Fields a `{…}` argument or an environment can fill. */
export type LatexField = 'title' | 'keywords' | 'abstract' | 'caption' | 'heading';

export type CommandRule =
  | { readonly kind: 'args'; readonly args: string }
  | { readonly kind: 'field'; readonly args: string; readonly field: LatexField; readonly level?: number }
  | { readonly kind: 'cite'; readonly multi: boolean }
  | { readonly kind: 'include'; readonly relativeTo: 'base' | 'file' }
  | { readonly kind: 'import'; readonly relativeTo: 'root' | 'base' }
  | { readonly kind: 'bibliography' }
  | { readonly kind: 'addbibresource' }
  | { readonly kind: 'documentclass' }
  | { readonly kind: 'begin' }
  | { readonly kind: 'end' }
  | { readonly kind: 'verb' }
  | { readonly kind: 'def' }
  | { readonly kind: 'break'; readonly args: string };

const rules = new Map<string, CommandRule>();

function define(names: string, rule: CommandRule): void {
  for (const name of names.split(/\s+/)) if (name !== '') rules.set(name, rule);
}

const sectionLevels: ReadonlyArray<readonly [string, number]> = [
  ['part', 0],
  ['chapter', 0],
  ['section', 1],
  ['subsection', 2],
  ['subsubsection', 3],
  ['paragraph', 4],
  ['subparagraph', 5],
];
for (const [name, level] of sectionLevels) define(name, { kind: 'field', args: 'soF', field: 'heading', level });

define('title', { kind: 'field', args: 'oF', field: 'title' });
define('keywords', { kind: 'field', args: 'F', field: 'keywords' });
define('caption subcaption', { kind: 'field', args: 'oF', field: 'caption' });
define('captionof', { kind: 'field', args: 'sAoF', field: 'caption' });

// natbib, biblatex and a few older packages; the `*` variants are read as an optional star.
define(
  `cite citep citet citealp citealt citeauthor citeyear citeyearpar citenum citefullauthor Citep Citet Citealp
   Citealt Citeauthor Cite parencite Parencite footcite Footcite footcitetext textcite Textcite smartcite Smartcite
   supercite autocite Autocite citetitle Citetitle citedate citeurl fullcite footfullcite nocite citeA citeNP
   shortcite shortciteNP`,
  { kind: 'cite', multi: false },
);
define(
  'cites Cites parencites Parencites footcites footcitetexts smartcites Smartcites textcites Textcites supercites autocites Autocites',
  { kind: 'cite', multi: true },
);

define('input include', { kind: 'include', relativeTo: 'base' });
define('subfile', { kind: 'include', relativeTo: 'file' });
define('import inputfrom includefrom', { kind: 'import', relativeTo: 'root' });
define('subimport subinputfrom subincludefrom', { kind: 'import', relativeTo: 'base' });
define('bibliography', { kind: 'bibliography' });
define('addbibresource', { kind: 'addbibresource' });
define('documentclass', { kind: 'documentclass' });
define('begin', { kind: 'begin' });
define('end', { kind: 'end' });
define('verb lstinline mintinline', { kind: 'verb' });
define('def gdef edef xdef', { kind: 'def' });

define('par newline linebreak maketitle newpage clearpage cleardoublepage appendix IEEEpeerreviewmaketitle', {
  kind: 'break',
  args: '',
});
define('item', { kind: 'break', args: 'o' });
define('bibitem', { kind: 'break', args: 'oA' });
define('printbibliography', { kind: 'break', args: 'o' });

const argumentRules: ReadonlyArray<readonly [string, string]> = [
  ['label ref eqref pageref nameref vref autoref Autoref cref Cref labelcref', 'sA'],
  ['crefrange Crefrange', 'AA'],
  ['url nolinkurl', 'U'],
  ['href', 'UT'],
  ['hyperref', 'oT'],
  ['hyperlink hypertarget', 'AT'],
  ['includegraphics', 'sooA'],
  ['usepackage RequirePackage', 'oAo'],
  ['bibliographystyle graphicspath includeonly hypersetup lstset setcitestyle theoremstyle pagestyle thispagestyle', 'A'],
  ['markright hyphenation DeclareGraphicsExtensions email IEEEauthorblockN IEEEauthorblockA IEEEmembership', 'A'],
  ['date institute IEEEspecialpapernotice IEEEpubid tikzset pgfplotsset cline', 'A'],
  ['author affil affiliation address', 'oA'],
  ['markboth setlength addtolength setcounter addtocounter fontsize', 'AA'],
  ['vspace hspace', 'sA'],
  ['newcounter', 'Ao'],
  ['color pagecolor', 'oA'],
  ['textcolor colorbox', 'oAT'],
  ['fcolorbox', 'oAAT'],
  ['definecolor', 'AAA'],
  ['newcommand renewcommand providecommand DeclareRobustCommand', 'sNooL'],
  ['newenvironment renewenvironment', 'sAooLL'],
  ['DeclareMathOperator', 'sNL'],
  ['newtheorem', 'sAoAo'],
  ['newacronym', 'oAAA'],
  ['multicolumn', 'AAT'],
  ['multirow', 'oAoAoT'],
  ['IEEEPARstart', 'TT'],
  ['texorpdfstring', 'TA'],
  ['ensuremath', 'M'],
  ['emph textbf textit textsl textsc textup textmd textrm textsf texttt textnormal underline uline text mbox', 'T'],
  ['fbox hl sout', 'T'],
  ['makebox framebox', 'ooT'],
  ['parbox', 'oooAT'],
  ['raisebox', 'AooT'],
  ['resizebox', 'sAAT'],
  ['scalebox', 'AoT'],
  ['rotatebox', 'oAT'],
  ['footnote footnotetext marginpar todo', 'oX'],
  ['thanks', 'X'],
  ['gls Gls glspl Glspl acrshort acrlong acrfull ac Ac acp acs acl acf', 'oA'],
  ['SI', 'oAA'],
  ['si num qty', 'oA'],
  ['rule', 'oAA'],
];
for (const [names, args] of argumentRules) define(names, { kind: 'args', args });

/** The rule for a command name (without the backslash), or undefined for a command the scanner does not know. */
export function commandRule(name: string): CommandRule | undefined {
  return rules.get(name);
}

export type EnvironmentRule =
  | { readonly kind: 'math' }
  | { readonly kind: 'verbatim'; readonly nonProse: 'verbatim' | 'code' | 'comment' }
  | { readonly kind: 'field'; readonly field: 'abstract' | 'keywords'; readonly args: string }
  | { readonly kind: 'document' }
  | { readonly kind: 'block'; readonly args: string; readonly prose: boolean };

const environments = new Map<string, EnvironmentRule>();

function defineEnvironments(names: string, rule: EnvironmentRule): void {
  for (const name of names.split(/\s+/)) if (name !== '') environments.set(name, rule);
}

const mathNames = `equation align gather multline flalign alignat xalignat eqnarray math displaymath dmath dgroup
  IEEEeqnarray IEEEeqnarraybox`;
for (const name of mathNames.split(/\s+/)) if (name !== '') defineEnvironments(`${name} ${name}*`, { kind: 'math' });
defineEnvironments('verbatim verbatim* Verbatim Verbatim* BVerbatim LVerbatim spverbatim filecontents filecontents*', {
  kind: 'verbatim',
  nonProse: 'verbatim',
});
defineEnvironments('lstlisting minted tikzpicture pgfpicture', { kind: 'verbatim', nonProse: 'code' });
defineEnvironments('comment', { kind: 'verbatim', nonProse: 'comment' });
defineEnvironments('abstract', { kind: 'field', field: 'abstract', args: '' });
defineEnvironments('IEEEkeywords keywords', { kind: 'field', field: 'keywords', args: '' });
defineEnvironments('document', { kind: 'document' });
defineEnvironments('thebibliography', { kind: 'block', args: 'A', prose: false });

const blockArguments: ReadonlyArray<readonly [string, string]> = [
  ['tabular array longtable', 'oA'],
  ['tabular* tabularx tabulary', 'AoA'],
  ['minipage', 'oooA'],
  ['wrapfigure wraptable', 'oAoA'],
  ['subfigure subtable', 'oA'],
  ['multicols multicols*', 'Ao'],
  ['IEEEbiography', 'oA'],
  ['IEEEbiographynophoto', 'A'],
];
for (const [names, args] of blockArguments) defineEnvironments(names, { kind: 'block', args, prose: true });

const defaultEnvironment: EnvironmentRule = { kind: 'block', args: 'o', prose: true };

/** The rule for an environment; unknown environments are prose blocks that may take an optional argument. */
export function environmentRule(name: string): EnvironmentRule {
  return environments.get(name) ?? defaultEnvironment;
}

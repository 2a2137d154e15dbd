import assert from 'node:assert/strict';
import type { DraftHost } from '../../src/core/draft/draftHost';
import { readDraft } from '../../src/core/draft/readDraft';
import { LatexScanCache } from '../../src/core/latex/latexScanCache';

describe('LatexScanCache', () => {
  const project: Record<string, string> = {
    '/p/main.tex': '\\documentclass{article}\n\\begin{document}\n\\title{A foundation model}\n\\input{intro}\n\\input{methods}\n\\end{document}\n',
    '/p/intro.tex': '\\section{Introduction}\nFoundation models \\cite{a}.\n',
    '/p/methods.tex': '\\section{Methods}\nWe pretrain on cells \\cite{b}.\n',
  };
  const host: DraftHost = { readText: (path) => Promise.resolve(project[path]) };
  const candidates = Object.keys(project);

  it('reuses the scans of unchanged files and reads the edited one again, coming out as a read without it', async () => {
    const cache = new LatexScanCache();
    const first = await readDraft('/p/intro.tex', project['/p/intro.tex'], host, { candidates, scanCache: cache });
    assert.equal(cache.size, 3);
    const edited = project['/p/intro.tex'].replace('\\cite{a}', '\\cite{a,c}');
    const second = await readDraft('/p/intro.tex', edited, host, { candidates, scanCache: cache });
    assert.deepStrictEqual(second, await readDraft('/p/intro.tex', edited, host, { candidates }));
    const file = (draft: typeof first, path: string) => draft.files.find((f) => f.path === path);
    // The same objects for the files that did not change, new ones for the edited file.
    assert.equal(file(second, '/p/main.tex'), file(first, '/p/main.tex'));
    assert.equal(file(second, '/p/methods.tex'), file(first, '/p/methods.tex'));
    assert.notEqual(file(second, '/p/intro.tex'), file(first, '/p/intro.tex'));
    assert.deepEqual(second.citations.map((c) => c.key), ['a', 'c', 'b']);
  });

  it('forgets the files a read no longer uses, and keys scans by preamble state too', async () => {
    const cache = new LatexScanCache();
    await readDraft('/p/main.tex', project['/p/main.tex'], host, { scanCache: cache });
    assert.equal(cache.size, 3);
    const withoutMethods = project['/p/main.tex'].replace('\\input{methods}\n', '');
    await readDraft('/p/main.tex', withoutMethods, host, { scanCache: cache });
    assert.equal(cache.size, 2);
    // The same file \input in the preamble is read as preamble: a scan of it as body must not be reused.
    const inPreamble = '\\documentclass{article}\n\\input{intro}\n\\begin{document}\n\\input{intro}\n\\end{document}\n';
    const draft = await readDraft('/p/main.tex', inPreamble, host, { scanCache: cache });
    assert.deepStrictEqual(draft, await readDraft('/p/main.tex', inPreamble, host));
    assert.equal(draft.prose.filter((run) => run.text.includes('Foundation models')).length, 1);
  });
});

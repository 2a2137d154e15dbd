import assert from 'node:assert/strict';
import { scanBibtex } from '../../src/core/bibliography/bibScanner';
import { formatReference, shortLabel } from '../../src/core/bibliography/formatReference';
import { readCslJson } from '../../src/core/bibliography/cslJsonReader';
import { bibEntryIdentifiers, normalizeArxivId, normalizeDoi } from '../../src/core/bibliography/bibIdentifiers';
import { parseBibName, plainBibText, splitBibNames } from '../../src/core/bibliography/bibText';
import type { BibEntry } from '../../src/core/bibliography/bibIndex';

function only(text: string): BibEntry {
  const index = scanBibtex('refs.bib', text);
  assert.deepEqual(index.problems, []);
  assert.equal(index.entries.length, 1);
  return index.entries[0];
}

const biobert = only(`@article{lee2020biobert,
  author  = {Lee, Jinhyuk and Yoon, Wonjin and Kim, Sungdong and Kim, Donghyeon and Kim, Sunkyu and So, Chan Ho and Kang, Jaewoo},
  title   = {{BioBERT}: a pre-trained biomedical language representation model for biomedical text mining},
  journal = {Bioinformatics},
  volume  = {36},
  number  = {4},
  pages   = {1234--1240},
  year    = {2020},
  doi     = {10.1093/bioinformatics/btz682}
}`);

describe('formatReference (IEEE)', () => {
  it('formats a journal article: initials, et al. from seven authors, vol./no./pp., doi', () => {
    assert.equal(
      formatReference(biobert),
      'J. Lee et al., “BioBERT: a pre-trained biomedical language representation model for biomedical text mining,” Bioinformatics, vol. 36, no. 4, pp. 1234–1240, 2020, doi: 10.1093/bioinformatics/btz682.',
    );
  });

  it('lists up to six authors with "and", decodes LaTeX and reads particles and hyphenated names', () => {
    const entry = only(String.raw`@inproceedings{x, author = {M{\"u}ller, Hans-J{\"u}rgen and van der Berg, Jan and Jean-Pierre Dupont}, title = {Graphs}, booktitle = {Proc. ICML}, year = 2021, month = jul, pages = {1--9}}`);
    assert.equal(formatReference(entry), 'H.-J. Müller, J. van der Berg, and J.-P. Dupont, “Graphs,” in Proc. ICML, Jul. 2021, pp. 1–9.');
  });

  it('formats a preprint with its arXiv id, and other types', () => {
    const preprint = only('@misc{p, author = {Nguyen, Eric and Poli, Michael}, title = {Long-range genomic sequences}, year = 2023, eprint = {2306.15794v2}, archivePrefix = {arXiv}}');
    assert.equal(formatReference(preprint), 'E. Nguyen and M. Poli, “Long-range genomic sequences,” 2023, arXiv:2306.15794.');
    assert.equal(formatReference(only('@book{b, author = {Doe, Ann}, title = {Book}, publisher = {Springer}, address = {Cham}, year = 2019, edition = {2}}')), 'A. Doe, Book, 2nd ed. Cham: Springer, 2019.');
    assert.equal(formatReference(only('@phdthesis{t, author = {Doe, Ann}, title = {Thesis}, school = {MIT}, year = 2019}')), 'A. Doe, “Thesis,” Ph.D. dissertation, MIT, 2019.');
  });

  it('formats CSL-JSON items directly and caches per entry', () => {
    const index = readCslJson('refs.json', JSON.stringify([{ id: 'c', type: 'article-journal', title: 'CSL title', author: [{ family: 'Smith', given: 'Anna Lena' }], issued: { 'date-parts': [[2021, 3]] }, 'container-title': 'J. Test', volume: '2', page: '10-20' }]));
    const [entry] = index.entries;
    assert.equal(formatReference(entry), 'A. L. Smith, “CSL title,” J. Test, vol. 2, pp. 10–20, Mar. 2021.');
    assert.equal(formatReference(entry), formatReference(entry));
  });

  it('never throws: an entry citation-js cannot read gets a plain line', () => {
    const weird: BibEntry = { key: 'w', type: 'article', fields: { title: 'Odd', author: 'Doe, Ann', journal: 'J', year: '2020', volume: '}{' }, start: 0, end: 0, keyStart: 0, keyEnd: 0 };
    assert.equal(formatReference(weird), 'A. Doe, Odd, J, 2020.');
  });

  it('gives a short label for completion details', () => {
    assert.equal(shortLabel(biobert), 'Lee et al., 2020 — BioBERT: a pre-trained biomedical language representation…');
    assert.equal(shortLabel(only('@misc{a, author = {Lin, Zeming and Rives, Alex}, title = {Short}, year = {2023}}')), 'Lin and Rives, 2023 — Short');
    assert.equal(shortLabel(only('@misc{a, title = {Only a title}}')), 'Only a title');
  });
});

describe('bibliography text helpers', () => {
  it('turns LaTeX into plain text', () => {
    assert.equal(plainBibText(String.raw`{\"U}ber {\'e}t{\'{e}} \c{C}elik {\o}l \& co.\ --- 95\% {$\alpha$}-helix \emph{really} \{x\}`), 'Über été Çelik øl & co. — 95% α-helix really {x}');
  });

  it('splits and reads names', () => {
    assert.deepEqual(splitBibNames('Lee, J. and {Barnes and Noble} AND Doe, Ann'), ['Lee, J.', '{Barnes and Noble}', 'Doe, Ann']);
    assert.deepEqual(parseBibName('Ludwig van Beethoven'), { family: 'van Beethoven', given: 'Ludwig' });
    assert.deepEqual(parseBibName('{World Health Organization}'), { family: 'World Health Organization', given: '' });
    assert.deepEqual(parseBibName('Doe, Jr, John'), { family: 'Doe', given: 'John' });
  });

  it('normalizes DOIs and arXiv ids, and finds them in an entry', () => {
    assert.equal(normalizeDoi('https://doi.org/10.1126/SCIENCE.ade2574'), '10.1126/science.ade2574');
    assert.equal(normalizeDoi('doi:10.1000/x\\_y'), '10.1000/x_y');
    assert.equal(normalizeDoi('not a doi'), undefined);
    assert.equal(normalizeArxivId('arXiv:2306.15794v2'), '2306.15794');
    assert.equal(normalizeArxivId('https://arxiv.org/pdf/q-bio/0601001v1.pdf'), 'q-bio/0601001');
    assert.equal(normalizeArxivId('12345'), undefined);
    assert.deepEqual(bibEntryIdentifiers(only('@misc{a, eprint = {10.5555/x}, archivePrefix = {other}, doi = {10.5555/Y}}')), { doi: '10.5555/y' });
    assert.deepEqual(bibEntryIdentifiers(only('@misc{a, eprinttype = {arxiv}, eprint = {2101.00001}}')), { arxiv: '2101.00001' });
  });
});

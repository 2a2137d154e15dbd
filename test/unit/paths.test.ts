import assert from 'node:assert/strict';
import { basename, dirname, extname, isAbsolutePath, joinPath, normalizePath, relativePath } from '../../src/core/util/paths';

describe('core paths', () => {
  it('splits posix paths, URIs and Windows paths alike', () => {
    assert.equal(dirname('/a/b/c.tex'), '/a/b');
    assert.equal(dirname('/c.tex'), '/');
    assert.equal(dirname('c.tex'), '.');
    assert.equal(dirname('file:///a/b/c.tex'), 'file:///a/b');
    assert.equal(dirname('file:///c.tex'), 'file:///');
    assert.equal(dirname('C:\\paper\\main.tex'), 'C:/paper');
    assert.equal(basename('vscode-vfs://github/o/r/main.tex'), 'main.tex');
    assert.equal(extname('/a/b.c/main.TEX'), '.TEX');
    assert.equal(extname('/a/b.c/Makefile'), '');
    assert.equal(extname('/a/.latexmkrc'), '');
  });

  it('joins and normalizes, keeping a URI base and encoding what a URI needs', () => {
    assert.equal(joinPath('/a/b', 'sections/../intro.tex'), '/a/b/intro.tex');
    assert.equal(joinPath('/a/b', './x//y.tex'), '/a/b/x/y.tex');
    assert.equal(joinPath('/a/b', '../../../up.tex'), '/up.tex');
    assert.equal(joinPath('/a/b', '/abs/z.tex'), '/abs/z.tex');
    assert.equal(joinPath('file:///w/paper', '../shared/my notes.tex'), 'file:///w/shared/my%20notes.tex');
    assert.equal(joinPath('file:///w/paper', '/etc/x.tex'), 'file:///etc/x.tex');
    assert.equal(joinPath('C:/paper', 'sec\\intro.tex'), 'C:/paper/sec/intro.tex');
    assert.equal(normalizePath('a/./b/../../..'), '..');
    assert.equal(isAbsolutePath('file:///x'), true);
    assert.equal(isAbsolutePath('x/y'), false);
  });

  it('relativizes within one root and gives up across roots', () => {
    assert.equal(relativePath('/a/b', '/a/b/sections/x.tex'), 'sections/x.tex');
    assert.equal(relativePath('/a/b', '/a/c/x.tex'), '../c/x.tex');
    assert.equal(relativePath('/a/b', '/a/b'), '.');
    assert.equal(relativePath('file:///w', 'file:///w/my%20notes.tex'), 'my notes.tex');
    assert.equal(relativePath('/a', 'file:///a/x.tex'), 'file:///a/x.tex');
  });
});

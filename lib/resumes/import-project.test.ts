import { describe, expect, it } from 'vitest';
import { importResumeProject, isMainTexSource, normaliseProjectPath, RESUME_LIMITS, type IncomingFile } from './import-project';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('importResumeProject refuses bad input with a reason', () => {
  const doc = utf8('\\documentclass{article}\\begin{document}Hi\\end{document}');

  it('refuses a project with no complete document', () => {
    expect(() => importResumeProject([{ path: 'part.tex', bytes: utf8('\\section{Work}') }])).toThrow(/main \.tex/);
  });

  it('does not take a commented-out documentclass for a document', () => {
    expect(isMainTexSource('% \\documentclass{article}\n\\begin{document}')).toBe(false);
  });

  it('refuses binary content in a .tex file', () => {
    expect(() => importResumeProject([{ path: 'resume.tex', bytes: new Uint8Array([0x25, 0, 1, 2]) }])).toThrow(/binary/);
  });

  it('refuses non-UTF-8 text', () => {
    expect(() => importResumeProject([{ path: 'resume.tex', bytes: new Uint8Array([0x5c, 0xe9, 0x74]) }])).toThrow(/UTF-8/);
  });

  it('refuses huge files', () => {
    const big = new Uint8Array(RESUME_LIMITS.maxFileBytes + 1);
    expect(() => importResumeProject([{ path: 'resume.tex', bytes: doc }, { path: 'photo.png', bytes: big }])).toThrow(/refused/);
  });

  it('refuses paths that escape the project', () => {
    expect(() => normaliseProjectPath('../etc/passwd')).toThrow(/not a path inside/);
    expect(() => normaliseProjectPath('/etc/passwd')).toThrow(/not a path inside/);
  });
});

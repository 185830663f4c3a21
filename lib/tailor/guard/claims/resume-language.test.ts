import { describe, expect, it } from 'vitest';
import { detectResumeLanguage } from './resume-language';

describe('detectResumeLanguage', () => {
  it('reads Russian and Swedish resumes as such, not as English', () => {
    expect(detectResumeLanguage('Вела курсы по программированию на языке C++ для 10 и 11 классов. Читала курс олимпиадного программирования.')).toBe('ru');
    expect(detectResumeLanguage('Jag är utbildad kemist med specialisering inom oorganisk kemi, materialkemi samt teoretisk kemi.')).toBe('sv');
  });

  it('keeps the keyword languages and English', () => {
    expect(detectResumeLanguage('Taught programming courses in C++ for grades 10 and 11 at the lyceum.')).toBe('en');
    expect(detectResumeLanguage('Entwicklung und Wartung der Software für die Steuerung von Prüfständen im Team.')).toBe('de');
  });
});

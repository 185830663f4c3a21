import { describe, expect, it } from 'vitest';
import { localFontAccessAvailable, readLocalFonts } from './read-local-fonts';

// A window whose queryLocalFonts answers like Chrome's: FontData with names and a blob().
function windowWith(faces: { family: string; fullName: string; postscriptName: string; style: string; bytes: number[] }[], fail?: string) {
  const read: string[] = [];
  return {
    read,
    scope: {
      async queryLocalFonts() {
        if (fail) throw Object.assign(new Error('denied'), { name: fail });
        return faces.map((f) => ({ ...f, blob: async () => { read.push(f.postscriptName); return new Blob([new Uint8Array(f.bytes)]); } }));
      },
    },
  };
}

const faces = [
  { family: 'Calibri', fullName: 'Calibri', postscriptName: 'Calibri', style: 'Regular', bytes: [0, 1, 0, 0] },
  { family: 'Calibri', fullName: 'Calibri Bold', postscriptName: 'Calibri-Bold', style: 'Bold', bytes: [0, 1, 0, 0, 1] },
  { family: 'Arial', fullName: 'Arial', postscriptName: 'ArialMT', style: 'Regular', bytes: [0, 1, 0, 0, 2] },
];

describe('readLocalFonts', () => {
  it('reads the bytes of the faces asked for, and of no other', async () => {
    const { scope, read } = windowWith(faces);
    const lent = await readLocalFonts(['Calibri', 'Gotham'], scope);
    expect(lent.fonts.map((f) => [f.postscriptName, f.bytes.length])).toEqual([['Calibri', 4], ['Calibri-Bold', 5]]);
    expect(lent.found).toEqual(['Calibri']);
    expect(lent.notFound).toEqual(['Gotham']);
    expect(read).toEqual(['Calibri', 'Calibri-Bold']);
  });

  it('says what to do when the browser refuses, or has no such API', async () => {
    await expect(readLocalFonts(['Calibri'], windowWith(faces, 'NotAllowedError').scope)).rejects.toThrow(/did not allow Bespoke to read your installed fonts/);
    await expect(readLocalFonts(['Calibri'], {})).rejects.toThrow(/cannot read the fonts installed on this computer \(Chrome can\)/);
    expect(localFontAccessAvailable({})).toBe(false);
    expect(localFontAccessAvailable(windowWith(faces).scope)).toBe(true);
  });
});

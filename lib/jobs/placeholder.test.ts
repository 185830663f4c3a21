import { describe, expect, it } from 'vitest';
import { isPlaceholderDescription } from './placeholder.ts';
import { countryName, formatPlaces } from './location.ts';

describe('isPlaceholderDescription', () => {
  it('recognises stand-ins for an image ad', () => {
    expect(isPlaceholderDescription('Please refer the full details of the job posting as given by the employer. </br>කරුණාකර')).toBe(true);
    expect(isPlaceholderDescription('See the attached image for details.')).toBe(true);
    expect(isPlaceholderDescription('N/A')).toBe(true);
  });

  it('keeps short real ads and long texts (corpus linkedin-4 is eleven words)', () => {
    expect(isPlaceholderDescription('English, Estonian, Russian language skills. Previous experience in logistics is welcome.')).toBe(false);
    expect(isPlaceholderDescription(`Please refer to the details below. ${'We build things. '.repeat(40)}`)).toBe(false);
    expect(isPlaceholderDescription(null)).toBe(false);
  });
});

describe('formatPlaces', () => {
  it('formats addresses with country names and no repeated parts', () => {
    expect(formatPlaces([{ address: { addressLocality: 'Kalubowila', addressRegion: 'Western', addressCountry: 'LK' } }])).toBe(
      'Kalubowila, Western, Sri Lanka',
    );
    expect(formatPlaces({ address: { addressLocality: 'AMER - Canada - Quebec - Montreal', addressCountry: 'Canada' } })).toBe(
      'AMER - Canada - Quebec - Montreal',
    );
    expect(formatPlaces([{ address: 'Berlin' }, { address: { addressLocality: 'Paris', addressCountry: { name: 'FR' } } }])).toBe('Berlin · Paris, France');
    expect(formatPlaces(undefined)).toBeNull();
    expect(countryName('Narnia')).toBe('Narnia');
  });
});

/**
 * Country names as people write them in the languages capture reads, from the platform's own
 * locale data (Intl.DisplayNames, in Chromium, Firefox and Node alike): no list of our own to
 * keep up to date. Used to tell a place line ("San Francisco, California, United States") from
 * other short lines under a job title.
 */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Names people use that the locale data words differently.
const COMMON = ['USA', 'US', 'UK', 'U.S.', 'U.S.A.', 'UAE', 'England', 'Scotland', 'Wales'];

let names: Set<string> | null = null;

function allNames(): Set<string> {
  const out = new Set(COMMON.map((n) => n.toLowerCase()));
  for (const lang of LANGUAGES) {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        let name: string | undefined;
        try {
          name = display.of(a + b);
        } catch {
          name = undefined; // a code the platform rejects is no country
        }
        if (name) out.add(name.toLowerCase());
      }
    }
  }
  return out;
}

/** Whether `text` is a country's name in one of the languages capture reads. */
export function isCountryName(text: string): boolean {
  names ??= allNames();
  return names.has(text.trim().toLowerCase());
}

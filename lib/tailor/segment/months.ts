// Month names in the languages resumes are written in, from the platform's own locale data
// (Intl), long and short: "September", "Sept", "sep", "März", "févr", "мая".
const MONTH_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ru'];

const MONTH_NUMBER = new Map<string, number>();
for (const locale of MONTH_LOCALES) {
  for (const month of ['long', 'short'] as const) {
    for (const format of [{ month }, { month, day: 'numeric' }] as const) {
      const parts = new Intl.DateTimeFormat(locale, { ...format, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        // With a day, some languages give the month's genitive ("января", "stycznia").
        const name = parts.formatToParts(new Date(Date.UTC(2000, m, 15))).find((p) => p.type === 'month')?.value;
        if (name) MONTH_NUMBER.set(name.toLowerCase().replace(/\.$/, ''), m + 1);
      }
    }
  }
}
// English writes "Sept" as well as "Sep".
MONTH_NUMBER.set('sept', 9);

/** The month (1–12) a word names, in any of the resume languages, or null. */
export function monthOf(word: string): number | null {
  return MONTH_NUMBER.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

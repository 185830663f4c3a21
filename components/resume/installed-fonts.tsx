import { useMutation } from '@tanstack/react-query';
import { Type } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Message } from '@/components/ui/message';
import { localFontAccessAvailable, readLocalFonts, type LentFonts } from '@/lib/tex/read-local-fonts';

const quoted = (names: string[]): string => names.map((n) => `"${n}"`).join(', ');

/**
 * After a XeLaTeX compile that stood in for fonts the project names: offers to use the fonts
 * installed on this computer instead (Chrome's Local Font Access, permission asked on the click).
 * They are lent to the compiles of this panel only, never stored.
 */
export function InstalledFontsOffer({ wanted, onLend }: { wanted: string[]; onLend: (lent: LentFonts) => void }) {
  const read = useMutation({
    mutationFn: () => readLocalFonts(wanted),
    onSuccess: (lent) => { if (lent.fonts.length > 0) onLend(lent); },
  });
  if (wanted.length === 0 || !localFontAccessAvailable()) return null;
  const none = read.data && read.data.fonts.length === 0;
  return (
    <Message
      tone={read.error || none ? 'warning' : 'info'}
      data-testid="installed-fonts-offer"
      title={`Stood in for: ${quoted(wanted)}`}
      action={(
        <Button onClick={() => read.mutate()} disabled={read.isPending} data-testid="use-installed-fonts">
          <Type aria-hidden />{read.isPending ? 'Reading your fonts…' : 'Use fonts installed on this computer'}
        </Button>
      )}
    >
      {read.error ? read.error.message
        : none ? `None of ${quoted(wanted)} is installed on this computer. Add the font files to the resume for its real look.`
          : 'If you have them installed, Chrome can lend them to this compile (it asks you first). They are used here only and not stored.'}
    </Message>
  );
}

import { Hammer } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { ResumeRecord } from '@/lib/db/records';
import type { LocalFont } from '@/lib/tex/types';
import { Button } from '@/components/ui/button';
import { Message } from '@/components/ui/message';
import { CompileResultView } from './compile-result-view';
import { EnginePicker } from './engine-picker';
import { InstalledFontsOffer } from './installed-fonts';
import { MasterReadability } from './master-readability';
import { useCompileResume } from './use-compile';
import { useResumeActions } from './use-resumes';

/** What a compile depends on among the files: their paths and sizes (cheap, and changed by every replace or add). */
function filesSignature(resume: ResumeRecord): string {
  return resume.files.map((f) => `${f.path}:${f.content.length}`).join('|') + `#${resume.updatedAt}`;
}

/**
 * Compiles the selected master resume in the browser and shows the PDF, or the errors with the
 * next step. A resume just imported (`compileNow`) compiles at once, and so does one whose files
 * were replaced or added to; selecting an older one waits for the Compile button.
 */
export function ResumePreview({ resume, compileNow = false }: { resume: ResumeRecord; compileNow?: boolean }) {
  const compile = useCompileResume();
  const { replace, addFiles } = useResumeActions();
  // Installed fonts the user lent to this resume's compiles: kept in memory while the panel is open, never stored.
  const [lent, setLent] = useState<{ id: string; fonts: LocalFont[] } | null>(null);
  const localFonts = lent?.id === resume.id ? lent.fonts : undefined;
  const compileIt = (fonts = localFonts) => compile.mutate({ resume, localFonts: fonts });
  const baseName = resume.mainFile.split('/').pop()!.replace(/\.[^.]+$/, '');
  const shown = compile.data && compile.variables?.resume.id === resume.id;
  const signature = filesSignature(resume);
  const compiledFor = useRef<string | null>(compileNow ? null : signature);
  useEffect(() => {
    if (compiledFor.current === signature) return;
    compiledFor.current = signature;
    compile.mutate({ resume, localFonts });
  }, [signature, resume, compile, localFonts]);
  const changeError = replace.error ?? addFiles.error;
  return (
    <div className="flex flex-col gap-2">
      <Button variant={shown ? 'secondary' : 'primary'} onClick={() => compileIt()} disabled={compile.isPending} className="self-start">
        <Hammer aria-hidden />
        {compile.isPending ? 'Compiling…' : `Compile ${resume.name}`}
      </Button>
      <EnginePicker resume={resume} used={shown ? compile.data : undefined} />
      {compile.error ? <Message tone="error">{compile.error.message}</Message> : null}
      {changeError ? <Message tone="error" data-testid="resume-action-error">{changeError.message}</Message> : null}
      {replace.data?.leftOut ? <Message data-testid="import-left-out">{replace.data.leftOut}</Message> : null}
      {shown && compile.data?.pdf ? <MasterReadability resume={resume} pdf={compile.data.pdf} /> : null}
      {shown ? (
        <CompileResultView
          result={compile.data!}
          fileName={baseName}
          mainFile={compile.variables?.resume.mainFile}
          onRecompile={() => compileIt()}
          onReplaceFiles={(files) => replace.mutate({ id: resume.id, files })}
          onAddFiles={(files) => addFiles.mutate({ id: resume.id, files })}
          fontsOffer={compile.data?.fontsStoodIn?.length ? (
            <InstalledFontsOffer
              key={compile.data.fontsStoodIn.join('|')}
              wanted={compile.data.fontsStoodIn}
              onLend={({ fonts }) => {
                const all = [...new Map([...(localFonts ?? []), ...fonts].map((f) => [f.postscriptName, f])).values()];
                setLent({ id: resume.id, fonts: all });
                compileIt(all);
              }}
            />
          ) : null}
        />
      ) : null}
    </div>
  );
}

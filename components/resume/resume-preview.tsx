import { Hammer } from 'lucide-react';
import type { ResumeRecord } from '@/lib/db/records';
import { Button } from '@/components/ui/button';
import { Message } from '@/components/ui/message';
import { CompileResultView } from './compile-result-view';
import { EnginePicker } from './engine-picker';
import { MasterReadability } from './master-readability';
import { useCompileResume } from './use-compile';

/** Compiles the selected master resume in the browser and shows the PDF. */
export function ResumePreview({ resume }: { resume: ResumeRecord }) {
  const compile = useCompileResume();
  const baseName = resume.mainFile.split('/').pop()!.replace(/\.[^.]+$/, '');
  const shown = compile.data && compile.variables?.id === resume.id;
  return (
    <div className="flex flex-col gap-2">
      <Button variant={shown ? 'secondary' : 'primary'} onClick={() => compile.mutate(resume)} disabled={compile.isPending} className="self-start">
        <Hammer aria-hidden />
        {compile.isPending ? 'Compiling…' : `Compile ${resume.name}`}
      </Button>
      <EnginePicker resume={resume} used={shown ? compile.data : undefined} />
      {compile.error ? <Message tone="error">{compile.error.message}</Message> : null}
      {shown && compile.data?.pdf ? <MasterReadability resume={resume} pdf={compile.data.pdf} /> : null}
      {shown ? <CompileResultView result={compile.data!} fileName={baseName} onRecompile={() => compile.mutate(resume)} /> : null}
    </div>
  );
}

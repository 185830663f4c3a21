import type { ResumeRecord } from '@/lib/db/records';
import { CompileResultView } from './compile-result-view';
import { MasterReadability } from './master-readability';
import { useCompileResume } from './use-compile';

/** Compiles the selected master resume in the browser and shows the PDF. */
export function ResumePreview({ resume }: { resume: ResumeRecord }) {
  const compile = useCompileResume();
  const baseName = resume.mainFile.split('/').pop()!.replace(/\.[^.]+$/, '');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div className="row">
        <button className="primary" onClick={() => compile.mutate(resume)} disabled={compile.isPending}>
          {compile.isPending ? 'Compiling…' : `Compile ${resume.name}`}
        </button>
      </div>
      {compile.error ? <p className="error">{compile.error.message}</p> : null}
      {compile.data?.pdf && compile.variables?.id === resume.id ? <MasterReadability resume={resume} pdf={compile.data.pdf} /> : null}
      {compile.data && compile.variables?.id === resume.id ? <CompileResultView result={compile.data} fileName={baseName} onRecompile={() => compile.mutate(resume)} /> : null}
    </div>
  );
}

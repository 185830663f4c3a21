import { useMutation } from '@tanstack/react-query';
// The demo's fictional master ships inside the extension, so a first run can be tried without one.
import SAMPLE_TEX from '@/scripts/demo/sample-resume/resume.tex?raw';
import { getDatabase } from '@/lib/db/database';
import { addResume } from '@/lib/db/resumes';

/** Adds the bundled sample resume (Alex Morgan, a fictional backend engineer) as a master. */
export function useAddSampleResume() {
  return useMutation({
    mutationFn: () => addResume(getDatabase(), { name: 'Sample resume (Alex Morgan)', mainFile: 'resume.tex', files: [{ path: 'resume.tex', content: SAMPLE_TEX }] }),
  });
}

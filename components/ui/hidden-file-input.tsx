import type { InputHTMLAttributes } from 'react';

export type FileInputProps = InputHTMLAttributes<HTMLInputElement> & { 'data-testid'?: string };

/**
 * The visually hidden native file input inside FilePickButton and FileDrop: it keeps the focus,
 * the keyboard and `setInputFiles` in tests. It hands over the chosen files and clears itself,
 * so picking the same file again is seen.
 */
export function HiddenFileInput({ onFiles, inputProps, multiple }: { onFiles(files: File[]): void; inputProps?: FileInputProps; multiple?: boolean }) {
  return (
    <input
      type="file"
      multiple={multiple}
      className="sr-only"
      {...inputProps}
      onChange={(e) => {
        if (e.target.files?.length) onFiles(Array.from(e.target.files));
        e.target.value = '';
      }}
    />
  );
}

import { Upload } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { cn } from './cn';
import { HiddenFileInput, type FileInputProps } from './hidden-file-input';

/**
 * A file picker that also takes dropped files. The native input stays in the page (visually
 * hidden, still focusable and labelled), so keyboards and `setInputFiles` keep working.
 */
export function FileDrop({ label, hint, onFiles, className, inputProps, icon }: { label: ReactNode; hint?: ReactNode; onFiles(files: File[]): void; className?: string; inputProps?: FileInputProps; icon?: ReactNode }) {
  const [over, setOver] = useState(false);
  return (
    <label
      className={cn(
        'relative flex cursor-pointer flex-col items-center gap-1 rounded-lg border border-dashed border-input bg-card px-3 py-4 text-center text-sm transition-colors hover:bg-muted focus-within:outline-2 focus-within:outline-ring',
        over && 'border-primary bg-accent',
        className,
      )}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (e.dataTransfer.files.length) onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      {icon ?? <Upload aria-hidden className="size-5 text-muted-foreground" />}
      <span className="font-medium">{label}</span>
      {hint ? <span className="text-xs text-muted-foreground">{hint}</span> : null}
      <HiddenFileInput onFiles={onFiles} inputProps={inputProps} />
    </label>
  );
}

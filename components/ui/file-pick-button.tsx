import type { ReactNode } from 'react';
import { buttonVariants } from './button';
import { cn } from './cn';
import { HiddenFileInput, type FileInputProps } from './hidden-file-input';

/**
 * A button that opens the file picker. It is a label around a visually hidden native input, so
 * the input keeps the focus, the keyboard and `setInputFiles` in tests; the focus ring is drawn
 * on the label.
 */
export function FilePickButton({ children, onFiles, variant = 'secondary', size = 'sm', className, inputProps }: {
  children: ReactNode;
  onFiles(files: File[]): void;
  variant?: 'primary' | 'secondary' | 'ghost';
  size?: 'sm' | 'md';
  className?: string;
  inputProps?: FileInputProps;
}) {
  return (
    <label className={cn(buttonVariants({ variant, size }), 'focus-within:outline-2 focus-within:outline-ring focus-within:outline-offset-2', className)}>
      {children}
      <HiddenFileInput multiple onFiles={onFiles} inputProps={inputProps} />
    </label>
  );
}

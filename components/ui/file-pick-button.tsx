import type { InputHTMLAttributes, ReactNode } from 'react';
import { buttonVariants } from './button';
import { cn } from './cn';

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
  inputProps?: InputHTMLAttributes<HTMLInputElement> & { 'data-testid'?: string };
}) {
  return (
    <label className={cn(buttonVariants({ variant, size }), 'focus-within:outline-2 focus-within:outline-ring focus-within:outline-offset-2', className)}>
      {children}
      <input
        type="file"
        multiple
        className="sr-only"
        {...inputProps}
        onChange={(e) => {
          if (e.target.files?.length) onFiles(Array.from(e.target.files));
          e.target.value = '';
        }}
      />
    </label>
  );
}

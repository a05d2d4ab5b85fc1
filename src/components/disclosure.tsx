import { useState, type KeyboardEventHandler, type ReactNode } from 'react';

interface DisclosureProps {
  /** The content of the `<summary>`, always shown. */
  summary: ReactNode;
  className?: string;
  onKeyDown?: KeyboardEventHandler<HTMLElement>;
  children: ReactNode;
}

/**
 * A `<details>` whose content exists only while it is open. Closed disclosures of long lists (every logistics
 * node, every operator) were about half of the page's elements, built at load and rendered again on every filter
 * change while nobody could see them. Closed by default; the user opens and closes it.
 */
export function Disclosure({ summary, className, onKeyDown, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  return (
    <details
      {...(className ? { className } : {})}
      {...(onKeyDown ? { onKeyDown } : {})}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}

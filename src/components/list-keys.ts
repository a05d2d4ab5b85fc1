import type { KeyboardEvent } from 'react';

/**
 * Arrow keys, Home and End move the focus among the `button.list-item`s inside the element that handles the
 * event; Escape calls `onEscape`. Shared by the facility list and the routes and logistics list, so both
 * lists answer the keyboard the same way.
 */
export function listKeys(onEscape: () => void) {
  return (event: KeyboardEvent<HTMLElement>): void => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.list-item')];
    const index = buttons.findIndex((b) => b === document.activeElement);
    const move = (to: number) => {
      event.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(buttons.length - 1);
    else if (event.key === 'Escape') onEscape();
  };
}

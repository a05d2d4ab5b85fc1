/**
 * Moves keyboard focus to a facility's item in the list (or to the list itself when the filters hide
 * it), so closing a panel or a chooser never drops focus on the page body. Runs after React's commit.
 */
export function focusListItem(id: string): void {
  requestAnimationFrame(() => {
    const item = document.querySelector<HTMLElement>(
      `#facility-list button.list-item[data-id="${CSS.escape(id)}"]`,
    );
    (item ?? document.getElementById('facility-list'))?.focus();
  });
}

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPACT_QUERY } from '../../src/features/phone/use-compact';
import { useStore } from '../../src/store/store';
import { renderApp } from './render-app';
import { mediaMatches } from './setup';

describe('phone layout (bottom sheet)', () => {
  beforeEach(() => mediaMatches.add(COMPACT_QUERY));
  afterEach(() => mediaMatches.delete(COMPACT_QUERY));

  it('shows the results in a sheet that rises with the details when a facility is picked', async () => {
    renderApp();
    await screen.findByText('4 facilities shown');
    const sheet = screen.getByRole('complementary', { name: 'Facilities and details' });
    expect(sheet).toHaveClass('sheet-peek');
    const item = within(sheet).getAllByRole('button', { name: /^Test / })[0]!;
    await userEvent.click(item);
    await waitFor(() => expect(sheet).toHaveClass('sheet-half'));
    expect(within(sheet).getAllByRole('heading', { name: /^Test / }).length).toBeGreaterThan(0);
    // The handle steps the sheet: half → full → peek.
    await userEvent.click(
      within(sheet).getByRole('button', { name: 'Raise the results to the full screen' }),
    );
    expect(sheet).toHaveClass('sheet-full');
    await userEvent.click(within(sheet).getByRole('button', { name: 'Lower the results' }));
    expect(sheet).toHaveClass('sheet-peek');
  });

  it('opens the filters as a full-screen dialog that Escape and "Show results" close', async () => {
    renderApp();
    await screen.findByText('4 facilities shown');
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Filters and tools' }));
    const dialog = screen.getByRole('dialog', { name: 'Filters and legend' });
    expect(within(dialog).getByRole('heading', { name: 'Filters and tools' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Wafer fab/ }));
    expect(useStore.getState().categories).not.toContain('fab');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Filters and tools' }));
    await userEvent.click(screen.getByRole('button', { name: 'Show results' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

async function details(id: string, lang: 'en' | 'fr' = 'en') {
  renderApp({ state: { selectedId: id, lang } });
  await waitFor(() => expect(document.querySelector('section.details')).not.toBeNull());
  return within(document.querySelector<HTMLElement>('section.details')!);
}

describe('dated sources and figures in the details', () => {
  it('shows when each source was published and when it was checked', async () => {
    const panel = await details('fab-north');
    await panel.findByText(/Fab|Usine/, { selector: 'h2' });
    const dates = [...document.querySelectorAll('section.details .as-of')].map((e) => e.textContent);
    expect(dates).toEqual([
      'published November 2025 · checked November 2026',
      'published January 2012 · checked November 2026',
    ]);
  });

  it('says "not published" for a plant without employees or investment, in both languages', async () => {
    const panel = await details('fab-south');
    expect(panel.getAllByText('not published in any source we found')).toHaveLength(2);
  });

  it('leaves the rows out for a university', async () => {
    const panel = await details('uni-west');
    expect(panel.queryByText('not published in any source we found')).toBeNull();
  });

  it('in French', async () => {
    const panel = await details('fab-south', 'fr');
    expect(panel.getAllByText('non publié dans les sources consultées')).toHaveLength(2);
    expect(document.querySelector('section.details .as-of')?.textContent).toBe('vérifié en janvier 2025');
  });
});

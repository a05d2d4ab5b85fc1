import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { geoFixtures } from '../fixtures/geo-fixtures';
import { renderApp } from './render-app';

type Collection = { type: string; features: { id: string; properties: Record<string, unknown> }[] };

/** The fixture's facilities repeated to `count` (distinct ids and names), as an office's supplier database would be. */
function many(count: number): Collection {
  const base = geoFixtures['facilities.geojson'] as Collection;
  const features = Array.from({ length: count }, (_, i) => {
    const f = base.features[i % base.features.length]!;
    const id = `${f.id}-${i}`;
    return {
      ...f,
      id,
      properties: {
        ...f.properties,
        id,
        name: `Site ${String(i).padStart(5, '0')}`,
        name_en: undefined,
        name_fr: undefined,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

describe('a long list', () => {
  // jsdom lays nothing out: give the results panel a height, as a browser would, so the virtualizer has a view.
  const size = (el: Element, px: number) => (el.classList.contains('side-panel') ? px : 0);
  const original = {
    height: Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight'),
    width: Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth'),
  };
  beforeAll(() => {
    Object.defineProperty(Element.prototype, 'clientHeight', {
      configurable: true,
      get(this: Element) {
        return size(this, 600);
      },
    });
    Object.defineProperty(Element.prototype, 'clientWidth', {
      configurable: true,
      get(this: Element) {
        return size(this, 360);
      },
    });
  });
  afterAll(() => {
    if (original.height) Object.defineProperty(Element.prototype, 'clientHeight', original.height);
    if (original.width) Object.defineProperty(Element.prototype, 'clientWidth', original.width);
  });

  it('renders only a screenful of 5,000 facilities, each row saying its position; arrows move through them', async () => {
    const data = many(5000);
    renderApp({
      override: (file) =>
        file === 'facilities.geojson' ? new Response(JSON.stringify(data), { status: 200 }) : undefined,
    });
    await screen.findByText(/^5,?000 facilities shown$/, undefined, { timeout: 15_000 });
    const rows = () => document.querySelectorAll('#facility-list button.list-item');
    expect(rows().length).toBeGreaterThan(0);
    expect(rows().length).toBeLessThan(60);
    const first = rows()[0] as HTMLButtonElement;
    expect(first).toHaveTextContent('Site 00000');
    expect(first.closest('li')).toHaveAttribute('aria-setsize', '5000');
    // The arrow keys walk the rows (jsdom cannot scroll, so End and far moves are checked in a real browser).
    first.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Site 00002'));
    expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', '3');
    await userEvent.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Site 00001'));
  });

  it('keeps every row in the page below 1,000', async () => {
    const data = many(300);
    renderApp({
      override: (file) =>
        file === 'facilities.geojson' ? new Response(JSON.stringify(data), { status: 200 }) : undefined,
    });
    await screen.findByText('300 facilities shown');
    expect(document.querySelectorAll('#facility-list button.list-item')).toHaveLength(300);
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LAYER, SOURCE } from '../../src/map/layers/ids';
import { useStore } from '../../src/store/store';
import { startUrlSync } from '../../src/store/url-sync';
import { renderApp } from './render-app';

async function ready() {
  const view = renderApp();
  await screen.findByText('4 facilities shown');
  const map = view.engine.maps.at(-1);
  if (!map) throw new Error('no map');
  await waitFor(() => expect(map.hasLayer(LAYER.facilities)).toBe(true));
  return { ...view, map };
}

const listNames = () =>
  within(document.getElementById('facility-list') ?? document.body)
    .queryAllByRole('button', { pressed: false })
    .concat(
      within(document.getElementById('facility-list') ?? document.body).queryAllByRole('button', {
        pressed: true,
      }),
    )
    .map((b) => b.getAttribute('data-id'))
    .filter(Boolean)
    .sort();

describe('filters', () => {
  it('each option shows how many it would leave; choosing one filters map and list alike', async () => {
    const { map } = await ready();
    const filters = screen.getByRole('region', { name: 'Filters' });
    const us = within(filters).getByRole('checkbox', { name: /United States/ });
    expect(us.closest('label')).toHaveTextContent('United States2');
    await userEvent.click(us);
    expect(screen.getByText('2 facilities shown')).toBeInTheDocument();
    expect(listNames()).toEqual(['fab-south', 'uni-west']);
    expect(map.idsIn(SOURCE.facilities)).toEqual(['fab-south', 'uni-west']);
    // Counts of the other facets follow: only one US fab is left.
    expect(screen.getByRole('checkbox', { name: /Wafer fab/ }).closest('label')).toHaveTextContent(/1$/);
  });

  it('"only" isolates a category in one click; a second click shows them all again', async () => {
    await ready();
    await userEvent.click(screen.getByRole('button', { name: 'Show only Wafer fab' }));
    expect(useStore.getState().categories).toEqual(['fab']);
    expect(listNames()).toEqual(['fab-north', 'fab-south']);
    await userEvent.click(screen.getByRole('button', { name: /Show every category again/ }));
    expect(screen.getByText('4 facilities shown')).toBeInTheDocument();
  });

  it('one action clears every filter', async () => {
    await ready();
    await userEvent.click(screen.getByRole('checkbox', { name: /Coalition members only/ }));
    expect(screen.getByText('1 facility shown')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Wafer fab/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(screen.getByText('4 facilities shown')).toBeInTheDocument();
    expect(useStore.getState().coalitionOnly).toBe(false);
  });

  it('the timeline shows the corridor as of a year', async () => {
    await ready();
    await userEvent.click(screen.getByRole('checkbox', { name: /Show the corridor as of a year/ }));
    const slider = screen.getByRole('slider', { name: 'Year' });
    act(() => useStore.getState().patch({ year: 1980 }));
    expect(slider).toHaveValue('1980');
    expect(listNames()).toEqual(['fab-north']);
    expect(screen.getByText(/3 facilities without recorded dates are hidden/)).toBeInTheDocument();
  });
});

describe('search', () => {
  it('forgives accents, filters as you type, and Enter selects and flies to the facility', async () => {
    const { map } = await ready();
    const box = screen.getByRole('combobox', { name: 'Search' });
    await userEvent.type(box, 'universite de sherbrooke');
    expect(screen.getByText('1 facility shown')).toBeInTheDocument();
    const options = within(screen.getByRole('listbox', { name: 'Suggestions' })).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('Université de Sherbrooke');
    await userEvent.keyboard('{Enter}');
    expect(useStore.getState().selectedId).toBe('lab-east');
    await waitFor(() =>
      expect(map.callsOf('moveTo').at(-1)?.camera).toEqual({ lon: -71.9, lat: 45.4, zoom: 12 }),
    );
    expect(screen.getByRole('region', { name: 'Université de Sherbrooke' })).toBeInTheDocument();
    // The choice is the answer: the text no longer filters the map and the list.
    expect(box).toHaveValue('');
    expect(useStore.getState().query).toBe('');
    expect(screen.getByText('4 facilities shown')).toBeInTheDocument();
  });

  it('shows a search that filters as a removable chip beside the count', async () => {
    await ready();
    await userEvent.type(screen.getByRole('combobox', { name: 'Search' }), 'fab');
    expect(screen.getByText('2 facilities shown')).toBeInTheDocument();
    const list = document.getElementById('facility-list') ?? document.body;
    expect(within(list).getByText('Search: fab')).toBeInTheDocument();
    await userEvent.click(within(list).getByRole('button', { name: 'Remove the search “fab”' }));
    expect(screen.getByText('4 facilities shown')).toBeInTheDocument();
    expect(within(list).queryByText(/Search:/)).toBeNull();
  });

  it('finds French terms and Escape clears the search', async () => {
    await ready();
    const box = screen.getByRole('combobox', { name: 'Search' });
    await userEvent.type(box, 'Encapsulation');
    expect(screen.getByText('1 facility shown')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}{Escape}');
    expect(box).toHaveValue('');
    expect(screen.getByText('4 facilities shown')).toBeInTheDocument();
  });
});

describe('list', () => {
  it('is operable with the keyboard alone: arrows move, Enter selects, Escape clears', async () => {
    await ready();
    const items = within(document.getElementById('facility-list') ?? document.body).getAllByRole('button', {
      pressed: false,
    });
    items[0]?.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    expect(useStore.getState().hoveredId).toBe(items[1]?.getAttribute('data-id'));
    await userEvent.keyboard('{Enter}');
    expect(useStore.getState().selectedId).toBe(items[1]?.getAttribute('data-id'));
    await userEvent.keyboard('{Escape}');
    expect(useStore.getState().selectedId).toBeNull();
  });

  it('hovering an item rings it on the map; hovering a point highlights the item', async () => {
    const { map } = await ready();
    await userEvent.hover(screen.getByRole('button', { name: /Testville, NY/ }));
    // Ringed from its own source: the ring shows even when the facility sits inside a bubble.
    expect(map.idsIn(SOURCE.facilityHover)).toEqual(['fab-south']);
    act(() => map.hover(LAYER.facilities, 'lab-east'));
    expect(screen.getByRole('button', { name: /Université de Sherbrooke/ })).toHaveClass('hovered');
    // A short tooltip names it, with its category and status, as text.
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Université de SherbrookeResearch centre · Operating',
    );
    act(() => map.hover(LAYER.facilities, 'uni-west'));
    expect(screen.getByRole('tooltip').innerHTML).not.toContain('<img');
    act(() => map.hover(LAYER.facilities, null));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('sorts by category', async () => {
    await ready();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'category');
    const order = within(document.getElementById('facility-list') ?? document.body)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('button.list-item')?.getAttribute('data-id'));
    expect(order).toEqual(['fab-north', 'fab-south', 'lab-east', 'uni-west']);
  });
});

describe('map interactions', () => {
  it('a click on stacked facilities opens a chooser listing them all', async () => {
    const { map } = await ready();
    map.idsUnderPointer = ['fab-north', 'lab-east'];
    act(() =>
      map.clickHandlers.get(LAYER.facilities)?.({
        featureId: 'fab-north',
        lngLat: [-72.7, 45.3],
        point: [50, 60],
      }),
    );
    const chooser = await screen.findByRole('dialog', { name: '2 facilities here' });
    await userEvent.click(within(chooser).getByRole('button', { name: /Université de Sherbrooke/ }));
    expect(useStore.getState().selectedId).toBe('lab-east');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('"Zoom to" in the details moves the map to the facility', async () => {
    const { map } = await ready();
    await userEvent.click(screen.getByRole('button', { name: /Testville, NY/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Zoom to' }));
    await waitFor(() =>
      expect(map.callsOf('moveTo').at(-1)).toEqual({
        method: 'moveTo',
        camera: { lon: -73.75, lat: 42.9, zoom: 12 },
        animate: true,
      }),
    );
  });
});

describe('the view in the URL', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    window.history.replaceState(null, '', '/');
  });

  it('mirrors changes into the URL, camera moves without new history entries, and back restores', async () => {
    const { map } = await ready();
    window.history.replaceState(null, '', '/?embed=region');
    stop = startUrlSync(window);
    const entries = window.history.length;
    await userEvent.click(screen.getByRole('checkbox', { name: /Wafer fab/ }));
    expect(window.location.search).toContain(
      'cat=packaging%2Cresearch%2Cuniversity%2Csupplier%2Corganization',
    );
    expect(window.location.search).toContain('embed=region');
    expect(window.history.length).toBe(entries + 1);

    act(() => map.userMovesTo({ lon: -72.5, lat: 45.1, zoom: 8 }));
    act(() => map.userMovesTo({ lon: -72.6, lat: 45.2, zoom: 8.5 }));
    expect(window.location.search).toContain('cam=-72.6%2C45.2%2C8.5');
    expect(window.history.length).toBe(entries + 1);

    window.history.replaceState(null, '', '/?lang=fr&sel=fab-south&year=bogus');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(useStore.getState().lang).toBe('fr');
    expect(useStore.getState().selectedId).toBe('fab-south');
    expect(useStore.getState().year).toBeNull();
    expect(await screen.findByText('4 installations affichées')).toBeInTheDocument();
  });
});

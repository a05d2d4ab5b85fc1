import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LAYER } from '../../src/map/layers/ids';
import { useStore } from '../../src/store/store';
import { renderApp } from './render-app';

async function ready() {
  const view = renderApp();
  await screen.findByText('4 facilities shown');
  const map = view.engine.maps.at(-1)!;
  await waitFor(() => expect(map.hasLayer(LAYER.facilities)).toBe(true));
  await screen.findByRole('button', { name: 'The north' });
  return { ...view, map };
}

describe('scenes and shortcuts', () => {
  it('→ flies to the next scene and applies its filters when the camera arrives', async () => {
    const { map } = await ready();
    await userEvent.keyboard('{ArrowRight}');
    expect(useStore.getState().sceneIndex).toBe(0);
    // The flight first: the camera moves, the filters wait for the arrival.
    expect(useStore.getState().camera).toEqual({ lon: -72.7, lat: 45.3, zoom: 8 });
    expect(useStore.getState().countries).toEqual([]);
    act(() => map.arrive());
    expect(useStore.getState().countries).toEqual(['CA']);
    expect(document.querySelector('.scene-caption')).toHaveTextContent('The northCanadian fabs.');
    await userEvent.keyboard('{ArrowRight}');
    act(() => map.arrive());
    expect(useStore.getState()).toMatchObject({
      sceneIndex: 1,
      selectedId: 'fab-south',
      categories: ['fab'],
      countries: [],
    });
  });
});

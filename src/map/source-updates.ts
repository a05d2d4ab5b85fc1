import { GeoJSONSource, type GeoJSONSourceSpecification, type Map as MaplibreMap } from 'maplibre-gl';
import { indexSent, sourceDiff, type Sent } from './source-diff';

type SourceData = GeoJSONSourceSpecification['data'];

/** Runs `task` once the browser has painted its next frame: a task queued from a frame callback runs after it. */
function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * The data of a map's GeoJSON sources, sent to MapLibre after the next paint: a filter change first shows its
 * answer in the page (the list, the counts), then the map's share of the work (the diff, MapLibre's copy of it
 * to its worker: ~0.1 s at 100k facilities) runs in a task of its own instead of delaying that frame. Changes
 * made within one frame are sent once, the last data of each source. `busy` is called when a change starts
 * waiting (the map is not idle until it has been drawn); `waiting` says whether one still is.
 */
export function sourceUpdates(map: MaplibreMap, gone: () => boolean, busy: () => void) {
  // What each source was given last, so a change can be sent as a diff.
  const given = new Map<string, Sent | null>();
  const pending = new Map<string, SourceData>();
  let scheduled = false;

  /** Sends one source its data, only what changed when that is smaller; whether anything was sent. */
  const send = (id: string, data: SourceData): boolean => {
    const source = map.getSource(id);
    if (!(source instanceof GeoJSONSource)) return false;
    const { diff, sent } = sourceDiff(given.get(id), data);
    given.set(id, sent);
    if (!diff) void source.setData(data);
    else if (diff.remove || diff.add) void source.updateData(diff);
    else return false;
    return true;
  };

  const flush = () => {
    scheduled = false;
    if (gone()) return pending.clear();
    let sent = false;
    for (const [id, data] of pending) sent = send(id, data) || sent;
    pending.clear();
    // Nothing changed after all: a frame, so that an idle follows (MapLibre fires it after drawing).
    if (!sent) map.triggerRepaint();
  };

  return {
    added(id: string, data: SourceData) {
      given.set(id, indexSent(data));
    },
    set(id: string, data: SourceData) {
      pending.set(id, data);
      if (scheduled) return;
      scheduled = true;
      busy();
      afterNextPaint(flush);
    },
    removed(id: string) {
      given.delete(id);
      pending.delete(id);
    },
    get waiting() {
      return pending.size > 0;
    },
  };
}

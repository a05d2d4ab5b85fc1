import { useEffect, useRef, useState, type ReactNode } from 'react';
import { BASEMAP_EXTENT, INITIAL_BOUNDS } from '../datasets/vocabulary';
import type { Lang } from '../i18n/translate';
import { MapHandleContext, useMapEngine } from './map-context';
import type { MapHandle } from './map-handle';
import { baseStyle } from './style';
import { mapLocale } from './locale';

interface MapViewProps {
  label: string;
  lang: Lang;
  /** What to say when the browser takes the map's WebGL context away, and the button that brings the map back. */
  lostText?: { message: string; reload: string };
  /** Embedded in another page: the wheel and one finger scroll the page; Ctrl/⌘ + wheel or two fingers move the map. */
  cooperativeGestures?: boolean;
  /**
   * Whether every dataset the map draws has arrived (or failed): `data-map-idle` is true only after an idle
   * that follows it, so it means "the data layers are drawn", never the background-only idle before data.
   */
  dataSettled?: boolean;
  children?: ReactNode;
}

/**
 * Owns the map: creates it once, removes it on unmount (StrictMode mounts twice: the first map is
 * removed cleanly), and renders its children — sources and layers — once the style has loaded.
 */
export function MapView({
  label,
  lang,
  cooperativeGestures = false,
  dataSettled = true,
  lostText,
  children,
}: MapViewProps) {
  const engine = useMapEngine();
  const containerRef = useRef<HTMLDivElement>(null);
  // The map and the generation it was created for: children render only on the current generation's map.
  const [created, setCreated] = useState<{ map: MapHandle; generation: number } | null>(null);
  // Read once at creation: the parent re-creates the map (key) when the language changes.
  const initialLang = useRef(lang);
  const cooperative = useRef(cooperativeGestures);
  // A lost WebGL context: the map says so and offers a reload; a restored one (or the reload) re-creates the
  // map, so every source, layer, filter and the camera are applied again from the app's state.
  const [generation, setGeneration] = useState(0);
  const [lost, setLost] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let live = true;
    const handle = engine.create({
      container,
      style: baseStyle(),
      bounds: INITIAL_BOUNDS,
      maxBounds: BASEMAP_EXTENT,
      locale: mapLocale(initialLang.current),
      cooperativeGestures: cooperative.current,
    });
    // No WebGL 2 context after all: the engine says so and the app replaces the map with its list-only view.
    if (!handle) return;
    handle.onLoad(() => {
      if (live) setCreated({ map: handle, generation });
    });
    const offContext = handle.onContextChange((state) => {
      if (!live) return;
      if (state === 'lost') setLost(true);
      else {
        setLost(false);
        setGeneration((g) => g + 1);
      }
    });
    return () => {
      live = false;
      offContext();
      setCreated(null);
      handle.remove();
    };
  }, [engine, generation]);

  const map = created && created.generation === generation ? created.map : null;

  // `data-map-idle` (browser tests and benchmarks wait for it): an idle of this map after its data settled. The
  // children's effects (sources and layers added) run before this one, so the idle awaited includes them.
  useEffect(() => {
    const container = containerRef.current;
    if (!map || !container) return;
    let idle = false;
    const write = () => container.setAttribute('data-map-idle', String(idle && dataSettled));
    write();
    return map.onIdleChange((value) => {
      idle = value;
      write();
    });
  }, [map, dataSettled]);

  return (
    // A new container each time the map is re-created: nothing of a map whose context was lost stays in it.
    <div
      key={generation}
      className="map-view"
      ref={containerRef}
      role="region"
      aria-label={label}
      data-map-ready={map ? 'true' : 'false'}
    >
      {map && !lost && <MapHandleContext value={map}>{children}</MapHandleContext>}
      {lost && lostText && (
        <div className="map-lost" role="alert">
          <p>{lostText.message}</p>
          <button
            type="button"
            onClick={() => {
              setLost(false);
              setGeneration((g) => g + 1);
            }}
          >
            {lostText.reload}
          </button>
        </div>
      )}
    </div>
  );
}

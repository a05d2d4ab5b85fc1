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
  /** Embedded in another page: the wheel and one finger scroll the page; Ctrl/⌘ + wheel or two fingers move the map. */
  cooperativeGestures?: boolean;
  children?: ReactNode;
}

/**
 * Owns the map: creates it once, removes it on unmount (StrictMode mounts twice: the first map is
 * removed cleanly), and renders its children — sources and layers — once the style has loaded.
 */
export function MapView({ label, lang, cooperativeGestures = false, children }: MapViewProps) {
  const engine = useMapEngine();
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapHandle | null>(null);
  // Read once at creation: the parent re-creates the map (key) when the language changes.
  const initialLang = useRef(lang);
  const cooperative = useRef(cooperativeGestures);

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
    handle.onLoad(() => {
      if (live) setMap(handle);
    });
    return () => {
      live = false;
      setMap(null);
      handle.remove();
    };
  }, [engine]);

  return (
    <div
      className="map-view"
      ref={containerRef}
      role="region"
      aria-label={label}
      data-map-ready={map ? 'true' : 'false'}
    >
      {map && <MapHandleContext value={map}>{children}</MapHandleContext>}
    </div>
  );
}

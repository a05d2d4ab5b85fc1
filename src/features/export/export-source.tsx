import { useEffect } from 'react';
import { useMapHandle } from '../../map/map-context';
import { setExportMap } from './map-image';

/** Rendered inside the map: makes the current map available to the PNG export and the print layout. */
export function ExportSource() {
  const map = useMapHandle();
  useEffect(() => {
    setExportMap(map);
    return () => setExportMap(null);
  }, [map]);
  return null;
}

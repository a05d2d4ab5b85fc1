import { leftOutOf } from '../../datasets/fetch-geo';
import { useQuery } from '@tanstack/react-query';
import {
  basemapQuery,
  borderQuery,
  facilitiesQuery,
  GEO_FILES,
  scenesQuery,
  nodesQuery,
  routesQuery,
} from '../../datasets/queries';
import { useT } from '../language/use-t';

/**
 * Loading and error state of every data file: a file that fails shows its own error, naming the file,
 * with a retry; the others keep working.
 */
export function DataStatus() {
  return (
    <div className="data-status">
      <QueryStatus file={GEO_FILES.facilities} query={facilitiesQuery} />
      <QueryStatus file={GEO_FILES.routes} query={routesQuery} />
      <QueryStatus file={GEO_FILES.nodes} query={nodesQuery} />
      <QueryStatus file={GEO_FILES.basemap} query={basemapQuery} />
      <QueryStatus file={GEO_FILES.border} query={borderQuery} />
      <QueryStatus file={GEO_FILES.scenes} query={scenesQuery} />
    </div>
  );
}

type GeoQuery =
  | typeof facilitiesQuery
  | typeof routesQuery
  | typeof nodesQuery
  | typeof basemapQuery
  | typeof borderQuery
  | typeof scenesQuery;

function QueryStatus({ file, query }: { file: string; query: GeoQuery }) {
  const t = useT();
  // Each instance always receives the same query, so the hook's result type is stable per component.
  const result = useQuery<unknown>(query as Parameters<typeof useQuery<unknown>>[0]);
  if (result.isPending) {
    return (
      <p role="status" className="loading">
        {t('data.loading', { file })}
      </p>
    );
  }
  if (!result.isError) {
    // Loaded but empty: say so, rather than leave the map or the list to look filtered.
    if (isEmpty(result.data)) {
      return (
        <p role="status" className="error">
          {t('data.empty', { file })}
        </p>
      );
    }
    const leftOut = leftOutOf(result.data);
    if (leftOut.length === 0) return null;
    return (
      <div role="status" className="error">
        <p>{t('data.partial', { count: leftOut.length, file })}</p>
        <details>
          <summary>{t('data.details')}</summary>
          <ul className="error-detail">
            {leftOut.slice(0, 20).map((l) => (
              <li key={l.index}>
                #{l.index}
                {l.id ? ` (${l.id})` : ''}: {l.detail}
              </li>
            ))}
          </ul>
        </details>
      </div>
    );
  }
  return (
    <div role="alert" className="error">
      <p>
        <strong>{t('data.error', { file })}</strong>
      </p>
      <details>
        <summary>{t('data.details')}</summary>
        <p className="error-detail">{result.error.message}</p>
      </details>
      <button type="button" onClick={() => void result.refetch()} disabled={result.isFetching}>
        {t('data.retry')}
      </button>
    </div>
  );
}

/** A FeatureCollection without features, or a scenes file without scenes. */
function isEmpty(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  if ('features' in data && Array.isArray(data.features)) return data.features.length === 0;
  if ('scenes' in data && Array.isArray(data.scenes)) return data.scenes.length === 0;
  return false;
}

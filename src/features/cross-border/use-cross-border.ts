import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { borderQuery, nodesQuery } from '../../datasets/queries';
import type { NodeFeature } from '../../datasets/schemas';
import { loadBorder, type PreparedBorder } from '../../spatial';

/** The border prepared once per loaded file, for distance queries. */
export function usePreparedBorder(): PreparedBorder | undefined {
  const { data } = useQuery(borderQuery);
  return useMemo(() => (data ? loadBorder(data, 'border.json') : undefined), [data]);
}

/** The land ports of entry (road crossings), the points a via-port distance goes through. */
export function usePorts(): NodeFeature[] | undefined {
  const { data } = useQuery(nodesQuery);
  return useMemo(() => data?.features.filter((f) => f.properties.kind === 'port-of-entry'), [data]);
}

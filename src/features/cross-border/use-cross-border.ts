import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { borderQuery, nodesQuery } from '../../datasets/queries';
import type { NodeFeature } from '../../datasets/schemas';
import { loadBorder, type PreparedBorder } from '../../spatial';
import { useStore } from '../../store/store';
import type { PortTraffic } from '../../store/view-state';

/** The border prepared once per loaded file, for distance queries. */
export function usePreparedBorder(): PreparedBorder | undefined {
  const { data } = useQuery(borderQuery);
  return useMemo(() => (data ? loadBorder(data, 'border.json') : undefined), [data]);
}

/**
 * The land ports of entry (road crossings) a via-port distance goes through: with the store's `traffic`
 * 'trucks', only those that clear commercial trucks; with 'all', every one.
 */
export function usePorts(): NodeFeature[] | undefined {
  const { data } = useQuery(nodesQuery);
  const traffic = useStore((s) => s.traffic);
  return useMemo(() => (data ? portsFor(data.features, traffic) : undefined), [data, traffic]);
}

/** The ports of entry among `nodes` that serve `traffic` (trucks: `commercial` true). */
export function portsFor(nodes: readonly NodeFeature[], traffic: PortTraffic): NodeFeature[] {
  return nodes.filter(
    (f) => f.properties.kind === 'port-of-entry' && (traffic === 'all' || f.properties.commercial === true),
  );
}

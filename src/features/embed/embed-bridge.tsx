import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { facilitiesQuery, nodesQuery, routesQuery } from '../../datasets/queries';
import {
  parseRequest,
  PROTOCOL,
  VERSION,
  type EmbedEvent,
  type EmbedRequest,
  type EmbedView,
  type ResponseMessage,
} from '../../embed/protocol';
import { useStore } from '../../store/store';
import type { EmbedConfig } from './embed-config';
import { filtersOf, filtersPatch, viewOf } from './embed-view';

/** The host page's origin, if the browser tells it (ancestorOrigins, else the referrer). */
function parentOrigin(win: Window): string | null {
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : null;
  } catch {
    return null;
  }
}

/**
 * Talks with the host page over postMessage (src/embed/protocol.ts): answers its requests and announces
 * ready, selection, view and filter changes and the height the map would like. It listens only to
 * window.parent, only to the origins the snippet allowed (`host=`), and posts only to the host's own origin
 * when it is one of them (never "*"). Anything else is ignored, silently.
 */
export function EmbedBridge({ config, win = window }: { config: EmbedConfig; win?: Window }) {
  const facilities = useQuery(facilitiesQuery).data;
  const routes = useQuery(routesQuery).data;
  const nodes = useQuery(nodesQuery).data;
  const known = useMemo(
    () =>
      new Set(
        [...(facilities?.features ?? []), ...(routes?.features ?? []), ...(nodes?.features ?? [])].map(
          (f) => f.id,
        ),
      ),
    [facilities, routes, nodes],
  );
  const host = useMemo(() => {
    const origin = parentOrigin(win);
    return origin !== null && win.parent !== win && config.hosts.includes(origin) ? origin : null;
  }, [config.hosts, win]);
  const announce = useCallback(
    (event: EmbedEvent) => {
      if (host) win.parent.postMessage({ protocol: PROTOCOL, version: VERSION, event }, host);
    },
    [host, win],
  );

  // Requests: from the parent window, from an allowed origin, in the protocol; answered to that origin.
  useEffect(() => {
    if (config.hosts.length === 0) return;
    const answer = (
      request: EmbedRequest,
    ): { ok: true; result: EmbedView } | { ok: false; error: string } => {
      const store = useStore.getState();
      switch (request.type) {
        case 'setFilters': {
          const result = filtersPatch(request.filters);
          if ('error' in result) return { ok: false, error: result.error };
          store.patch(result.patch);
          break;
        }
        case 'select':
          if (request.id !== null && !known.has(request.id)) {
            return { ok: false, error: `select: no facility, route or node has the id "${request.id}"` };
          }
          store.select(request.id);
          break;
        case 'flyTo':
          store.setCamera(request.camera);
          break;
        case 'setLanguage':
          store.setLang(request.lang);
          break;
        case 'getView':
          break;
      }
      return { ok: true, result: viewOf(useStore.getState()) };
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== win.parent || win.parent === win || !config.hosts.includes(event.origin)) return;
      const message = parseRequest(event.data);
      if (!message) return;
      const reply: ResponseMessage = {
        protocol: PROTOCOL,
        version: VERSION,
        id: message.id,
        ...answer(message.request),
      };
      win.parent.postMessage(reply, event.origin);
    };
    win.addEventListener('message', onMessage);
    return () => win.removeEventListener('message', onMessage);
  }, [config.hosts, win, known]);

  // Events: the store's selection, filters and view as they change.
  useEffect(
    () =>
      useStore.subscribe((state, previous) => {
        if (state.selectedId !== previous.selectedId)
          announce({ type: 'selectionchange', id: state.selectedId });
        const filters = filtersOf(state);
        if (JSON.stringify(filters) !== JSON.stringify(filtersOf(previous))) {
          announce({ type: 'filterchange', filters });
        }
        const view = viewOf(state);
        if (view.query !== viewOf(previous).query) announce({ type: 'viewchange', view });
      }),
    [announce],
  );

  // Ready once the facilities are there.
  const ready = facilities !== undefined;
  useEffect(() => {
    if (ready) announce({ type: 'ready', view: viewOf(useStore.getState()) });
  }, [ready, announce]);

  // The height the map would like (for a host's `height: 'auto'`): proportional to the frame's width.
  useEffect(() => {
    const report = () => {
      const width = win.document.documentElement.clientWidth;
      announce({ type: 'resize', height: preferredHeight(width) });
    };
    report();
    win.addEventListener('resize', report);
    return () => win.removeEventListener('resize', report);
  }, [win, announce]);

  return null;
}

/** A map about 5:8 of its width, never shorter than 320 px (the overlay's needs) nor taller than 720 px. */
export function preferredHeight(width: number): number {
  return Math.round(Math.min(720, Math.max(320, width * 0.625)));
}

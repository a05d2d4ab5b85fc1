/**
 * The host SDK, served by the app itself as `embed.js` (its own build, no dependencies):
 *
 *   import { CorridorMap } from 'https://maps.example.org/embed.js';
 *   const map = await CorridorMap.embed(document.querySelector('#map'), { lang: 'fr', height: 'auto' });
 *   map.on('selectionchange', ({ id }) => console.log(id));
 *   await map.setFilters({ categories: ['fab'] });
 *
 * It creates the iframe (with `embed=1` and `host=` set to this page's origin, the only origin the app will
 * talk to), and speaks the protocol of protocol.ts with it: requests are answered or rejected with a clear
 * error, events are checked before they reach a listener, and messages from anywhere else are ignored.
 */
import {
  parseAppMessage,
  PROTOCOL,
  VERSION,
  type EmbedCamera,
  type EmbedEvent,
  type EmbedFilters,
  type EmbedRequest,
  type EmbedView,
  type RequestMessage,
} from './protocol';

export type { EmbedCamera, EmbedFilters, EmbedView };

export interface EmbedOptions {
  /** The starting view: a query string as in a shared link ("cat=fab&cam=-72.7,45.3,8"), or its parameters. */
  view?: string | Record<string, string>;
  /** 'en', 'fr', or 'auto' (the visitor's browser language). */
  lang?: 'en' | 'fr' | 'auto';
  /** 'light', 'dark', or an accent colour as #rrggbb (adjusted if it lacks contrast). */
  theme?: string;
  /** Which panels the visitor can open: any of search, legend, filters, list, details; [] for none. */
  panels?: string[];
  /** A CSS height, or 'auto' to follow the height the map asks for. Default 'auto'. */
  height?: string | 'auto';
  /** The frame's accessible title. */
  title?: string;
  /** Milliseconds to wait for the map to be ready and for each answer. Default 15000. */
  timeoutMs?: number;
}

type EventName = 'ready' | 'selectionchange' | 'viewchange' | 'filterchange';
type EventOf<N extends EventName> = Extract<EmbedEvent, { type: N }>;

export interface CorridorMapController {
  readonly iframe: HTMLIFrameElement;
  setFilters(filters: EmbedFilters): Promise<EmbedView>;
  select(id: string | null): Promise<EmbedView>;
  flyTo(camera: EmbedCamera): Promise<EmbedView>;
  setLanguage(lang: 'en' | 'fr'): Promise<EmbedView>;
  getView(): Promise<EmbedView>;
  /** Listens to an event; returns the function that stops listening. */
  on<N extends EventName>(name: N, listener: (event: EventOf<N>) => void): () => void;
  /** Removes the frame and stops listening. */
  destroy(): void;
}

/** Where the app is: the folder embed.js is served from. */
function appUrl(): URL {
  return new URL(/* @vite-ignore */ './', import.meta.url);
}

function frameSrc(options: EmbedOptions): string {
  const url = appUrl();
  const params = new URLSearchParams(
    typeof options.view === 'string' ? options.view.replace(/^\?/, '') : (options.view ?? {}),
  );
  params.set('embed', '1');
  params.set('host', window.location.origin);
  if (options.lang) params.set('lang', options.lang);
  if (options.theme) params.set('theme', options.theme);
  if (options.panels) params.set('panels', options.panels.length ? options.panels.join(',') : 'none');
  url.search = params.toString();
  return url.href;
}

function embed(element: Element, options: EmbedOptions = {}): Promise<CorridorMapController> {
  if (!(element instanceof HTMLElement)) {
    return Promise.reject(new Error('CorridorMap.embed: the first argument must be an HTML element'));
  }
  const timeoutMs = options.timeoutMs ?? 15_000;
  const origin = appUrl().origin;
  const iframe = document.createElement('iframe');
  iframe.src = frameSrc(options);
  iframe.title = options.title ?? 'Corridor Map';
  iframe.loading = 'lazy';
  iframe.style.border = '0';
  iframe.style.width = '100%';
  iframe.style.display = 'block';
  const auto = (options.height ?? 'auto') === 'auto';
  iframe.style.height = auto ? '480px' : (options.height ?? '480px');
  iframe.setAttribute('allow', 'fullscreen');

  const listeners = new Map<EventName, Set<(event: EmbedEvent) => void>>();
  const pending = new Map<
    string,
    { resolve: (v: EmbedView) => void; reject: (e: Error) => void; timer: number }
  >();
  let counter = 0;
  let onReady: ((view: EmbedView) => void) | undefined;

  const onMessage = (event: MessageEvent) => {
    // Only the frame we made, from the app's origin, in our protocol.
    if (event.source !== iframe.contentWindow || event.origin !== origin) return;
    const message = parseAppMessage(event.data);
    if (!message) return;
    if ('event' in message) {
      const e = message.event;
      if (e.type === 'resize') {
        if (auto) iframe.style.height = `${Math.round(e.height)}px`;
        return;
      }
      if (e.type === 'ready') onReady?.(e.view);
      for (const listener of listeners.get(e.type) ?? []) listener(e);
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    window.clearTimeout(waiting.timer);
    if (message.ok) waiting.resolve(message.result as EmbedView);
    else waiting.reject(new Error(`CorridorMap: ${message.error}`));
  };
  window.addEventListener('message', onMessage);

  const request = (req: EmbedRequest): Promise<EmbedView> =>
    new Promise((resolve, reject) => {
      const target = iframe.contentWindow;
      if (!target) {
        reject(new Error(`CorridorMap: the map frame is gone (${req.type})`));
        return;
      }
      const id = `r${++counter}`;
      const timer = window.setTimeout(() => {
        pending.delete(id);
        reject(new Error(`CorridorMap: no answer to ${req.type} within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      const message: RequestMessage = { protocol: PROTOCOL, version: VERSION, id, request: req };
      target.postMessage(message, origin);
    });

  const controller: CorridorMapController = {
    iframe,
    setFilters: (filters) => request({ type: 'setFilters', filters }),
    select: (id) => request({ type: 'select', id }),
    flyTo: (camera) => request({ type: 'flyTo', camera }),
    setLanguage: (lang) => request({ type: 'setLanguage', lang }),
    getView: () => request({ type: 'getView' }),
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      const wrapped = listener as (event: EmbedEvent) => void;
      set.add(wrapped);
      listeners.set(name, set);
      return () => set.delete(wrapped);
    },
    destroy() {
      window.removeEventListener('message', onMessage);
      for (const { timer, reject } of pending.values()) {
        window.clearTimeout(timer);
        reject(new Error('CorridorMap: the map was removed'));
      }
      pending.clear();
      iframe.remove();
    },
  };

  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => {
      controller.destroy();
      reject(new Error(`CorridorMap.embed: the map did not become ready within ${timeoutMs} ms`));
    }, timeoutMs);
    onReady = () => {
      window.clearTimeout(timer);
      onReady = undefined;
      resolve(controller);
    };
    element.append(iframe);
  });
}

export const CorridorMap = { embed };

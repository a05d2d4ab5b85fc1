import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { Providers } from './app/providers';
import { maplibreEngine } from './map/maplibre-engine';
import { startUrlSync } from './store/url-sync';
import './app/styles.css';
import { embedConfig } from './features/embed/embed-config';
import { applyTheme } from './features/embed/theme';
import { PresenterView } from './features/presenter/presenter-view';
import { registerSW } from 'virtual:pwa-register';
import { reportUpdate } from './features/offline/app-update';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const embed = embedConfig(window.location.search, window.parent !== window);
applyTheme(embed.theme, document.documentElement);
// The presenter view (a second window) drives the audience window; it has no view of its own to keep.
const presenterView = new URLSearchParams(window.location.search).get('presenter') === '1';
// Inside a frame, the host page's Back button must not step through our filters.
if (!presenterView) startUrlSync(window, { replaceOnly: embed.inFrame || embed.embedded });

// Offline after the first visit (vite-plugin-pwa / Workbox). A new build waits until the user reloads into it.
const applyUpdate = registerSW({
  onNeedRefresh: () => reportUpdate({ waiting: true, apply: () => void applyUpdate(true) }),
  onOfflineReady: () => reportUpdate({ offlineReady: true }),
});
if (navigator.serviceWorker?.controller) reportUpdate({ offlineReady: true });

createRoot(root).render(
  <StrictMode>
    <Providers engine={maplibreEngine}>{presenterView ? <PresenterView /> : <App embed={embed} />}</Providers>
  </StrictMode>,
);

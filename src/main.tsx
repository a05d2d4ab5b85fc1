import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { Providers } from './app/providers';
import { maplibreEngine } from './map/maplibre-engine';
import { startUrlSync } from './store/url-sync';
import './app/styles.css';
import { embedConfig } from './features/embed/embed-config';
import { applyTheme } from './features/embed/theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const embed = embedConfig(window.location.search, window.parent !== window);
applyTheme(embed.theme, document.documentElement);
// Inside a frame, the host page's Back button must not step through our filters.
startUrlSync(window, { replaceOnly: embed.inFrame || embed.embedded });

createRoot(root).render(
  <StrictMode>
    <Providers engine={maplibreEngine}>
      <App embed={embed} />
    </Providers>
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { Providers } from './app/providers';
import { maplibreEngine } from './map/maplibre-engine';
import { startUrlSync } from './store/url-sync';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

startUrlSync();

createRoot(root).render(
  <StrictMode>
    <Providers engine={maplibreEngine}>
      <App />
    </Providers>
  </StrictMode>,
);

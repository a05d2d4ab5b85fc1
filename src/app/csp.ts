/**
 * The Content-Security-Policy served by `npm start` (vite preview).
 * Scripts, workers and connections come from our own origin only; no inline script, no eval.
 * `frame-ancestors *` is deliberate: economic development offices embed the map in their own sites.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'frame-ancestors *',
].join('; ');

import type { Lang } from '../i18n/translate';

/** MapLibre's control labels (zoom buttons, attribution) in the interface language. */
export function mapLocale(lang: Lang): Record<string, string> {
  if (lang === 'fr') {
    return {
      'NavigationControl.ZoomIn': 'Zoom avant',
      'NavigationControl.ZoomOut': 'Zoom arrière',
      'NavigationControl.ResetBearing': 'Réinitialiser l’orientation',
      'AttributionControl.ToggleAttribution': 'Afficher ou masquer les attributions',
      'ScaleControl.Kilometers': 'km',
      'ScaleControl.Meters': 'm',
      'Map.Title': 'Carte',
      'CooperativeGesturesHandler.WindowsHelpText': 'Utilisez Ctrl + défilement pour zoomer la carte',
      'CooperativeGesturesHandler.MacHelpText': 'Utilisez ⌘ + défilement pour zoomer la carte',
      'CooperativeGesturesHandler.MobileHelpText': 'Utilisez deux doigts pour déplacer la carte',
    };
  }
  return {
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Reset bearing to north',
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Meters': 'm',
    'Map.Title': 'Map',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  };
}

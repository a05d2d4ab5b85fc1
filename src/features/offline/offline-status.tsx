import { useState } from 'react';
import { useT } from '../language/use-t';
import { useAppUpdate, useOnline } from './app-update';

/**
 * Says when the device is offline (everything shown still works from the copy kept on this device) and when a
 * new version of the app is available, with a button to reload into it when the user chooses.
 */
export function OfflineStatus() {
  const t = useT();
  const online = useOnline();
  const update = useAppUpdate();
  const [later, setLater] = useState(false);
  const showUpdate = update.waiting && update.apply && !later;
  if (online && !showUpdate) return null;
  return (
    <div className="app-notices" role="status">
      {!online && (
        <p className="offline-note">
          <strong>{t('offline.title')}</strong> {t(update.offlineReady ? 'offline.ready' : 'offline.partial')}
        </p>
      )}
      {showUpdate && (
        <p className="update-note">
          {t('update.available')}{' '}
          <button type="button" onClick={() => update.apply?.()}>
            {t('update.reload')}
          </button>{' '}
          <button type="button" onClick={() => setLater(true)}>
            {t('update.later')}
          </button>
        </p>
      )}
    </div>
  );
}

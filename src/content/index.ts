import { send } from '../shared/messages';

// Foundation probe: proves the page → service worker → IndexedDB path. The compose UI replaces it.
send('points/list', {})
  .then((points) => {
    document.documentElement.dataset.remotePitchPoints = String(points.length);
  })
  .catch(() => {
    // The page must keep working whatever happens to the extension.
  });

import { send } from '../shared/messages';
send('points/list', {}).then((points) => {
  document.documentElement.dataset.remotePitchPoints = String(points.length);
});

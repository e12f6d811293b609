import { render } from 'preact';
import { App } from '../popup/App';
import { isTabId } from '../popup/app/Tabs';
import { PRINT_BUTTON_ID } from '../popup/meeting/MeetingTab';
import { PrintView } from './PrintView';

/**
 * The options page: the popup's app with room to work, plus the meeting card's print view at
 * `#print`. Other hashes open a tab directly (`#profile`, `#meeting`…).
 */
let shown = '';

function route(root: HTMLElement) {
  const hash = location.hash.slice(1);
  // Back from the print view, the keyboard goes to the button that opened it, not to <body>.
  const returnFocus = shown === 'print' && hash === 'meeting' ? PRINT_BUTTON_ID : undefined;
  shown = hash;
  document.body.classList.toggle('printing', hash === 'print');
  render(hash === 'print' ? <PrintView /> : <App layout="page" initialTab={isTabId(hash) ? hash : 'points'} focusOnLoad={returnFocus} />, root);
}

const root = document.getElementById('app');
if (root) {
  route(root);
  window.addEventListener('hashchange', () => {
    // A different root component: start from a clean tree rather than diffing one into the other.
    render(null, root);
    route(root);
  });
}

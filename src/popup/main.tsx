import { render } from 'preact';
import { App } from './App';
import { loadSnapshot } from './app/usePitchData';

// Asked before the first render: the answer is on its way while preact draws the frame.
const first = loadSnapshot();
// A failure is shown once the app takes the promise; until then it is not "unhandled".
first.catch(() => undefined);
const root = document.getElementById('app');
if (root) render(<App layout="popup" first={first} />, root);

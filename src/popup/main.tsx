import { render } from 'preact';
import { App } from './App';
import { takeFirstLoad } from './app/first-load';

// Asked before the first render (by popup-early.js as the page began, where it ran): the answer
// is often there by the time preact draws its first frame, and else on its way.
const first = takeFirstLoad();
const root = document.getElementById('app');
if (root) render(<App layout="popup" first={first} />, root);

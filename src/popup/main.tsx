import { render } from 'preact';
function App() { return <p>Remote Pitch</p>; }
const root = document.getElementById('app');
if (root) render(<App />, root);

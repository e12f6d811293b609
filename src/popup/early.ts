import { FIRST_LOAD_GLOBAL, startFirstLoad } from './app/first-load';

/**
 * popup-early.js, an async classic script at the top of the popup's page: it asks the worker for
 * the points as soon as it arrives, while the app's modules are still on their way (the browser
 * takes 40-60 ms to hand an extension page its modules on a slow machine), so the first render
 * can often draw them. Async, because a script that held up the parser came later than the
 * modules it was meant to beat.
 */
(globalThis as Record<string, unknown>)[FIRST_LOAD_GLOBAL] = startFirstLoad();

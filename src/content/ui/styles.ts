/**
 * Styles of the launcher, inside its shadow root (the panel's come with its script and from the
 * worker: `compose/panel-host.ts`, `shared/panel-styles.ts`). `all: initial !important` on the
 * host stops the site's inherited fonts and colours leaking in (important declarations in a
 * shadow's :host win over the page's); `direction` is left to follow the page. The theme comes
 * from `data-theme`, which follows the site.
 */
export const UI_CSS = `
:host{all:initial!important;display:inline-block!important;vertical-align:middle!important;
font:13px/1.4 "Google Sans",Roboto,"Segoe UI",system-ui,sans-serif!important;
--bg:#fff;--fg:#1f1f1f;--muted:#5e5e5e;--line:#dadce0;--hover:#f1f3f4;--accent:#0b57d0;--warn:#b3261e}
:host([data-theme=dark]){--bg:#2d2e30;--fg:#e3e3e3;--muted:#bdc1c6;--line:#5f6368;--hover:#3c4043;--accent:#a8c7fa;--warn:#f2b8b5}
:host([data-slot=td]){display:table-cell!important;padding:0 4px!important}
:host([data-slot=div]){display:inline-flex!important;align-items:center!important;margin:0 4px!important}
:host([data-slot=body]){display:block!important;position:relative!important;width:0!important;height:0!important;z-index:1!important}
:host([data-slot=body]) .launcher{position:absolute;height:26px;min-width:26px;padding:0 5px;opacity:.9}
*{box-sizing:border-box}
.launcher{display:inline-flex;align-items:center;gap:4px;height:32px;min-width:32px;padding:0 8px;border:1px solid var(--line);
border-radius:16px;background:var(--bg);color:var(--fg);font:inherit;font-weight:500;cursor:pointer}
.launcher:hover{background:var(--hover)}
.launcher:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
.launcher svg{width:18px;height:18px;fill:currentColor}
.launcher[data-state=reload]{border-color:var(--warn);color:var(--warn)}
.badge{font-size:11px;color:var(--muted)}
.note{margin:0 4px;font-size:12px;color:var(--warn)}
[hidden]{display:none!important}
`;

/**
 * The little of the panel that must hold before its own styles arrive from the worker with its
 * first answer (`shared/panel-styles.ts`): until then the panel keeps its place and takes keys, unseen.
 */
export const PANEL_BASE_CSS = `
.panel{position:fixed;inset:auto;margin:0;z-index:2147483647}
.panel:not(:popover-open)[popover]{display:none}
.panel:not([data-styled]){opacity:0}
`;

/**
 * The compose panel's styles, sent by the service worker with the panel's first answer so the
 * script every mail page loads carries only the launcher's (`content/ui/styles.ts`, whose colours
 * these use). They live in the panel's shadow root. Sides are logical (`inline-start`), so a
 * right-to-left mail page gets the panel mirrored, and the user's own words take the direction of
 * their first letters (an English point in an Arabic Gmail still reads left to right).
 */
export const PANEL_CSS = `
:host{--active:#e8f0fe;--on-accent:#fff}:host([data-theme=dark]){--active:#394457;--on-accent:#062e6f}
button:focus-visible,input:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
.panel{padding:0;width:360px;max-width:calc(100vw - 16px);display:flex;flex-direction:column;background:var(--bg);color:var(--fg);
border:1px solid var(--line);border-radius:12px;box-shadow:0 4px 16px rgba(0,0,0,.28);overflow:hidden;font:inherit}
.head{display:flex;gap:6px;padding:8px;border-bottom:1px solid var(--line)}
input{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:6px 8px;width:100%}
button{font:inherit;cursor:pointer}
.close{border:0;background:none;color:var(--muted);font-size:18px;line-height:1;padding:0 6px;border-radius:8px}
.close:hover{background:var(--hover)}
.list{overflow:auto;padding:4px 0;flex:1}
.group{padding:8px 12px 2px;font-size:11px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}
.item{padding:6px 12px;cursor:pointer;border-inline-start:3px solid transparent}
.item:hover{background:var(--hover)}
.item[aria-selected=true]{background:var(--active);border-inline-start-color:var(--accent)}
.title{display:block;font-weight:500}
.title,.preview,.fill input{unicode-bidi:plaintext}
.preview{display:block;color:var(--muted);font-size:12px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.empty,.notice{padding:12px;margin:0;color:var(--muted)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;margin:0}
.panel:focus{outline:none}
.notice[data-kind=error]{color:var(--warn)}
.fill{display:flex;flex-direction:column;gap:8px;padding:12px;overflow:auto}
.fill p{margin:0}
.note{color:var(--muted);font-size:12px}
.field span{display:block;font-size:12px;color:var(--muted);margin-bottom:2px}
.save{display:flex;gap:6px;align-items:center;font-size:12px}
.save input{width:auto}
.actions{display:flex;gap:8px;justify-content:flex-end}
.actions button{border-radius:16px;padding:6px 14px;border:1px solid var(--line);background:var(--bg);color:var(--fg)}
.actions button[type=submit]{background:var(--accent);border-color:var(--accent);color:var(--on-accent)}
.coach:empty{display:none}
.coach{border-top:1px solid var(--line);padding:8px 12px}
`;

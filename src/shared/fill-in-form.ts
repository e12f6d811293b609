import { LIMITS } from '../core/point';
import { fillInHint, fillInLabel } from './labels';
import type { ViewNode } from './view-node';

/**
 * The compose panel's prompt for fill-ins a point needs and the profile lacks, drawn as data by
 * the service worker (like the coach's section), so the script every mail page loads carries only
 * the wiring (`content/ui/panel.ts`). One field per name, in order; the names come from the point,
 * and the panel reads the answers back by position, never by the fields' names.
 */
export function fillInFormView(title: string, names: readonly string[]): ViewNode {
  const fields = names.map((name): ViewNode => {
    const hint = fillInHint(name);
    const field: Record<string, string> = { name, class: 'rp-fill-field', 'data-testid': 'rp-fill-field', maxlength: String(LIMITS.profileValueLength), autocomplete: 'off', dir: 'auto' };
    if (hint) field.placeholder = hint;
    return ['label', { class: 'field' }, ['span', {}, fillInLabel(name)], ['input', field]];
  });
  return ['form', { class: 'fill rp-fill-form', 'data-testid': 'rp-fill-form', 'aria-label': `Fill-ins for ${title}` },
    ['p', {}, `“${title}” uses details your profile doesn't have yet:`],
    ...fields,
    ['label', { class: 'save' }, ['input', { type: 'checkbox', checked: '' }], 'Save to my profile for next time'],
    ['p', { class: 'note', 'data-testid': 'rp-fill-note' }, 'Left empty, a detail goes in as a visible [gap] to fill by hand.'],
    ['div', { class: 'actions' },
      ['button', { type: 'button', 'data-back': '' }, 'Back'],
      ['button', { type: 'submit', class: 'rp-fill-insert', 'data-testid': 'rp-fill-insert' }, 'Insert']],
  ];
}

import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type CategoryId } from '../core/categories';
import type { PitchPoint } from '../core/point';
import { send } from '../shared/messages';

/** Foundation popup: lists the stored points and adds one. The full UI comes with the popup issue. */
export function App() {
  const [points, setPoints] = useState<PitchPoint[]>([]);
  const [error, setError] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [category, setCategory] = useState<CategoryId>('my-motivation');

  const reload = () => send('points/list', {}).then(setPoints, (e: unknown) => setError(String(e)));
  useEffect(() => void reload(), []);

  async function add(event: Event) {
    event.preventDefault();
    try {
      await send('points/create', { point: { category, title, text } });
      setTitle('');
      setText('');
      await reload();
    } catch (e) {
      setError(String(e));
    }
  }

  return (
    <main>
      <h1>Remote Pitch</h1>
      {error && <p role="alert" data-testid="rp-error">{error}</p>}
      <form onSubmit={add}>
        <label>Title <input data-testid="rp-point-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} required /></label>
        <label>Text <textarea data-testid="rp-point-text" value={text} onInput={(e) => setText(e.currentTarget.value)} required /></label>
        <label>Category
          <select data-testid="rp-point-category" value={category} onChange={(e) => setCategory(e.currentTarget.value as CategoryId)}>
            {CATEGORIES.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </select>
        </label>
        <button type="submit" data-testid="rp-save">Add</button>
      </form>
      <ul>
        {points.map((p) => <li key={p.id} data-testid="rp-point" data-point-id={p.id}>{p.title}</li>)}
      </ul>
    </main>
  );
}

/**
 * The group's ids after moving `id` one step up or down, or undefined when it is already at
 * that end. While the list is filtered, a step means past the neighbour the user can see:
 * hidden points between the two keep their place relative to each other.
 */
export function moveOneStep(
  ids: readonly string[],
  id: string,
  direction: 'up' | 'down',
  isVisible: (id: string) => boolean = () => true,
): string[] | undefined {
  const from = ids.indexOf(id);
  if (from < 0) return undefined;
  const step = direction === 'up' ? -1 : 1;
  let neighbour = from + step;
  while (neighbour >= 0 && neighbour < ids.length && !isVisible(ids[neighbour] ?? '')) neighbour += step;
  if (neighbour < 0 || neighbour >= ids.length) return undefined;
  const rest = ids.filter((other) => other !== id);
  const target = rest.indexOf(ids[neighbour] ?? '');
  rest.splice(direction === 'up' ? target : target + 1, 0, id);
  return rest;
}

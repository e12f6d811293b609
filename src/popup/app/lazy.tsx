import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { messageOf } from '../../core/errors';
import { t } from '../i18n';

/**
 * A view whose code is fetched the first time it is shown: the popup's first paint then carries
 * only what its first view needs. Once fetched it stays loaded for the page's life.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function Lazy(props: P) {
    const [view, setView] = useState<{ component?: ComponentType<P>; error?: string }>({ component: loaded });
    useEffect(() => {
      if (view.component) return;
      load().then(
        (component) => {
          loaded = component;
          setView({ component });
        },
        (failure: unknown) => setView({ error: messageOf(failure) }),
      );
    }, []);
    const Component = view.component;
    if (Component) return <Component {...props} />;
    return view.error ? <p role="alert">{view.error}</p> : <p class="loading">{t('loading')}</p>;
  };
}

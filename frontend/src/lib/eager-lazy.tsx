import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';

/**
 * A component whose code is asked for now, when the module that declares it is evaluated, but rendered from its own
 * chunk: the screen's first chunk stays small, and by the time the screen has its data (an API round trip) the code
 * is usually there, so it renders at once, without a placeholder that it would then push aside. While it is not there,
 * `fallback` holds its place. A failed download is tried again when the component is next rendered.
 */
export function eagerLazy<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode) {
  let loaded: ComponentType<P> | null = null;
  const first = load().then((component) => (loaded = component));
  first.catch(() => undefined);
  const Lazy = lazy(async () => ({ default: await first.catch(load) }));
  function EagerLazy(props: P) {
    const Loaded = loaded;
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return EagerLazy;
}

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eagerLazy } from './eager-lazy';

function Greeting({ name }: { name: string }) {
  return <p>Здравствуйте, {name}</p>;
}

/** A download that ends when the test says so. */
function download<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('eagerLazy', () => {
  it('asks for the code at once, holds the place while it comes, then shows the component', async () => {
    let asked = 0;
    const code = download<typeof Greeting>();
    const Lazy = eagerLazy(
      () => {
        asked += 1;
        return code.promise;
      },
      <p>место занято</p>,
    );
    expect(asked).toBe(1);

    render(<Lazy name="Анна" />);
    expect(screen.getByText('место занято')).toBeInTheDocument();
    code.resolve(Greeting);
    expect(await screen.findByText('Здравствуйте, Анна')).toBeInTheDocument();
    expect(screen.queryByText('место занято')).not.toBeInTheDocument();
  });

  it('renders at once, with no placeholder, when the code came before the screen', async () => {
    const Lazy = eagerLazy(() => Promise.resolve(Greeting), <p>место занято</p>);
    await Promise.resolve();
    await Promise.resolve();

    render(<Lazy name="Иван" />);
    // Synchronously on the first render: nothing was held, nothing will move.
    expect(screen.getByText('Здравствуйте, Иван')).toBeInTheDocument();
    expect(screen.queryByText('место занято')).not.toBeInTheDocument();
  });

  it('tries the download again when the first one failed', async () => {
    const attempts: ReturnType<typeof download<typeof Greeting>>[] = [];
    const Lazy = eagerLazy(
      () => {
        const next = download<typeof Greeting>();
        attempts.push(next);
        return next.promise;
      },
      <p>место занято</p>,
    );
    attempts[0]!.reject(new Error('offline'));
    await Promise.resolve();

    render(<Lazy name="Ольга" />);
    expect(screen.getByText('место занято')).toBeInTheDocument();
    await expect.poll(() => attempts.length).toBe(2);
    attempts[1]!.resolve(Greeting);
    expect(await screen.findByText('Здравствуйте, Ольга')).toBeInTheDocument();
  });
});

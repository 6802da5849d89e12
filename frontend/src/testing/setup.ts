import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetMockApi, server } from './mock-api';
import { evaluateMediaQuery, PHONE_WIDTH, setViewportWidth } from './viewport';

// A shared 2-core machine is slow: give findBy*/waitFor more than the default second.
configure({ asyncUtilTimeout: 5000 });

// Mantine reads these browser APIs that jsdom does not have.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: evaluateMediaQuery(query),
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
// Textarea autosize listens for web fonts loading.
if (!('fonts' in document)) {
  const fonts = Object.assign(new EventTarget(), { ready: Promise.resolve(), status: 'loaded' });
  Object.defineProperty(document, 'fonts', { configurable: true, value: fonts });
}
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
Element.prototype.scrollIntoView = vi.fn();
Object.defineProperty(HTMLElement.prototype, 'scrollTo', { writable: true, value: vi.fn() });

// The API is served by Mock Service Worker; a request no handler answers fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

beforeEach(() => {
  setViewportWidth(PHONE_WIDTH);
  window.localStorage.clear();
  resetMockApi();
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
});

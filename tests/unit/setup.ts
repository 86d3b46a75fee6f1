import { afterEach } from 'vitest';

// @testing-library/preact only cleans up by itself with `globals: true`.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/preact');
    cleanup();
  }
});

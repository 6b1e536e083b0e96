// Component tests: Testing Library's DOM matchers (toBeInvalid, toHaveAccessibleDescription…) and a clean page per test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);

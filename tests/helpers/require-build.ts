/** Build and browser tests read dist/; say how to make it instead of failing obscurely. */
import { existsSync } from 'node:fs';

export default function requireBuild(): void {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does this for you).');
  }
}

/**
 * In MDX pages, `<Figure id="…" />는` is a component followed by text, so the
 * component cannot see the particle it must agree with. This Vite plugin moves
 * such a particle into the tag (`<Figure id="…" particle="는" />`) before MDX
 * compiles the file; `Figure.astro` then writes the form that fits the
 * figure's text, exactly as Markdown pages do. Files on disk are not changed.
 */
import type { Plugin } from 'vite';
import { particleAfterTag } from './passages.ts';

const tagThenText = /(<Figure\s+id="[^"]*")\s*\/>([가-힣]{1,2}[^\n]?)/g;

export function moveParticlesIntoFigures(source: string): string {
  return source.replace(tagThenText, (whole, open: string, after: string) => {
    const particle = particleAfterTag.exec(after)?.[1];
    return particle ? `${open} particle="${particle}" />${after.slice(particle.length)}` : whole;
  });
}

export function figureParticles(): Plugin {
  return {
    name: 'figure-particles',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.mdx(\?|$)/.test(id) || !code.includes('<Figure')) return null;
      return { code: moveParticlesIntoFigures(code), map: null };
    },
  };
}

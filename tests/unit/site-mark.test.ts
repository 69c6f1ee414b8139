import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colour, colourTokens } from '../../src/lib/design-tokens.ts';
import { markCorner, markEdges, markNodes, markSize } from '../../src/lib/site-mark.ts';

describe('colour tokens', () => {
  it('reads light and dark values from the stylesheet', () => {
    const tokens = colourTokens(readFileSync('src/styles/global.css', 'utf8'));
    expect(tokens.light.accent).toMatch(/^#[0-9a-f]{6}$/i);
    expect(tokens.dark.accent).toMatch(/^#[0-9a-f]{6}$/i);
    expect(tokens.light.accent).not.toBe(tokens.dark.accent);
    expect(() => colour('no-such-token', 'light', tokens)).toThrow(/--color-no-such-token/);
  });
});

describe('the favicon in public/', () => {
  it('draws the mark as site-mark.ts defines it, in the accent colours of both schemes', () => {
    const svg = readFileSync('public/favicon.svg', 'utf8');
    const tokens = colourTokens();
    expect(svg).toContain(`viewBox="0 0 ${markSize} ${markSize}"`);
    expect(svg).toContain(`rx="${markCorner}" fill="${tokens.light.accent}"`);
    expect(svg).toContain(`d="${markEdges}"`);
    for (const node of markNodes)
      expect(svg).toContain(`<circle cx="${node.cx}" cy="${node.cy}" r="${node.r}"/>`);
    expect(svg).toContain(`@media (prefers-color-scheme: dark){.bg{fill:${tokens.dark.accent}}`);
  });
});

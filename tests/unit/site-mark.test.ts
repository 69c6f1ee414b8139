import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colour, colourTokens } from '../../src/lib/design-tokens.ts';
import { markColours, siteMarkSvg } from '../../src/lib/site-mark.ts';

describe('colour tokens', () => {
  it('reads light and dark values from the stylesheet', () => {
    const tokens = colourTokens(readFileSync('src/styles/global.css', 'utf8'));
    expect(tokens.light.accent).toMatch(/^#[0-9a-f]{6}$/i);
    expect(tokens.dark.accent).toMatch(/^#[0-9a-f]{6}$/i);
    expect(tokens.light.accent).not.toBe(tokens.dark.accent);
    expect(() => colour('no-such-token', 'light', tokens)).toThrow(/--color-no-such-token/);
  });
});

describe('the mark as an image', () => {
  it('uses the accent colours and switches with the colour scheme when asked', () => {
    const svg = siteMarkSvg({ dark: markColours('dark') });
    expect(svg).toContain(`fill="${markColours('light').background}"`);
    expect(svg).toContain(`.bg{fill:${markColours('dark').background}}`);
    expect(siteMarkSvg()).not.toContain('<style>');
  });

  it('draws a full square with a margin for the apple-touch-icon', () => {
    const svg = siteMarkSvg({ size: 180, corner: 0, scale: 0.9 });
    expect(svg).toContain('width="180"');
    expect(svg).toContain('rx="0"');
    expect(svg).toContain('scale(0.9)');
  });
});

/**
 * The light-scheme colour tokens of `src/styles/global.css` (its `@theme`
 * block), so the preview cards use the site's own colours without a second
 * copy of them.
 */
export type ThemeColours = Record<
  'canvas' | 'surface' | 'ink' | 'muted' | 'line' | 'accent' | 'accentInk' | 'accentSoft',
  string
>;

const tokens: Record<keyof ThemeColours, string> = {
  canvas: 'canvas',
  surface: 'surface',
  ink: 'ink',
  muted: 'muted',
  line: 'line',
  accent: 'accent',
  accentInk: 'accent-ink',
  accentSoft: 'accent-soft',
};

export function themeColours(css: string): ThemeColours {
  const theme = /@theme\s*\{([^}]*)\}/.exec(css)?.[1];
  if (!theme) throw new Error('global.css has no @theme block');
  const read = (token: string) => {
    const value = new RegExp(`--color-${token}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(theme)?.[1];
    if (!value) throw new Error(`global.css @theme has no --color-${token} written as a hex colour`);
    return value;
  };
  return Object.fromEntries(Object.entries(tokens).map(([key, token]) => [key, read(token)])) as ThemeColours;
}

// Formatting as Astro projects do it: prettier-plugin-astro for .astro files,
// wide lines for code, and Markdown left as editors wrote it (prose is not re-wrapped).
/** @type {import('prettier').Config} */
export default {
  plugins: ['prettier-plugin-astro'],
  printWidth: 110,
  singleQuote: true,
  overrides: [
    { files: '*.astro', options: { parser: 'astro' } },
    { files: ['*.md', '*.mdx'], options: { proseWrap: 'preserve' } },
  ],
};

/** Components an editor may use inside `.mdx` pages, e.g. `<Figure id="jobs-target" />`. */
import Figure from './Figure.astro';
import SourceTable from './SourceTable.astro';

export const blocks = { Figure, SourceTable };

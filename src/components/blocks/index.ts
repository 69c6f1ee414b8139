/**
 * What an editor may use inside `.mdx` pages, e.g. `<Timeline />` or
 * `<Figure id="jobs-target" />`. Headings map to linkable headings so that
 * `## Title {#anchor}` behaves as in Markdown pages, and tables scroll on their own.
 */
import DeclarationChecksum from './DeclarationChecksum.astro';
import DeclarationCitation from './DeclarationCitation.astro';
import DeclarationFiles from './DeclarationFiles.astro';
import DeclarationTextStatus from './DeclarationTextStatus.astro';
import FactSheet from './FactSheet.astro';
import Figure from './Figure.astro';
import Glossary from './Glossary.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import KeyFigures from './KeyFigures.astro';
import OpenDataList from './OpenDataList.astro';
import PreviewCard from './PreviewCard.astro';
import SourceTable from './SourceTable.astro';
import Table from './Table.astro';
import Timeline from './Timeline.astro';

export const blocks = {
  DeclarationChecksum,
  DeclarationCitation,
  DeclarationFiles,
  DeclarationTextStatus,
  FactSheet,
  Figure,
  Glossary,
  KeyFigures,
  OpenDataList,
  PreviewCard,
  SourceTable,
  Timeline,
  h2: H2,
  h3: H3,
  table: Table,
};

/**
 * What an editor may use inside `.mdx` pages, e.g. `<Timeline />` or
 * `<KeyFigures group="target" />`: one component for each block the content
 * check knows (`editorBlocks`, with the attributes each takes). Headings map
 * to linkable headings so that `## Title {#anchor}` behaves as in Markdown
 * pages. (`<Figure id="…" />` is written into the text before the page is
 * read: src/lib/markdown/processor.ts.)
 */
import DeclarationChecksum from './DeclarationChecksum.astro';
import DeclarationCitation from './DeclarationCitation.astro';
import DeclarationFiles from './DeclarationFiles.astro';
import FactSheet from './FactSheet.astro';
import Glossary from './Glossary.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import KeyFigures from './KeyFigures.astro';
import OpenDataList from './OpenDataList.astro';
import PreviewCard from './PreviewCard.astro';
import SourceTable from './SourceTable.astro';
import Timeline from './Timeline.astro';
import type { BlockName } from '../../lib/content-check/rules/block-rules.ts';

const editorComponents = {
  DeclarationChecksum,
  DeclarationCitation,
  DeclarationFiles,
  FactSheet,
  Glossary,
  KeyFigures,
  OpenDataList,
  PreviewCard,
  SourceTable,
  Timeline,
} satisfies Record<BlockName, unknown>;

export const blocks = { ...editorComponents, h2: H2, h3: H3 };

/**
 * What an editor may use inside `.mdx` pages, e.g. `<Timeline />` or
 * `<KeyFigures group="target" />`: one component for each block the content
 * check knows (`editorBlocks`, with the attributes each takes). Headings get
 * their links, and `<Figure id="…" />` its text, in the Markdown pipeline
 * (src/lib/markdown/processor.ts), as in Markdown pages.
 */
import DeclarationChecksum from './DeclarationChecksum.astro';
import DeclarationCitation from './DeclarationCitation.astro';
import DeclarationFiles from './DeclarationFiles.astro';
import DeclarationTextStatus from './DeclarationTextStatus.astro';
import FactSheet from './FactSheet.astro';
import Glossary from './Glossary.astro';
import KeyFigures from './KeyFigures.astro';
import OpenDataList from './OpenDataList.astro';
import PreviewCard from './PreviewCard.astro';
import SourceTable from './SourceTable.astro';
import Timeline from './Timeline.astro';
import type { BlockName } from '../../lib/content-check/rules/block-rules.ts';

export const blocks = {
  DeclarationChecksum,
  DeclarationCitation,
  DeclarationFiles,
  DeclarationTextStatus,
  FactSheet,
  Glossary,
  KeyFigures,
  OpenDataList,
  PreviewCard,
  SourceTable,
  Timeline,
} satisfies Record<BlockName, unknown>;

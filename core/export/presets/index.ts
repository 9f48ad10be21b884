import type { GeneratorId } from '../../api';
import { astro } from './astro';
import { eleventy } from './eleventy';
import { hexo } from './hexo';
import { hugo, hugoBundle } from './hugo';
import { jekyll, jekyllAcademicpages, jekyllMinimalMistakes } from './jekyll';
import { plain } from './plain';
import type { ExportPreset } from './types';

/** Every preset by generator id; add a generator by adding a file and a line here. */
export const presets: Record<GeneratorId, ExportPreset> = {
  jekyll,
  'jekyll-academicpages': jekyllAcademicpages,
  'jekyll-minimal-mistakes': jekyllMinimalMistakes,
  hugo,
  'hugo-bundle': hugoBundle,
  hexo,
  astro,
  eleventy,
  plain,
};

/** The preset of a generator. */
export function presetFor(id: GeneratorId): ExportPreset {
  return presets[id];
}

export type {
  ExportPreset,
  FieldEdit,
  EditValue,
  PostFacts,
  ImagePlacement,
  Dialect,
} from './types';

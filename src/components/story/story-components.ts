import Widget from '../Widget.astro';
import Figure from '../prose/Figure.astro';
import KeyPoints from './KeyPoints.astro';
import Scrolly from './Scrolly.astro';
import ScrollyCard from './ScrollyCard.astro';
import ScrollyStep from './ScrollyStep.astro';

/**
 * The components the story's MDX uses, handed to each section's <Content components={...}>: the
 * content files name them (<Widget id="iceberg" />) without importing anything from src/.
 */
export const STORY_COMPONENTS = { Widget, Figure, KeyPoints, Scrolly, ScrollyCard, ScrollyStep };

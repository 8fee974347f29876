/**
 * The one script of an embed page: the ?theme choice, then the height messages to whatever frames it.
 * Kept out of the page template so that the template, which writes links, reads nothing from the URL.
 */
import { STANDALONE_CLASS, startEmbedChild } from './child';
import { applyTheme, themeFromSearch } from './theme';

applyTheme(themeFromSearch(window.location.search));
// Opened on its own (a link card's link, a shared address), not in a frame: the page leads to the story.
if (window.parent === window) document.documentElement.classList.add(STANDALONE_CLASS);
startEmbedChild();

/**
 * The one script of an embed page: the ?theme choice, then the height messages to whatever frames it.
 * Kept out of the page template so that the template, which writes links, reads nothing from the URL.
 */
import { startEmbedChild } from './child';
import { applyTheme, themeFromSearch } from './theme';

applyTheme(themeFromSearch(window.location.search));
startEmbedChild();

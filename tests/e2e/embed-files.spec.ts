/** widgets.json, oEmbed, CSV, PNG and SVG files of the build under test, fetched as a consumer would. */
import { checkEmbedFiles } from '../support/embed-files';
import { WIDGETS } from '../support/widgets';
import { expect, test } from '../support/embed-fixtures';

test('every URL in widgets.json resolves, and every oEmbed, CSV, PNG and SVG file is valid', async ({
  request,
  served,
}) => {
  const { listing, pngSizes } = await checkEmbedFiles({
    siteBase: served.siteBase,
    servedBase: served.servedBase,
    request,
  });
  expect(listing.widgets).toHaveLength(WIDGETS.length);
  expect(pngSizes.size).toBe(WIDGETS.length);
});

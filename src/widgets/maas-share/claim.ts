/**
 * The article's own words for the MaaS share, "just over 1%", with the range in which they stay true: the
 * maas-share headline and the story's first-screen chart both state it, and the build fails for both when
 * the data leaves the range (src/data/claims.ts).
 */
export const JUST_OVER_1 = { id: 'maas-share-of-cloud', says: 'just over 1%', above: 1, max: 1.5 } as const;

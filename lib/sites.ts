/** Sites where Kamerwijzer runs without asking: parliament, government and the main Dutch news sites. */
export const DEFAULT_SITES = [
  'tweedekamer.nl',
  'eerstekamer.nl',
  'officielebekendmakingen.nl',
  'zoek.officielebekendmakingen.nl',
  'rijksoverheid.nl',
  'overheid.nl',
  'nos.nl',
  'nu.nl',
  'nrc.nl',
  'volkskrant.nl',
  'trouw.nl',
  'parool.nl',
  'ad.nl',
  'telegraaf.nl',
  'fd.nl',
  'rtl.nl',
  'bnr.nl',
  'ftm.nl',
];

export const DEFAULT_SITE_MATCHES = [...new Set(DEFAULT_SITES)].flatMap((host) => [
  `*://${host}/*`,
  `*://*.${host}/*`,
]);

/** The marks' style in the build, from entrypoints/mentions.content.css (the card's style lives in its shadow root). */
export const MENTIONS_CSS = 'content-scripts/mentions.css';

/** Who publishes the open data and under which licences (credited in every download). */

/** Who publishes the catalogue, as credited under CC BY. */
export const PUBLISHER = 'Pemerintah Provinsi NTT — program OVOP';

/** The licences: product content under CC BY 4.0; area names and codes stay under ODbL. */
export const LICENCE = {
  content: {
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: PUBLISHER,
  },
  areaData: {
    name: 'ODbL 1.0',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    attribution:
      'idn-area-data (github.com/fityannugroho/idn-area-data), from the official Kemendagri area codes',
    fields: ['village', 'district', 'regency'],
  },
} as const;

export type Licence = typeof LICENCE;

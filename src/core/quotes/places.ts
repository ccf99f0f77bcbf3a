/**
 * Names of countries, territories, their capitals, continents and US states: places
 * whose capitalised words can look like a person's name ("South Carolina",
 * "Puerto Rico", "Moscow"), so that no "he" or "she" is taken to mean one,
 * and a state after a town's comma ("in Aurora, Colorado, said") is read as
 * part of the town.
 *
 * Countries and territories come from the runtime's own ICU data
 * (`Intl.DisplayNames`), so the list is complete without upkeep; capitals,
 * which news makes speak for their governments ("Moscow said", "Kyiv
 * denied"), come from the countries-list package for the same reason. US
 * states, which neither names, are listed here with their AP abbreviations
 * and postal codes.
 */
import { countries } from 'countries-list';
import { givenNameGender } from './given-names.ts';
import { nameKey } from './name-key.ts';


/** True when `name` ("South Carolina", "the United States", "Calif.") is a country, territory or US state. */
export function isPlaceName(name: string): boolean {
  return PLACE_NAMES.has(placeKey(name)) || POSTAL_CODES.has(name);
}

// "in Berea, OH,": the postal codes, as written (upper case), since "Oh",
// "me", "in" and "or" are words.
const POSTAL_CODES: ReadonlySet<string> = new Set(
  ('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC').split(' '),
);

// Without diacritics, so that "Bogota" is "Bogotá". Every name a speaker
// may be is looked up, nearly all of them ASCII, so only others are decomposed.
function placeKey(name: string): string {
  const plain = NON_ASCII.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name;
  return plain.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

const NON_ASCII = /[^\x00-\x7f]/;

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska',
  'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.',
  'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.',
  'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.', 'D.C.',
];

// Every two-letter region code ICU names; "Myanmar (Burma)" and "Hong Kong
// SAR China" are written in news as "Myanmar", "Burma" and "Hong Kong".
function regionNames(): string[] {
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const names: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const name = display.of(String.fromCharCode(a, b));
      if (!name || name === 'Unknown Region') continue;
      names.push(name, name.replace(/&/g, 'and'), name.replace(/\s*\(.*\)$/, ''), name.replace(/ SAR China$/, ''));
      const inBrackets = /\((.+)\)$/.exec(name);
      if (inBrackets) names.push(inBrackets[1]!);
    }
  }
  return names;
}

// Continents and world regions, which ICU names by their UN M.49 codes
// ("150" is Europe): "Pavel said Europe should take note" makes Europe no
// one a later "he" or "the president" could have been. Not "001", the
// world. The codes are listed: asking ICU for all 999 costs 30 ms at start.
function worldRegions(): string[] {
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return M49_REGIONS.map((code) => display.of(code)).filter((name): name is string => !!name && name !== 'Unknown Region');
}

const M49_REGIONS = [
  '002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035',
  '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419',
];

// A capital that is also a given name or a common surname ("Victoria",
// "Sofia", "Hamilton", "Diego Garcia") is left out: written bare, it is as
// likely a person, and a person must stay open to "he" and "she". "The
// Valley" (Anguilla) would make a common word a place. "Kiev" is the
// spelling most older reports use.
function capitals(): string[] {
  const names = Object.values(countries).map((country) => country.capital).filter((name) => name !== '');
  return [...names, 'Kiev'].filter((name) => !NOT_ONLY_CAPITALS.has(name) && givenNameGender(nameKey(name.split(' ')[0]!)) === null);
}

const NOT_ONLY_CAPITALS = new Set(['Hamilton', 'Kingston', 'Wellington', 'Santiago', 'Lima', 'Victoria', 'Charlotte Amalie', 'Diego Garcia', 'The Valley']);

const PLACE_NAMES: ReadonlySet<string> = new Set([...US_STATES, ...regionNames(), ...worldRegions(), ...capitals()].map(placeKey));

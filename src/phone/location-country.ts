// The country a profile's location text names ("Stockholm, Stockholm County, Sweden", "Greater
// Seattle Area"). Used for one thing only: to compare a phone number's country with the stated
// location, which is never more than `info`. It never feeds a judgement about nationality.
import { getCountries, type CountryCode } from 'libphonenumber-js/max';

const ALIASES: Record<string, CountryCode> = {
  usa: 'US', us: 'US', 'united states of america': 'US', america: 'US',
  uk: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  uae: 'AE', 'the netherlands': 'NL', holland: 'NL', 'south korea': 'KR', korea: 'KR', 'czech republic': 'CZ',
  czechia: 'CZ', russia: 'RU', 'russian federation': 'RU', turkey: 'TR', turkiye: 'TR', 'türkiye': 'TR',
  vietnam: 'VN', 'viet nam': 'VN', 'hong kong sar': 'HK', 'ivory coast': 'CI', "cote d'ivoire": 'CI',
  'mainland china': 'CN', "people's republic of china": 'CN', taiwan: 'TW', macedonia: 'MK', burma: 'MM',
};

// Metro areas LinkedIn names without a country.
const METROS: Record<string, CountryCode> = {
  'san francisco bay area': 'US', 'greater seattle area': 'US', 'new york city metropolitan area': 'US',
  'greater boston': 'US', 'los angeles metropolitan area': 'US', 'greater chicago area': 'US',
  'washington dc-baltimore area': 'US', 'dallas-fort worth metroplex': 'US', 'greater houston': 'US',
  'atlanta metropolitan area': 'US', 'denver metropolitan area': 'US', 'greater philadelphia': 'US',
  'greater london': 'GB', 'london area, united kingdom': 'GB', 'greater manchester': 'GB',
  'greater stockholm metropolitan area': 'SE', 'greater gothenburg metropolitan area': 'SE',
  'greater toronto area': 'CA', 'greater vancouver metropolitan area': 'CA', 'greater montreal metropolitan area': 'CA',
  'greater sydney area': 'AU', 'greater melbourne area': 'AU', 'greater paris metropolitan region': 'FR',
  'greater berlin area': 'DE', 'greater munich metropolitan area': 'DE', 'randstad': 'NL',
  'greater bengaluru area': 'IN', 'greater delhi area': 'IN', 'mumbai metropolitan region': 'IN',
  'greater sao paulo': 'BR', 'greater madrid metropolitan area': 'ES', 'greater barcelona metropolitan area': 'ES',
  'greater dublin': 'IE', 'greater tokyo area': 'JP', 'greater singapore': 'SG', 'lagos state': 'NG',
};

const US_STATES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma',
  'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah',
  'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'district of columbia',
];

/** Languages LinkedIn's interface is commonly used in; English first so its names win any clash. */
const INTERFACE_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'tr', 'ru', 'uk', 'ro', 'id', 'ms', 'ja', 'ko', 'zh', 'ar', 'hi', 'th'];

let byName: Map<string, CountryCode> | null = null;

function countryNames(): Map<string, CountryCode> {
  if (byName) return byName;
  byName = new Map();
  // LinkedIn writes the location in the viewer's interface language ("München, Bayern, Deutschland").
  for (const language of INTERFACE_LANGUAGES) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([language], { type: 'region' });
    } catch {
      continue;
    }
    for (const code of getCountries()) {
      const name = display.of(code);
      if (name && name !== code && !byName.has(fold(name))) byName.set(fold(name), code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) byName.set(fold(alias), code);
  return byName;
}

function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

/** The ISO country a location names, or null when it does not name one this table knows. */
export function countryOfLocation(location: string | null): CountryCode | null {
  if (!location) return null;
  if (located.has(location)) return located.get(location)!;
  const country = placeLocation(location);
  if (located.size > 1024) located.clear();
  located.set(location, country);
  return country;
}

const located = new Map<string, CountryCode | null>();

function placeLocation(location: string): CountryCode | null {
  const text = fold(location);
  if (METROS[text]) return METROS[text];
  const names = countryNames();
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  // The country is the last comma part on LinkedIn ("City, Region, Country").
  for (const part of [...parts].reverse()) {
    const hit = names.get(part);
    if (hit) return hit;
    if (US_STATES.includes(part)) return 'US';
  }
  for (const [metro, code] of Object.entries(METROS)) if (text.includes(metro)) return code;
  return null;
}

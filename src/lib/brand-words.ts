// Seam's provider and device-type keys in the words people use: "august_lock" → "August lock".

// Keys are runs of Seam's underscore-separated tokens; the longest matching run wins, so
// "honeywell_resideo" beats "honeywell". Spellings follow each maker's own branding.
const BRANDS: Readonly<Record<string, string>> = {
  akiles: 'Akiles',
  akuvox: 'Akuvox',
  android: 'Android',
  assa_abloy: 'ASSA ABLOY',
  august: 'August',
  avigilon_alta: 'Avigilon Alta',
  brivo: 'Brivo',
  butterflymx: 'ButterflyMX',
  controlbyweb: 'ControlByWeb',
  doorking: 'DoorKing',
  dormakaba_oracode: 'dormakaba Oracode',
  ecobee: 'ecobee',
  four_suites: '4SUITES',
  genie: 'Genie',
  google_nest: 'Google Nest',
  honeywell: 'Honeywell',
  honeywell_resideo: 'Honeywell Resideo',
  hubitat: 'Hubitat',
  igloo: 'igloo',
  igloohome: 'igloohome',
  ios: 'iOS',
  keynest: 'KeyNest',
  korelock: 'Korelock',
  kwikset: 'Kwikset',
  latch: 'Latch',
  linear: 'Linear',
  lockly: 'Lockly',
  minut: 'Minut',
  nest: 'Nest',
  noiseaware: 'NoiseAware',
  nuki: 'Nuki',
  ring: 'Ring',
  salto: 'Salto',
  salto_ks: 'Salto KS',
  schlage: 'Schlage',
  seam: 'Seam',
  sensi: 'Sensi',
  smartthings: 'SmartThings',
  tado: 'tado°',
  tedee: 'tedee',
  ttlock: 'TTLock',
  two_n: '2N',
  ultraloq: 'ULTRALOQ',
  visionline: 'Visionline',
  wyze: 'Wyze',
  yale: 'Yale',
}

const LONGEST_BRAND_TOKENS = Math.max(...Object.keys(BRANDS).map((key) => key.split('_').length))

function splitBrand(key: string): { brand: string | undefined; rest: string[] } {
  const tokens = key
    .trim()
    .toLowerCase()
    .split(/[_\s-]+/)
    .filter((token) => token !== '')
  for (let length = Math.min(LONGEST_BRAND_TOKENS, tokens.length); length > 0; length--) {
    const brand = BRANDS[tokens.slice(0, length).join('_')]
    if (brand !== undefined) return { brand, rest: tokens.slice(length) }
  }
  return { brand: undefined, rest: tokens }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/**
 * "august_lock" → "August lock", "noiseaware_activity_zone" → "NoiseAware activity zone". An
 * unknown maker keeps its key, capitalized: "acme_lock" → "Acme lock".
 */
export function deviceKindWords(deviceType: string): string {
  const { brand, rest } = splitBrand(deviceType)
  if (brand !== undefined) return [brand, ...rest].join(' ')
  const [first, ...others] = rest
  if (first === undefined) return 'Device'
  return [capitalize(first), ...others].join(' ')
}

/** "august" → "August", "yale_home" → "Yale Home", "acme_cloud" → "Acme Cloud". */
export function providerWords(provider: string): string {
  const { brand, rest } = splitBrand(provider)
  const words = rest.map(capitalize)
  if (brand !== undefined) words.unshift(brand)
  return words.length === 0 ? provider : words.join(' ')
}

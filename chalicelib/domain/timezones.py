"""Infer and parse IANA time zones for people who text us from a phone.

A number's zones and region come from libphonenumber (the `phonenumbers` package, its data
kept current upstream); which zones a country has comes from the IANA tz database's zone.tab
(the `tzdata` package). What neither has is kept here as data: the zone of a state Twilio
names, the main zone of a country with several, and the words people type.
"""

from __future__ import annotations

import functools
import re
import zoneinfo

# Keyed by country because state codes collide across countries (NT, WA, SA).
# Each value is the zone covering most of that state's population.
_STATE_ZONES: dict[str, dict[str, str]] = {
    "US": {
        "AL": "America/Chicago",
        "AK": "America/Anchorage",
        "AZ": "America/Phoenix",
        "AR": "America/Chicago",
        "CA": "America/Los_Angeles",
        "CO": "America/Denver",
        "CT": "America/New_York",
        "DE": "America/New_York",
        "DC": "America/New_York",
        "FL": "America/New_York",
        "GA": "America/New_York",
        "HI": "Pacific/Honolulu",
        "ID": "America/Boise",
        "IL": "America/Chicago",
        "IN": "America/Indiana/Indianapolis",
        "IA": "America/Chicago",
        "KS": "America/Chicago",
        "KY": "America/New_York",
        "LA": "America/Chicago",
        "ME": "America/New_York",
        "MD": "America/New_York",
        "MA": "America/New_York",
        "MI": "America/Detroit",
        "MN": "America/Chicago",
        "MS": "America/Chicago",
        "MO": "America/Chicago",
        "MT": "America/Denver",
        "NE": "America/Chicago",
        "NV": "America/Los_Angeles",
        "NH": "America/New_York",
        "NJ": "America/New_York",
        "NM": "America/Denver",
        "NY": "America/New_York",
        "NC": "America/New_York",
        "ND": "America/Chicago",
        "OH": "America/New_York",
        "OK": "America/Chicago",
        "OR": "America/Los_Angeles",
        "PA": "America/New_York",
        "RI": "America/New_York",
        "SC": "America/New_York",
        "SD": "America/Chicago",
        "TN": "America/Chicago",
        "TX": "America/Chicago",
        "UT": "America/Denver",
        "VT": "America/New_York",
        "VA": "America/New_York",
        "WA": "America/Los_Angeles",
        "WV": "America/New_York",
        "WI": "America/Chicago",
        "WY": "America/Denver",
        "PR": "America/Puerto_Rico",
        "VI": "America/St_Thomas",
        "GU": "Pacific/Guam",
        "MP": "Pacific/Saipan",
        "AS": "Pacific/Pago_Pago",
    },
    # Outside the US Twilio may send a province name or a city instead of a code.
    "CA": {
        "ON": "America/Toronto",
        "ONTARIO": "America/Toronto",
        "TORONTO": "America/Toronto",
        "OTTAWA": "America/Toronto",
        "QC": "America/Toronto",
        "QUEBEC": "America/Toronto",
        "QUÉBEC": "America/Toronto",
        "MONTREAL": "America/Toronto",
        "MONTRÉAL": "America/Toronto",
        "BC": "America/Vancouver",
        "BRITISH COLUMBIA": "America/Vancouver",
        "VANCOUVER": "America/Vancouver",
        "AB": "America/Edmonton",
        "ALBERTA": "America/Edmonton",
        "CALGARY": "America/Edmonton",
        "EDMONTON": "America/Edmonton",
        "MB": "America/Winnipeg",
        "MANITOBA": "America/Winnipeg",
        "WINNIPEG": "America/Winnipeg",
        "SK": "America/Regina",
        "SASKATCHEWAN": "America/Regina",
        "NS": "America/Halifax",
        "NOVA SCOTIA": "America/Halifax",
        "HALIFAX": "America/Halifax",
        "NB": "America/Moncton",
        "NEW BRUNSWICK": "America/Moncton",
        "NL": "America/St_Johns",
        "NEWFOUNDLAND": "America/St_Johns",
        "NEWFOUNDLAND AND LABRADOR": "America/St_Johns",
        "PE": "America/Halifax",
        "PRINCE EDWARD ISLAND": "America/Halifax",
        "YT": "America/Whitehorse",
        "YUKON": "America/Whitehorse",
        "NT": "America/Edmonton",
        "NORTHWEST TERRITORIES": "America/Edmonton",
        "NU": "America/Iqaluit",
        "NUNAVUT": "America/Iqaluit",
    },
    "AU": {
        "NSW": "Australia/Sydney",
        "NEW SOUTH WALES": "Australia/Sydney",
        "SYDNEY": "Australia/Sydney",
        "VIC": "Australia/Melbourne",
        "VICTORIA": "Australia/Melbourne",
        "MELBOURNE": "Australia/Melbourne",
        "QLD": "Australia/Brisbane",
        "QUEENSLAND": "Australia/Brisbane",
        "BRISBANE": "Australia/Brisbane",
        "SA": "Australia/Adelaide",
        "SOUTH AUSTRALIA": "Australia/Adelaide",
        "ADELAIDE": "Australia/Adelaide",
        "WA": "Australia/Perth",
        "WESTERN AUSTRALIA": "Australia/Perth",
        "PERTH": "Australia/Perth",
        "TAS": "Australia/Hobart",
        "TASMANIA": "Australia/Hobart",
        "HOBART": "Australia/Hobart",
        "ACT": "Australia/Sydney",
        "AUSTRALIAN CAPITAL TERRITORY": "Australia/Sydney",
        "CANBERRA": "Australia/Sydney",
        "NT": "Australia/Darwin",
        "NORTHERN TERRITORY": "Australia/Darwin",
        "DARWIN": "Australia/Darwin",
    },
}

# The zone most people keep in countries that have several (tzdata's zone.tab lists the zones,
# not where people live). A country with one zone needs no entry: zone.tab names it.
_COUNTRY_ZONES: dict[str, str] = {
    "US": "America/New_York",
    "CA": "America/Toronto",
    "MX": "America/Mexico_City",
    "BR": "America/Sao_Paulo",
    "AR": "America/Argentina/Buenos_Aires",
    "CL": "America/Santiago",
    "EC": "America/Guayaquil",
    "DE": "Europe/Berlin",
    "ES": "Europe/Madrid",
    "PT": "Europe/Lisbon",
    "CY": "Asia/Nicosia",
    "UA": "Europe/Kyiv",
    "RU": "Europe/Moscow",
    "KZ": "Asia/Almaty",
    "CN": "Asia/Shanghai",
    "MY": "Asia/Kuala_Lumpur",
    "ID": "Asia/Jakarta",
    "AU": "Australia/Sydney",
    "NZ": "Pacific/Auckland",
}

# Words people text us, lower-cased. Checked before IANA names because people who type
# "EST" or "MST" mean their local clock with DST, not IANA's fixed-offset zones of that name.
_ZONE_ALIASES: dict[str, str] = {
    "eastern": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "et": "America/New_York",
    "new york": "America/New_York",
    "nyc": "America/New_York",
    "boston": "America/New_York",
    "miami": "America/New_York",
    "atlanta": "America/New_York",
    "central": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "ct": "America/Chicago",
    "chicago": "America/Chicago",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "mountain": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mt": "America/Denver",
    "denver": "America/Denver",
    "arizona": "America/Phoenix",
    "phoenix": "America/Phoenix",
    "pacific": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles",
    "la": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "sf": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "alaska": "America/Anchorage",
    "akst": "America/Anchorage",
    "akdt": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "hst": "Pacific/Honolulu",
    "atlantic": "America/Halifax",
    "newfoundland": "America/St_Johns",
    "toronto": "America/Toronto",
    "montreal": "America/Toronto",
    "vancouver": "America/Vancouver",
    "calgary": "America/Edmonton",
    "uk": "Europe/London",
    "united kingdom": "Europe/London",
    "britain": "Europe/London",
    "england": "Europe/London",
    "scotland": "Europe/London",
    "wales": "Europe/London",
    "london": "Europe/London",
    # Someone in Britain typing GMT means the UK clock, which moves to BST in summer.
    "gmt": "Europe/London",
    "bst": "Europe/London",
    "ireland": "Europe/Dublin",
    "dublin": "Europe/Dublin",
    "utc": "UTC",
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "central european": "Europe/Paris",
    "paris": "Europe/Paris",
    "france": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "germany": "Europe/Berlin",
    "madrid": "Europe/Madrid",
    "spain": "Europe/Madrid",
    "rome": "Europe/Rome",
    "italy": "Europe/Rome",
    "amsterdam": "Europe/Amsterdam",
    "netherlands": "Europe/Amsterdam",
    "lisbon": "Europe/Lisbon",
    "portugal": "Europe/Lisbon",
    "eet": "Europe/Athens",
    "eest": "Europe/Athens",
    "athens": "Europe/Athens",
    "moscow": "Europe/Moscow",
    "msk": "Europe/Moscow",
    "istanbul": "Europe/Istanbul",
    "dubai": "Asia/Dubai",
    "india": "Asia/Kolkata",
    "ist": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "bombay": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "singapore": "Asia/Singapore",
    "hong kong": "Asia/Hong_Kong",
    "beijing": "Asia/Shanghai",
    "shanghai": "Asia/Shanghai",
    "china": "Asia/Shanghai",
    "tokyo": "Asia/Tokyo",
    "japan": "Asia/Tokyo",
    "jst": "Asia/Tokyo",
    "seoul": "Asia/Seoul",
    "korea": "Asia/Seoul",
    "manila": "Asia/Manila",
    "sydney": "Australia/Sydney",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "melbourne": "Australia/Melbourne",
    "brisbane": "Australia/Brisbane",
    "adelaide": "Australia/Adelaide",
    "perth": "Australia/Perth",
    "auckland": "Pacific/Auckland",
    "new zealand": "Pacific/Auckland",
    "nz": "Pacific/Auckland",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "johannesburg": "Africa/Johannesburg",
    "south africa": "Africa/Johannesburg",
    "lagos": "Africa/Lagos",
    "nairobi": "Africa/Nairobi",
    "sao paulo": "America/Sao_Paulo",
    "são paulo": "America/Sao_Paulo",
    "mexico city": "America/Mexico_City",
}

# Keys zoneinfo can load that are not real places: "localtime" is whatever the host
# is set to, "Factory" is a placeholder that reports "-00".
_NON_ZONE_KEYS: frozenset[str] = frozenset({"localtime", "Factory"})

_TIME_SUFFIX = re.compile(r"\s+(?:standard\s+|daylight\s+|saving\s+)?time$")


@functools.cache
def _zone_keys() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones() - _NON_ZONE_KEYS)


@functools.cache
def _zone_keys_by_lower() -> dict[str, str]:
    return {key.lower(): key for key in _zone_keys()}


def is_valid_timezone(name: str) -> bool:
    """Return True if `name` is an IANA zone key (case-sensitive) zoneinfo can load."""
    return name in _zone_keys()


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(value.split())
    return cleaned or None


def _number_part(phone: str) -> str | None:
    # Channel prefixes such as "whatsapp:" wrap a normal E.164 number; anything without a
    # leading "+" (short codes, alphanumeric senders) has no calling code to read.
    number = phone.strip().rsplit(":", 1)[-1].strip()
    return number if number.startswith("+") else None


def e164_digits(phone: str) -> str | None:
    """The digits of an E.164 number ("+44 7700 900123" -> "447700900123"), channel prefix
    ("whatsapp:") dropped; None for a sender without a leading "+" (a short code, a name).

    Plain string work: it runs on every text, where libphonenumber is not loaded.
    """
    number = _number_part(phone)
    if number is None:
        return None
    digits = re.sub(r"\D", "", number)
    return digits or None


@functools.cache
def _zones_by_country() -> dict[str, tuple[str, ...]]:
    """{ISO 3166 alpha-2: its zones} from the zone.tab that the tzdata package ships."""
    from importlib import resources

    text = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    zones: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            country, _, zone = line.split("\t")[:3]
            zones[country] = (*zones.get(country, ()), zone)
    return zones


def _agreed(zones: tuple[str, ...], region: str | None) -> tuple[str, ...]:
    # libphonenumber's zones are coarse: it names one zone per clock (Nicaragua gets
    # America/Chicago, which keeps summer time; Ireland gets Europe/London) and keeps old
    # names (Asia/Calcutta). tzdata's zones for the number's country are the ones to trust.
    own = _zones_by_country().get(region or "")
    if not zones or not own:
        return zones
    if len(own) == 1:
        return own
    return tuple(zone for zone in zones if zone in own)


def _read_number(phone: str) -> tuple[tuple[str, ...], str | None]:
    """(the number's zones, its ISO region); ((), None) when it cannot be read."""
    number_text = _number_part(phone)
    if number_text is None:
        return (), None
    # Loaded here, not at import: only a sign-up reads a number's zones.
    import phonenumbers
    from phonenumbers import timezone

    try:
        number = phonenumbers.parse(number_text)
    except phonenumbers.NumberParseException:
        return (), None
    if not phonenumbers.is_valid_number(number):
        # libphonenumber gives it no zone ("Etc/Unknown"); its calling code still names a country.
        return (), _known_region(
            phonenumbers.region_code_for_country_code(number.country_code or 0)
        )
    region = _known_region(phonenumbers.region_code_for_number(number))
    zones = tuple(
        zone for zone in timezone.time_zones_for_number(number) if zone != timezone.UNKNOWN_TIMEZONE
    )
    return _agreed(zones, region), region


def _known_region(region: str | None) -> str | None:
    # "ZZ" is libphonenumber's unknown region, "001" its non-geographic numbers (+800, +882).
    return None if region in (None, "ZZ", "001") else region


def _main_zone(country: str | None) -> str | None:
    if country is None:
        return None
    zone = _COUNTRY_ZONES.get(country)
    if zone is not None:
        return zone
    own = _zones_by_country().get(country, ())
    return own[0] if len(own) == 1 else None


def _likeliest(zones: tuple[str, ...], region: str | None) -> str:
    # A split area code spans a state's main zone and a sliver of another (Alaska's 907:
    # Anchorage and Adak), so a zone some state keeps is where most of its people live.
    kept_by_a_state = set(_STATE_ZONES.get(region or "", {}).values())
    return next((zone for zone in zones if zone in kept_by_a_state), zones[0])


def infer_timezone(
    phone: str, from_state: str | None, from_country: str | None, default: str
) -> str:
    """An IANA zone key for a sender: the number's own zone, else one from Twilio's
    FromState/FromCountry, else `default` (returned as given).

    `phone` is Twilio's From ("+14155550100", "whatsapp:+44..."); a short code or a name has
    no zone. The number's zones and region are libphonenumber's (`phonenumbers.timezone`),
    checked against tzdata's zone.tab. One zone wins outright, over FromState too: Twilio
    reads the state from the same number, and a state can span two zones (Knoxville's 865
    keeps Eastern time in Central Tennessee). Several zones (a mobile or toll-free number, a
    split area code) are narrowed by FromState, then by the country's main zone, then to the
    likeliest of them.
    """
    zones, region = _read_number(phone)
    if len(zones) == 1:
        return zones[0]

    state = _blank_to_none(from_state)
    country = _blank_to_none(from_country)
    country = country.upper() if country else None
    if country is not None and state is not None:
        zone = _STATE_ZONES.get(country, {}).get(state.upper())
        if zone is not None:
            return zone

    for place in (country, region):
        zone = _main_zone(place)
        if zone is not None and (not zones or zone in zones):
            return zone
    return _likeliest(zones, region) if zones else default


def resolve_timezone_name(text: str) -> str | None:
    """Map what a person typed ("pacific", "EST", "europe/london", "Sydney") to a zone key."""
    cleaned = " ".join(text.strip().strip(".!?").split()).lower()
    if not cleaned:
        return None
    candidates = [cleaned]
    without_suffix = _TIME_SUFFIX.sub("", cleaned)
    if without_suffix and without_suffix != cleaned:
        candidates.append(without_suffix)
    for candidate in candidates:
        alias = _ZONE_ALIASES.get(candidate)
        if alias is not None:
            return alias
    for candidate in candidates:
        key = _zone_keys_by_lower().get(candidate.replace(" ", "_"))
        if key is not None:
            return key
    return None

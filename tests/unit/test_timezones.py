"""Behaviour of time-zone inference from Twilio webhooks and of typed zone names."""

from __future__ import annotations

import json
import subprocess
import sys
import zoneinfo
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from chalicelib.domain import timezones
from chalicelib.domain.timezones import (
    e164_digits,
    infer_timezone,
    is_valid_timezone,
    resolve_timezone_name,
)

DATA_DIR = Path(__file__).parent.parent / "data"
PROJECT_DIR = Path(__file__).parent.parent.parent
OPERATOR_DEFAULT = "Etc/UTC"


def _table_zones() -> list[tuple[str, str, str]]:
    """Every (table name, key, zone) in the module's dict tables, nested ones flattened."""
    rows: list[tuple[str, str, str]] = []
    for name, value in vars(timezones).items():
        if name.startswith("__") or not isinstance(value, dict):
            continue
        for key, zone in value.items():
            if isinstance(zone, dict):
                nested = f"{name}[{key}]"
                rows.extend((nested, sub_key, sub_zone) for sub_key, sub_zone in zone.items())
            else:
                rows.append((name, key, zone))
    return rows


TABLE_ZONES = _table_zones()


# --- the data tables -------------------------------------------------------------------


def test_the_module_exposes_all_its_lookup_tables_to_the_zone_check():
    table_names = {name.split("[")[0] for name, _, _ in TABLE_ZONES}
    assert {"_STATE_ZONES", "_COUNTRY_ZONES", "_ZONE_ALIASES"} <= table_names


@pytest.mark.parametrize(("table", "key", "zone"), TABLE_ZONES)
def test_every_zone_in_every_table_is_a_loadable_zoneinfo_key(table, key, zone):
    assert is_valid_timezone(zone), f"{table}[{key!r}] = {zone!r}"
    assert zoneinfo.ZoneInfo(zone).key == zone


def test_the_country_table_only_holds_countries_with_several_zones():
    # A country with one zone gets it from tzdata's zone.tab; the table is for the rest.
    by_country = timezones._zones_by_country()
    for country, zone in timezones._COUNTRY_ZONES.items():
        assert len(by_country[country]) > 1, country
        assert zone in by_country[country], country


def test_state_tables_are_for_countries_with_several_zones():
    by_country = timezones._zones_by_country()
    assert all(len(by_country[country]) > 1 for country in timezones._STATE_ZONES)


def test_every_zone_libphonenumber_names_is_one_zoneinfo_can_load():
    # Where tzdata's zone.tab does not know a number's region, libphonenumber's zone is kept.
    from phonenumbers.tzdata import TIMEZONE_DATA

    named = {zone for zones in TIMEZONE_DATA.values() for zone in zones} - {"Etc/Unknown"}
    assert len(named) > 250
    assert not {zone for zone in named if not is_valid_timezone(zone)}


def test_importing_the_domain_does_not_load_phonenumbers():
    # Only a sign-up (and a country lookup without FromCountry) pays for its data.
    code = (
        "import sys, chalicelib.domain.conversation, chalicelib.domain.timezones; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'phonenumbers'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_DIR, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


# --- precedence: the number's one zone > state > country > default ----------------------


def test_california_state_wins_over_the_operator_default():
    assert infer_timezone("+15550100000", "CA", "US", OPERATOR_DEFAULT) == "America/Los_Angeles"


def test_a_known_area_code_wins_over_the_state():
    # Twilio reads FromState from the number itself; the area code names the zone more precisely
    # (issue 13: Knoxville and El Paso got Chicago time from their state).
    assert infer_timezone("+12125550100", "TX", "US", OPERATOR_DEFAULT) == "America/New_York"


def test_country_wins_over_the_calling_code():
    assert infer_timezone("+447700900123", "", "FR", OPERATOR_DEFAULT) == "Europe/Paris"


def test_calling_code_wins_over_the_operator_default():
    assert infer_timezone("+447700900123", None, None, OPERATOR_DEFAULT) == "Europe/London"


def test_unknown_everything_falls_back_to_the_operator_default():
    assert infer_timezone("+9995550100", "ZZ", "ZZ", OPERATOR_DEFAULT) == OPERATOR_DEFAULT


def test_default_is_returned_for_an_empty_phone_and_no_geo_fields():
    assert infer_timezone("", None, None, "America/Denver") == "America/Denver"


@pytest.mark.parametrize("short_code", ["12345", "898287", "MyBrand"])
def test_senders_without_a_plus_are_not_read_as_calling_codes(short_code):
    assert infer_timezone(short_code, "", "", OPERATOR_DEFAULT) == OPERATOR_DEFAULT


# --- FromState -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "zone"),
    [
        ("CA", "America/Los_Angeles"),
        ("TX", "America/Chicago"),
        ("AZ", "America/Phoenix"),
        ("HI", "Pacific/Honolulu"),
        ("AK", "America/Anchorage"),
        ("IN", "America/Indiana/Indianapolis"),
        ("NY", "America/New_York"),
        ("DC", "America/New_York"),
        ("MI", "America/Detroit"),
        ("CO", "America/Denver"),
        ("PR", "America/Puerto_Rico"),
        ("GU", "Pacific/Guam"),
    ],
)
def test_us_state_code_picks_the_zone_most_of_the_state_lives_in(state, zone):
    # A +1 number with an unassigned area code, so only the state can decide.
    assert infer_timezone("+15550100000", state, "US", OPERATOR_DEFAULT) == zone


@pytest.mark.parametrize(
    ("state", "zone"),
    [
        ("ON", "America/Toronto"),
        ("QC", "America/Toronto"),
        ("BC", "America/Vancouver"),
        ("AB", "America/Edmonton"),
        ("MB", "America/Winnipeg"),
        ("SK", "America/Regina"),
        ("NS", "America/Halifax"),
        ("NB", "America/Moncton"),
        ("NL", "America/St_Johns"),
        ("PE", "America/Halifax"),
        ("YT", "America/Whitehorse"),
        ("NT", "America/Edmonton"),
        ("NU", "America/Iqaluit"),
    ],
)
def test_canadian_province_code_picks_its_zone(state, zone):
    assert infer_timezone("+15550100000", state, "CA", OPERATOR_DEFAULT) == zone


@pytest.mark.parametrize(
    ("state", "zone"),
    [
        ("NSW", "Australia/Sydney"),
        ("VIC", "Australia/Melbourne"),
        ("QLD", "Australia/Brisbane"),
        ("SA", "Australia/Adelaide"),
        ("WA", "Australia/Perth"),
        ("TAS", "Australia/Hobart"),
        ("ACT", "Australia/Sydney"),
        ("NT", "Australia/Darwin"),
    ],
)
def test_australian_state_code_picks_its_zone(state, zone):
    assert infer_timezone("+61400000000", state, "AU", OPERATOR_DEFAULT) == zone


def test_the_same_state_code_means_different_places_in_different_countries():
    assert infer_timezone("+15550100000", "WA", "US", OPERATOR_DEFAULT) == "America/Los_Angeles"
    assert infer_timezone("+61400000000", "WA", "AU", OPERATOR_DEFAULT) == "Australia/Perth"
    assert infer_timezone("+15550100000", "NT", "CA", OPERATOR_DEFAULT) == "America/Edmonton"
    assert infer_timezone("+61400000000", "NT", "AU", OPERATOR_DEFAULT) == "Australia/Darwin"


@pytest.mark.parametrize(
    ("state", "country", "zone"),
    [
        ("ca", "us", "America/Los_Angeles"),
        (" Tx ", "US", "America/Chicago"),
        ("New South Wales", "AU", "Australia/Sydney"),
        ("western  australia", "au", "Australia/Perth"),
        ("British Columbia", "CA", "America/Vancouver"),
        ("Québec", "CA", "America/Toronto"),
    ],
)
def test_state_matching_ignores_case_spacing_and_accepts_region_names(state, country, zone):
    assert infer_timezone("+10000000000", state, country, OPERATOR_DEFAULT) == zone


def test_a_city_name_in_from_state_falls_through_to_the_country():
    assert infer_timezone("+447700900123", "GLASGOW", "GB", OPERATOR_DEFAULT) == "Europe/London"


def test_an_unknown_us_state_falls_through_to_the_area_code():
    assert infer_timezone("+13125550100", "XX", "US", OPERATOR_DEFAULT) == "America/Chicago"


def test_a_state_without_a_country_is_not_guessed_at():
    # "WA" alone could be Washington or Western Australia; the number decides instead.
    assert infer_timezone("+61400000000", "WA", "", OPERATOR_DEFAULT) == "Australia/Sydney"


# --- blank Twilio geo fields ------------------------------------------------------------


@pytest.mark.parametrize("blank", ["", "   ", None])
def test_blank_from_state_and_from_country_fall_through_to_the_calling_code(blank):
    assert infer_timezone("+353851234567", blank, blank, OPERATOR_DEFAULT) == "Europe/Dublin"


def test_blank_from_state_with_a_country_uses_the_country():
    assert infer_timezone("+4915112345678", "", "DE", OPERATOR_DEFAULT) == "Europe/Berlin"


def test_blank_from_country_ignores_from_state_and_uses_the_area_code():
    assert infer_timezone("+12065550100", "CA", "", OPERATOR_DEFAULT) == "America/Los_Angeles"


# --- FromCountry ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "zone"),
    [
        ("GB", "Europe/London"),
        ("IE", "Europe/Dublin"),
        ("ES", "Europe/Madrid"),
        ("PT", "Europe/Lisbon"),
        ("NL", "Europe/Amsterdam"),
        ("IN", "Asia/Kolkata"),
        ("NZ", "Pacific/Auckland"),
        ("ID", "Asia/Jakarta"),
        ("JP", "Asia/Tokyo"),
        ("ZA", "Africa/Johannesburg"),
        ("AU", "Australia/Sydney"),
        ("BR", "America/Sao_Paulo"),
        ("MX", "America/Mexico_City"),
        ("RU", "Europe/Moscow"),
        ("ca", "America/Toronto"),
    ],
)
def test_country_maps_to_its_single_or_most_populous_zone(country, zone):
    assert infer_timezone("", "", country, OPERATOR_DEFAULT) == zone


def test_us_country_without_a_known_area_code_means_eastern_time():
    assert infer_timezone("+15550100000", "", "US", OPERATOR_DEFAULT) == "America/New_York"


def test_us_country_is_refined_by_the_area_code():
    assert infer_timezone("+16025550100", "", "US", OPERATOR_DEFAULT) == "America/Phoenix"


def test_canadian_country_is_refined_by_the_area_code():
    assert infer_timezone("+16045550100", "", "CA", OPERATOR_DEFAULT) == "America/Vancouver"


def test_unknown_country_falls_through_to_the_calling_code():
    assert infer_timezone("+819012345678", "", "XX", OPERATOR_DEFAULT) == "Asia/Tokyo"


# --- calling codes and NANP area codes ----------------------------------------------------


@pytest.mark.parametrize(
    ("phone", "zone"),
    [
        ("+447700900123", "Europe/London"),
        ("+353851234567", "Europe/Dublin"),
        ("+351912345678", "Europe/Lisbon"),
        ("+61412345678", "Australia/Sydney"),
        ("+64211234567", "Pacific/Auckland"),
        ("+919876543210", "Asia/Kolkata"),
        ("+971501234567", "Asia/Dubai"),
        ("+972501234567", "Asia/Jerusalem"),
        ("+5511912345678", "America/Sao_Paulo"),
        ("+31612345678", "Europe/Amsterdam"),
        ("+79161234567", "Europe/Moscow"),
        ("+77011234567", "Asia/Almaty"),
        ("+2348012345678", "Africa/Lagos"),
        ("+6591234567", "Asia/Singapore"),
        ("whatsapp:+447700900123", "Europe/London"),
        ("+44 7700 900123", "Europe/London"),
    ],
)
def test_calling_code_uses_the_longest_matching_prefix(phone, zone):
    assert infer_timezone(phone, None, None, OPERATOR_DEFAULT) == zone


@pytest.mark.parametrize(
    ("area_code", "zone"),
    [
        ("212", "America/New_York"),
        ("646", "America/New_York"),
        ("917", "America/New_York"),
        ("213", "America/Los_Angeles"),
        ("310", "America/Los_Angeles"),
        ("323", "America/Los_Angeles"),
        ("415", "America/Los_Angeles"),
        ("408", "America/Los_Angeles"),
        ("510", "America/Los_Angeles"),
        ("619", "America/Los_Angeles"),
        ("858", "America/Los_Angeles"),
        ("916", "America/Los_Angeles"),
        ("312", "America/Chicago"),
        ("773", "America/Chicago"),
        ("713", "America/Chicago"),
        ("832", "America/Chicago"),
        ("214", "America/Chicago"),
        ("972", "America/Chicago"),
        ("512", "America/Chicago"),
        ("210", "America/Chicago"),
        ("915", "America/Denver"),
        ("305", "America/New_York"),
        ("786", "America/New_York"),
        ("407", "America/New_York"),
        ("813", "America/New_York"),
        ("206", "America/Los_Angeles"),
        ("602", "America/Phoenix"),
        ("480", "America/Phoenix"),
        ("303", "America/Denver"),
        ("801", "America/Denver"),
        ("808", "Pacific/Honolulu"),
        ("907", "America/Anchorage"),
        ("416", "America/Toronto"),
        ("647", "America/Toronto"),
        ("604", "America/Vancouver"),
        ("403", "America/Edmonton"),
        ("587", "America/Edmonton"),
        ("514", "America/Toronto"),
        ("787", "America/Puerto_Rico"),
        ("876", "America/Jamaica"),
    ],
)
def test_nanp_area_code_picks_the_local_zone(area_code, zone):
    assert infer_timezone(f"+1{area_code}5550100", "", "", OPERATOR_DEFAULT) == zone


def test_nanp_number_with_an_unlisted_area_code_means_eastern_time():
    assert infer_timezone("+15550100000", "", "", OPERATOR_DEFAULT) == "America/New_York"


def _offsets(zone: str) -> list[timedelta | None]:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    info = zoneinfo.ZoneInfo(zone)
    return [(start + timedelta(days=day)).astimezone(info).utcoffset() for day in range(366)]


@pytest.mark.parametrize(
    ("area_code", "local_zone"),
    [("313", "America/Detroit"), ("317", "America/Indiana/Indianapolis")],
)
def test_libphonenumber_names_one_zone_per_clock(area_code, local_zone):
    # Detroit and Indianapolis get New York's zone, which keeps the same time all year.
    zone = infer_timezone(f"+1{area_code}5550100", "", "", OPERATOR_DEFAULT)
    assert zone == "America/New_York"
    assert _offsets(zone) == _offsets(local_zone)


@pytest.mark.parametrize(
    ("phone", "state", "zone"),
    [
        ("+18504345678", "FL", "America/Chicago"),  # Pensacola: Central, in an Eastern state
        ("+18502221234", "FL", "America/New_York"),  # Tallahassee, the same area code
        ("+12198360100", "IN", "America/Chicago"),  # Munster: Central, in an Eastern state
    ],
)
def test_libphonenumber_tells_the_zone_by_exchange_inside_a_split_area_code(phone, state, zone):
    assert infer_timezone(phone, state, "US", OPERATOR_DEFAULT) == zone


def test_a_split_area_code_is_decided_by_from_state():
    assert infer_timezone("+17095550100", "NL", "CA", OPERATOR_DEFAULT) == "America/St_Johns"
    assert infer_timezone("+17095550100", "NS", "CA", OPERATOR_DEFAULT) == "America/Halifax"
    # An Idaho exchange libphonenumber puts in both Mountain and Pacific time.
    assert infer_timezone("+12083201234", "ID", "US", OPERATOR_DEFAULT) == "America/Boise"
    assert infer_timezone("+12083201234", "WA", "US", OPERATOR_DEFAULT) == "America/Los_Angeles"


def test_without_from_state_a_split_area_code_takes_the_zone_a_state_keeps():
    # 907 spans Anchorage and Adak; only Anchorage is a state's main zone.
    assert infer_timezone("+19075550100", "", "", OPERATOR_DEFAULT) == "America/Anchorage"
    # 709 spans two provinces' zones; either is the number's own, Toronto would be neither.
    assert infer_timezone("+17095550100", "", "", OPERATOR_DEFAULT) in {
        "America/Halifax",
        "America/St_Johns",
    }


# --- libphonenumber's zones checked against tzdata ----------------------------------------


@pytest.mark.parametrize(
    ("phone", "zone"),
    [
        # libphonenumber gives America/Chicago, which keeps summer time; Nicaragua does not.
        ("+50581234567", "America/Managua"),
        # ... and Europe/Paris for Algeria, Atlantic/Canary for Morocco.
        ("+213551234567", "Africa/Algiers"),
        ("+212612345678", "Africa/Casablanca"),
        # ... and Europe/London (or a Crown dependency) for every Irish number.
        ("+35312345678", "Europe/Dublin"),
        ("+353851234567", "Europe/Dublin"),
        # ... and old names: Asia/Calcutta, Asia/Katmandu.
        ("+919876543210", "Asia/Kolkata"),
        ("+9779841234567", "Asia/Kathmandu"),
        # A Guernsey number is Guernsey's, not the UK's four zones.
        ("+441481256789", "Europe/Guernsey"),
    ],
)
def test_the_numbers_country_in_tzdata_corrects_libphonenumbers_zone(phone, zone):
    assert infer_timezone(phone, "", "", OPERATOR_DEFAULT) == zone


@pytest.mark.parametrize("phone", ["+442071234567", "+447400123456", "whatsapp:+447400123456"])
def test_a_uk_number_is_london_time(phone):
    assert infer_timezone(phone, "", "GB", OPERATOR_DEFAULT) == "Europe/London"


def test_an_australian_mobile_spans_the_country_so_from_state_decides():
    assert infer_timezone("+61412345678", "NSW", "AU", OPERATOR_DEFAULT) == "Australia/Sydney"
    assert infer_timezone("+61412345678", "WA", "AU", OPERATOR_DEFAULT) == "Australia/Perth"


def test_an_australian_landline_names_its_own_zone():
    assert infer_timezone("+61298765432", "WA", "AU", OPERATOR_DEFAULT) == "Australia/Sydney"


@pytest.mark.parametrize("state", ["IL", "TN"])
def test_knoxville_keeps_eastern_time_whatever_the_state_says(state):
    assert infer_timezone("+18655550100", state, "US", OPERATOR_DEFAULT) == "America/New_York"


def test_el_paso_keeps_mountain_time_in_texas():
    assert infer_timezone("+19155550100", "TX", "US", OPERATOR_DEFAULT) == "America/Denver"


@pytest.mark.parametrize("phone", ["+80012345678", "+9995550100", "+1", "+", "12345", "Brand"])
def test_numbers_with_no_country_fall_back_to_the_default(phone):
    assert infer_timezone(phone, "", "", OPERATOR_DEFAULT) == OPERATOR_DEFAULT


# --- e164_digits ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phone", "digits"),
    [
        ("+447700900123", "447700900123"),
        ("whatsapp:+447700900123", "447700900123"),
        (" +1 (415) 555-0100 ", "14155550100"),
        ("12345", None),
        ("MyBrand", None),
        ("whatsapp:12345", None),
        ("+", None),
    ],
)
def test_e164_digits_reads_only_numbers_with_a_plus(phone, digits):
    assert e164_digits(phone) == digits


# --- real Twilio webhooks ----------------------------------------------------------------

EXPECTED_ZONE_BY_EXAMPLE = {
    # +1 415, FromState CA, San Francisco
    "twilio_ruby_spec_sms_legacy": "America/Los_Angeles",
    # +1 703, FromState VA, Centreville
    "stevezieglerva_raw_form_body": "America/New_York",
    # +1 916, FromState CA, Roseville
    "jzpeterson_apigw_v2_sms_android": "America/Los_Angeles",
    # +1 801, FromState UT, Ogden
    "jzpeterson_apigw_v2_mms_image_apple": "America/Denver",
    # +31 6, FromCountry NL, every other geo field blank
    "nuntius_gem_nl_messaging_service": "Europe/Amsterdam",
}


def _inbound_examples() -> list[dict[str, Any]]:
    with (DATA_DIR / "twilio_inbound_examples.json").open(encoding="utf-8") as fh:
        examples: list[dict[str, Any]] = json.load(fh)["examples"]
    return [example for example in examples if example["params"].get("From")]


INBOUND_EXAMPLES = _inbound_examples()


def test_every_real_webhook_with_a_sender_has_an_expected_zone():
    assert len(INBOUND_EXAMPLES) == 5
    assert {example["id"] for example in INBOUND_EXAMPLES} == set(EXPECTED_ZONE_BY_EXAMPLE)


@pytest.mark.parametrize("example", INBOUND_EXAMPLES, ids=lambda example: example["id"])
def test_real_twilio_webhook_infers_the_senders_local_zone(example):
    params = example["params"]
    zone = infer_timezone(
        params["From"], params.get("FromState"), params.get("FromCountry"), OPERATOR_DEFAULT
    )
    assert zone == EXPECTED_ZONE_BY_EXAMPLE[example["id"]]


@pytest.mark.parametrize("example", INBOUND_EXAMPLES, ids=lambda example: example["id"])
def test_real_sender_number_alone_agrees_with_twilios_geo_fields(example):
    zone = infer_timezone(example["params"]["From"], "", "", OPERATOR_DEFAULT)
    assert zone == EXPECTED_ZONE_BY_EXAMPLE[example["id"]]


# --- is_valid_timezone ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Europe/London", "America/Indiana/Indianapolis", "UTC"])
def test_real_iana_names_are_valid(name):
    assert is_valid_timezone(name)


@pytest.mark.parametrize(
    "name", ["", "europe/london", "Mars/Olympus_Mons", "Pacific", "../etc/passwd", "localtime"]
)
def test_lowercase_made_up_path_like_and_host_dependent_names_are_invalid(name):
    assert not is_valid_timezone(name)


# --- resolve_timezone_name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("europe/london", "Europe/London"),
        ("AMERICA/NEW_YORK", "America/New_York"),
        ("America/Los Angeles", "America/Los_Angeles"),
        ("Asia/Kolkata", "Asia/Kolkata"),
        ("Pacific", "America/Los_Angeles"),
        ("PST", "America/Los_Angeles"),
        ("pt", "America/Los_Angeles"),
        ("Pacific Time", "America/Los_Angeles"),
        ("pacific standard time", "America/Los_Angeles"),
        ("Eastern", "America/New_York"),
        ("EST", "America/New_York"),
        ("ET", "America/New_York"),
        ("Central", "America/Chicago"),
        ("CST", "America/Chicago"),
        ("Mountain", "America/Denver"),
        ("MST", "America/Denver"),
        ("Alaska", "America/Anchorage"),
        ("Hawaii", "Pacific/Honolulu"),
        ("Arizona", "America/Phoenix"),
        ("UK", "Europe/London"),
        ("London", "Europe/London"),
        ("GMT", "Europe/London"),
        ("BST", "Europe/London"),
        ("CET", "Europe/Paris"),
        ("Sydney", "Australia/Sydney"),
        ("Toronto", "America/Toronto"),
        ("Paris", "Europe/Paris"),
        ("Berlin", "Europe/Berlin"),
        ("Mumbai", "Asia/Kolkata"),
        ("India", "Asia/Kolkata"),
        ("IST", "Asia/Kolkata"),
        ("Tokyo", "Asia/Tokyo"),
        ("  tokyo.  ", "Asia/Tokyo"),
        ("UTC", "UTC"),
    ],
)
def test_typed_zone_names_resolve_to_iana_keys(text, zone):
    assert resolve_timezone_name(text) == zone


def test_us_abbreviations_follow_daylight_saving_instead_of_iana_fixed_offsets():
    # IANA's own "EST" and "MST" keys never switch to summer time.
    assert resolve_timezone_name("EST") != "EST"
    assert resolve_timezone_name("MST") != "MST"


@pytest.mark.parametrize("text", ["", "   ", "banana", "Mars/Olympus_Mons", "localtime", "STOP"])
def test_unknown_zone_text_resolves_to_none(text):
    assert resolve_timezone_name(text) is None


def test_every_resolved_name_is_a_valid_zone():
    samples = ["pacific", "europe/berlin", "nz", "hong kong", "são paulo", "cest"]
    for text in samples:
        resolved = resolve_timezone_name(text)
        assert resolved is not None
        assert is_valid_timezone(resolved)


@pytest.mark.parametrize(
    ("phone", "state", "zone"),
    [
        ("+18655550100", "TN", "America/New_York"),  # Knoxville: Eastern, in a Central state
        ("+19155550100", "TX", "America/Denver"),  # El Paso: Mountain, in a Central state
        ("+16155550100", "TN", "America/Chicago"),  # Nashville: Central
    ],
)
def test_the_area_code_beats_a_state_that_spans_two_zones(phone: str, state: str, zone: str):
    assert infer_timezone(phone, state, "US", OPERATOR_DEFAULT) == zone

"""fix39m: month names of the smaller European Wikipedias' languages (a date in them is
no malformed access-date); URLs and DOIs keep the digits of their script; Indic-script
entries; refs defined in an infobox take their claim from the field."""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import parse_date
from bibcheck.text import ascii_digits_outside_addresses
from bibcheck.urls import normalise_key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("9 Cèitean 2022", date(2022, 5, 9)),  # Scottish Gaelic
        ("21 Ògmhios 2019", date(2019, 6, 21)),
        ("4 dhen Ghearran 2020", date(2020, 2, 4)),  # lenited after "dhen"
        ("30 an t-Sultain 2018", date(2018, 9, 30)),
        ("7 Dùbhlachd 2021", date(2021, 12, 7)),
        ("11 Meán Fómhair 2017", date(2017, 9, 11)),  # Irish, two words
        ("2 Deireadh Fómhair 2016", date(2016, 10, 2)),
        ("18 Jerrey-souree 2015", date(2015, 7, 18)),  # Manx, hyphenated
        ("5 Mee Houney 2014", date(2014, 11, 5)),
        ("16. ágúst 2020", date(2020, 8, 16)),  # Icelandic
        ("3. apríl 2022", date(2022, 4, 3)),  # Faroese / Icelandic
        ("19. Abrëll 2023", date(2023, 4, 19)),  # Luxembourgish
        ("8 jannewaris 2013", date(2013, 1, 8)),  # West Frisian
        ("27 Mezheven 2012", date(2012, 6, 27)),  # Breton
        ("14 Gwynngala 2011", date(2011, 9, 14)),  # Cornish
        ("6 de setembre de 2020", date(2020, 9, 6)),  # Catalan
        ("2020ko urriaren 6", date(2020, 10, 6)),  # Basque
        ("12. märts 2019", date(2019, 3, 12)),  # Estonian
    ],
)
def test_regional_month_names(raw: str, expected: date) -> None:
    assert parse_date(raw) == expected


def test_irish_fomhair_alone_is_no_month() -> None:
    assert parse_date("12 Fómhair 2020") is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "https://hi.wikipedia.org/wiki/मंगलयान-२ ३ मई २०२१",
            "https://hi.wikipedia.org/wiki/मंगलयान-२",
        ),
        ("www.example.org/বই/১৯৭১ (১৯৯৮)", "www.example.org/বই/১৯৭১"),
        ("doi:10.5555/ଓଡ଼ିଆ-୨୦ ୨୦୨୦", "doi:10.5555/ଓଡ଼ିଆ-୨୦"),
        ("10.5555/abc٣ ١٩٩٨", "10.5555/abc٣"),
    ],
)
def test_addresses_keep_their_digits(text: str, kept: str) -> None:
    out = ascii_digits_outside_addresses(text)
    assert out.startswith(kept)
    assert len(out) == len(text)
    assert not any(c.isdigit() and not c.isascii() for c in out[len(kept) :])


@pytest.mark.parametrize(
    ("entry", "url"),
    [
        (
            "ਸਰੋਤ. [ਮੰਗਲਯਾਨ-੨](https://pa.wikipedia.org/wiki/ਮੰਗਲਯਾਨ-੨). ਵਿਕੀਪੀਡੀਆ, ੨੦੨੨.",
            "https://pa.wikipedia.org/wiki/ਮੰਗਲਯਾਨ-੨",
        ),
        (
            "লেখক, ক. শিরোনাম। ঢাকা, ১৯৯৯। https://bn.wikipedia.org/wiki/পাতা_৭",
            "https://bn.wikipedia.org/wiki/পাতা_৭",
        ),
    ],
)
def test_reference_url_keeps_script_digits(entry: str, url: str) -> None:
    ref = parse_reference(entry, [0])
    assert ref.url is not None
    assert normalise_key(ref.url) == normalise_key(url)
    assert ref.url_display is None or ref.url_display == url

"""Amharic (Ethiopic-script) entries read as the other scripts without capitals are: the
names whole and uninverted, the Ethiopian era after a year ("2012 ዓ.ም."), the Amharic words
for a thesis, an edited book's chapter ("በ…", "ውስጥ", "አርታኢ", "አዘጋጅ"), a journal's volume
and number ("ቅጽ", "ቁጥር", "ቁ."), an unsigned newspaper piece dated by the Ethiopian month,
a ministry's numbered directive, proclamation or regulation (a report), the short note
("Name፣ «Short»፣ ገጽ 40።") resolved to the full note before it."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats

A, B, CH, R, T, U = (
    RefKind.ARTICLE,
    RefKind.BOOK,
    RefKind.CHAPTER,
    RefKind.REPORT,
    RefKind.THESIS,
    RefKind.UNKNOWN,
)

# (text, note?, kind, authors, title, year, host)
CASES = [
    # theses: a master's, a doctorate's, a research paper of no degree named; notes and lists
    (
        "ሰላማዊት ታደሰ፣ «በቆጂ፡ የሯጮች መፍለቂያ — ማኅበረሰባዊ ጥናት» (የማስተርስ ዲግሪ ማሟያ ጽሑፍ፣ አዲስ አበባ"
        " ዩኒቨርሲቲ፣ 2012 ዓ.ም.)፣ ገጽ 23።",
        True,
        T,
        ("ሰላማዊት ታደሰ",),
        "በቆጂ፡ የሯጮች መፍለቂያ — ማኅበረሰባዊ ጥናት",
        2012,
        None,
    ),
    (
        "ብርሃኑ ደስታ፣ «የገጠር ሴቶች ስፖርት ተሳትፎ» (የዶክትሬት ዲግሪ ማሟያ ጽሑፍ፣ ጅማ ዩኒቨርሲቲ፣ 2015 ዓ.ም.)፣ ገጽ 12።",
        True,
        T,
        ("ብርሃኑ ደስታ",),
        "የገጠር ሴቶች ስፖርት ተሳትፎ",
        2015,
        None,
    ),
    (
        "መሠረት ኃይሌ። 2009 ዓ.ም. «የእግር ኳስ ደጋፊዎች ባህል በአዲስ አበባ»። ጥናታዊ ጽሑፍ፣ ባሕር ዳር ዩኒቨርሲቲ።",
        False,
        T,
        ("መሠረት ኃይሌ",),
        "የእግር ኳስ ደጋፊዎች ባህል በአዲስ አበባ",
        2009,
        None,
    ),
    (
        "ሰላማዊት ታደሰ። 2012 ዓ.ም. «በቆጂ፡ የሯጮች መፍለቂያ»። የማስተርስ ዲግሪ ማሟያ ጽሑፍ፣ አዲስ አበባ ዩኒቨርሲቲ።",
        False,
        T,
        ("ሰላማዊት ታደሰ",),
        "በቆጂ፡ የሯጮች መፍለቂያ",
        2012,
        None,
    ),
    # (near miss: the thesis words opening a book's title are no designation)
    (
        "ተስፋዬ ገብሬ፣ *ጥናታዊ ጽሑፍ አጻጻፍ* (አዲስ አበባ፡ ኩራዝ አሳታሚ፣ 1998 ዓ.ም.)፣ ገጽ 5።",
        True,
        B,
        ("ተስፋዬ ገብሬ",),
        "ጥናታዊ ጽሑፍ አጻጻፍ",
        1998,
        None,
    ),
    # books: place and publisher parted by the Ethiopic semicolon, the era after the year
    (
        "አበበ ከበደ፣ *በረሃ ላይ ሩጫ* (አዲስ አበባ፤ ሜጋ አሳታሚ፣ 2000 ዓ.ም.)፣ ገጽ 5።",
        True,
        B,
        ("አበበ ከበደ",),
        "በረሃ ላይ ሩጫ",
        2000,
        None,
    ),
    # articles: the volume bare or named "ቅጽ", the number "ቁ." or "ቁጥር"
    (
        "ዮናስ ገብረ መድኅን፣ «የከፍታ ቦታ ልምምድና የኢትዮጵያ ረጅም ርቀት ሯጮች»፣ *የኢትዮጵያ ስፖርት ሳይንስ"
        " መጽሔት* 5፣ ቁ. 1 (2014 ዓ.ም.)፡ 15–34፣ https://doi.org/10.99999/ejss.2014.5.1.02።",
        True,
        A,
        ("ዮናስ ገብረ መድኅን",),
        "የከፍታ ቦታ ልምምድና የኢትዮጵያ ረጅም ርቀት ሯጮች",
        2014,
        "የኢትዮጵያ ስፖርት ሳይንስ መጽሔት",
    ),
    (
        "አለሙ ከበደ፣ «የማራቶን ሥልጠና ዘዴዎች»፣ *የስፖርት ጥናት መጽሔት* ቅጽ 3፣ ቁጥር 2 (2011 ዓ.ም.)፡ 40–52።",
        True,
        A,
        ("አለሙ ከበደ",),
        "የማራቶን ሥልጠና ዘዴዎች",
        2011,
        "የስፖርት ጥናት መጽሔት",
    ),
    (
        "ዮናስ ገብረ መድኅን። 2014 ዓ.ም. «የከፍታ ቦታ ልምምድ»። *የኢትዮጵያ ስፖርት ሳይንስ መጽሔት* 5፣ ቁ. 1፡"
        " 15–34። https://doi.org/10.99999/ejss.2014.5.1.02።",
        False,
        A,
        ("ዮናስ ገብረ መድኅን",),
        "የከፍታ ቦታ ልምምድ",
        2014,
        "የኢትዮጵያ ስፖርት ሳይንስ መጽሔት",
    ),
    (
        "ገነት አየለ። 2013 ዓ.ም. «የሴቶች አትሌቲክስ ታሪክ»። *የኢትዮጵያ ታሪክ መጽሔት* 8፣ ቁ. 2፡ 101–120።",
        False,
        A,
        ("ገነት አየለ",),
        "የሴቶች አትሌቲክስ ታሪክ",
        2013,
        "የኢትዮጵያ ታሪክ መጽሔት",
    ),
    # chapters: the editor "በ…" and role before the book, "በ*Book*" and the role after it,
    # "*Book* ውስጥ"
    (
        "ሃይሉ ተሰማ፣ «በቆጂና የሩጫ ባህል»፣ በኤልሳ አበበ (አርታኢ)፣ *ስፖርትና ማኅበረሰብ በኢትዮጵያ* (አዲስ"
        " አበባ፤ ሐመር አሳታሚ፣ 2010 ዓ.ም.)፣ ገጽ 45–67።",
        True,
        CH,
        ("ሃይሉ ተሰማ",),
        "በቆጂና የሩጫ ባህል",
        2010,
        "ስፖርትና ማኅበረሰብ በኢትዮጵያ",
    ),
    (
        "ታደለ ብርሃኑ፣ «የእግር ኳስ ጅማሮ»፣ በመኮንን ደስታ (አዘጋጅ)፣ *የኢትዮጵያ ስፖርት ታሪክ* (አዲስ አበባ፤"
        " ብርሃንና ሰላም፣ 2005 ዓ.ም.)፣ ገጽ 10–30።",
        True,
        CH,
        ("ታደለ ብርሃኑ",),
        "የእግር ኳስ ጅማሮ",
        2005,
        "የኢትዮጵያ ስፖርት ታሪክ",
    ),
    (
        "ሃይሉ ተሰማ። 2010 ዓ.ም. «በቆጂና የሩጫ ባህል»። በ*ስፖርትና ማኅበረሰብ በኢትዮጵያ*፣ አርታኢ ኤልሳ አበበ፣"
        " ገጽ 45–67። አዲስ አበባ፤ ሐመር አሳታሚ።",
        False,
        CH,
        ("ሃይሉ ተሰማ",),
        "በቆጂና የሩጫ ባህል",
        2010,
        "ስፖርትና ማኅበረሰብ በኢትዮጵያ",
    ),
    (
        "ታደለ ብርሃኑ። 2005 ዓ.ም. «የእግር ኳስ ጅማሮ»። *የኢትዮጵያ ስፖርት ታሪክ* ውስጥ፣ አዘጋጅ መኮንን ደስታ፣"
        " ገጽ 10–30። አዲስ አበባ፤ ብርሃንና ሰላም።",
        False,
        CH,
        ("ታደለ ብርሃኑ",),
        "የእግር ኳስ ጅማሮ",
        2005,
        "የኢትዮጵያ ስፖርት ታሪክ",
    ),
    # unsigned newspaper pieces, dated by the Ethiopian month
    (
        "«አበበ ቢቂላ በሮም ማራቶን በባዶ እግሩ አሸነፈ»፣ *አዲስ ዘመን*፣ መስከረም 1 ቀን 1953 ዓ.ም.፣ ገጽ 1።",
        True,
        A,
        (),
        "አበበ ቢቂላ በሮም ማራቶን በባዶ እግሩ አሸነፈ",
        1953,
        "አዲስ ዘመን",
    ),
    (
        "«ደራርቱ ቱሉ በባርሴሎና አሸነፈች»፣ *አዲስ ዘመን*፣ ሐምሌ 30 ቀን 1984 ዓ.ም.፣ ገጽ 1።",
        True,
        A,
        (),
        "ደራርቱ ቱሉ በባርሴሎና አሸነፈች",
        1984,
        "አዲስ ዘመን",
    ),
    (
        "«የሊጉ ውድድር ተራዘመ»። *ሪፖርተር*፣ ጥር 5 ቀን 2010 ዓ.ም.፣ ገጽ 12።",
        False,
        A,
        (),
        "የሊጉ ውድድር ተራዘመ",
        2010,
        "ሪፖርተር",
    ),
    # a body's numbered directive, proclamation, regulation: a report under its title
    (
        "የወጣቶችና ስፖርት ሚኒስቴር፣ *የስፖርት ማኅበራት ምዝገባና አስተዳደር መመሪያ ቁጥር 12/2008* (አዲስ አበባ፣"
        " 2008 ዓ.ም.)፣ አንቀጽ 5።",
        True,
        R,
        ("የወጣቶችና ስፖርት ሚኒስቴር",),
        "የስፖርት ማኅበራት ምዝገባና አስተዳደር መመሪያ ቁጥር 12/2008",
        2008,
        None,
    ),
    (
        "የወጣቶችና ስፖርት ሚኒስቴር። 2008 ዓ.ም. *የስፖርት ማኅበራት ምዝገባና አስተዳደር መመሪያ ቁጥር 12/2008*። አዲስ አበባ።",
        False,
        R,
        ("የወጣቶችና ስፖርት ሚኒስቴር",),
        "የስፖርት ማኅበራት ምዝገባና አስተዳደር መመሪያ ቁጥር 12/2008",
        2008,
        None,
    ),
    (
        "የኢትዮጵያ ፌዴራላዊ ዲሞክራሲያዊ ሪፐብሊክ። 2011 ዓ.ም. *የሠራተኛ አዋጅ ቁጥር 1156/2011*። አዲስ አበባ።",
        False,
        R,
        ("የኢትዮጵያ ፌዴራላዊ ዲሞክራሲያዊ ሪፐብሊክ",),
        "የሠራተኛ አዋጅ ቁጥር 1156/2011",
        2011,
        None,
    ),
    (
        "የትምህርት ሚኒስቴር፣ *የከፍተኛ ትምህርት ተቋማት ደንብ ቁጥር 45/2010* (አዲስ አበባ፣ 2010 ዓ.ም.)።",
        True,
        R,
        ("የትምህርት ሚኒስቴር",),
        "የከፍተኛ ትምህርት ተቋማት ደንብ ቁጥር 45/2010",
        2010,
        None,
    ),
    # (near miss: a person's book on a proclamation, its title going on after the number)
    (
        "ሙሉጌታ ከበደ፣ *የሠራተኛ አዋጅ ቁጥር 1156/2011 ማብራሪያ* (አዲስ አበባ፤ ሜጋ አሳታሚ፣ 2012 ዓ.ም.)፣ ገጽ 8።",
        True,
        B,
        ("ሙሉጌታ ከበደ",),
        "የሠራተኛ አዋጅ ቁጥር 1156/2011 ማብራሪያ",
        2012,
        None,
    ),
]


@pytest.mark.parametrize(("text", "note", "kind", "authors", "title", "year", "host"), CASES)
def test_ethiopic_entry(
    text: str,
    note: bool,
    kind: RefKind,
    authors: tuple[str, ...],
    title: str,
    year: int,
    host: str | None,
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    assert ref.kind is kind
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    if host is not None:
        assert ref.host == host


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of commentary in Amharic stays one
        "ይህ ጉዳይ በምዕራፍ ሦስት በዝርዝር ተብራርቷል።",
        "ስለ ሩጫ ባህሉ ተጨማሪ ማብራሪያ በመግቢያው ላይ ተሰጥቷል።",
    ],
)
def test_amharic_commentary_stays(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).kind is RefKind.COMMENTARY


FULL = [
    "ሰላማዊት ታደሰ፣ «በቆጂ፡ የሯጮች መፍለቂያ — ማኅበረሰባዊ ጥናት» (የማስተርስ ዲግሪ ማሟያ ጽሑፍ፣ አዲስ አበባ"
    " ዩኒቨርሲቲ፣ 2012 ዓ.ም.)፣ ገጽ 23።",
    "ሃይሉ ተሰማ፣ «በቆጂና የሩጫ ባህል»፣ በኤልሳ አበበ (አርታኢ)፣ *ስፖርትና ማኅበረሰብ በኢትዮጵያ* (አዲስ አበባ፤"
    " ሐመር አሳታሚ፣ 2010 ዓ.ም.)፣ ገጽ 45–67።",
]


@pytest.mark.parametrize(
    ("short", "target", "locator"),
    [
        ("ሰላማዊት ታደሰ፣ «በቆጂ»፣ ገጽ 40።", 0, "40"),
        ("ሃይሉ ተሰማ፣ «በቆጂና የሩጫ»፣ ገጽ 50።", 1, "50"),
        ("ሃይሉ ተሰማ፣ *በቆጂና*፣ ገጽ 46–47።", 1, "46–47"),
    ],
)
def test_amharic_short_note_repeats(short: str, target: int, locator: str) -> None:
    found = find_repeats([*FULL, short], ["1", "2", "3"], [False, False, True])
    rep = found[2]
    assert rep is not None
    assert rep.target == target
    assert rep.locator == locator


def test_amharic_short_note_of_no_earlier_work() -> None:
    # (near miss: a name cited in no earlier note is no repeat)
    found = find_repeats(
        [*FULL, "ዮናስ ገብረ መድኅን፣ «የከፍታ»፣ ገጽ 20።"], ["1", "2", "3"], [False, False, True]
    )
    assert found[2] is None

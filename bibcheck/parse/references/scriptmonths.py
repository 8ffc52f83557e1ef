"""Gregorian month names in the scripts of the Wikipedias that write dates in words of
their own: Arabic script (Urdu, Sindhi, Persian, Pashto, Arabic with its Egyptian,
Levantine and Maghrebi names), Devanagari (Hindi, Marathi, Nepali), Bengali, Gurmukhi,
Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, Sinhala, Hebrew and Georgian.

``12 مارچ 2023`` (Sindhi), ``3 اپریل 2023`` (Urdu), ``१२ मार्च २०२३`` (Hindi),
``১২ মার্চ ২০২৩`` (Bengali), ``12 மார்ச் 2023`` (Tamil) are dates, as the Wikipedias'
own citation modules read them in ``access-date=`` and ``date=``.  Names are compared
after :func:`fold`: the spellings of one letter across the languages of a script
(Arabic ``ي``/Persian ``ی``, ``ك``/``ک``, hamza seats), vowel marks, tatweel and the
joiners and direction marks an editor's keyboard leaves are not told apart.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from bibcheck.lazyre import lazy_compile

__all__ = ["fold", "month_of", "named_month", "non_latin_word", "script_date"]

_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    (  # January
        "جنوری",
        "جنوري",
        "ژانویه",
        "يناير",
        "كانون الثاني",
        "جانفي",
        "جانفييه",
        "जनवरी",
        "जानेवारी",
        "জানুয়ারি",
        "জানুয়ারী",
        "ਜਨਵਰੀ",
        "જાન્યુઆરી",
        "ଜାନୁଆରୀ",
        "ஜனவரி",
        "జనవరి",
        "ಜನವರಿ",
        "ജനുവരി",
        "ජනවාරි",
        "ינואר",
        "იანვარი",
    ),
    (  # February
        "فروری",
        "فيبروري",
        "فبروري",
        "فوریه",
        "فبراير",
        "شباط",
        "فيفري",
        "फ़रवरी",
        "फरवरी",
        "फेब्रुवारी",
        "फेब्रुअरी",
        "ফেব্রুয়ারি",
        "ফেব্রুয়ারী",
        "ਫ਼ਰਵਰੀ",
        "ਫਰਵਰੀ",
        "ફેબ્રુઆરી",
        "ଫେବୃଆରୀ",
        "ଫେବ୍ରୁଆରୀ",
        "பிப்ரவரி",
        "ఫిబ్రవరి",
        "ಫೆಬ್ರವರಿ",
        "ഫെബ്രുവരി",
        "පෙබරවාරි",
        "פברואר",
        "თებერვალი",
    ),
    (  # March
        "مارچ",
        "مارس",
        "آذار",
        "मार्च",
        "মার্চ",
        "ਮਾਰਚ",
        "માર્ચ",
        "ମାର୍ଚ୍ଚ",
        "மார்ச்",
        "మార్చి",
        "ಮಾರ್ಚ್",
        "മാർച്ച്",
        "මාර්තු",
        "מרץ",
        "მარტი",
    ),
    (  # April
        "اپریل",
        "اپريل",
        "اپرېل",
        "آوریل",
        "أبريل",
        "إبريل",
        "نيسان",
        "أفريل",
        "अप्रैल",
        "एप्रिल",
        "अप्रिल",
        "এপ্রিল",
        "ਅਪ੍ਰੈਲ",
        "ਅਪਰੈਲ",
        "એપ્રિલ",
        "ଅପ୍ରେଲ",
        "ଏପ୍ରିଲ",
        "ஏப்ரல்",
        "ఏప్రిల్",
        "ಏಪ್ರಿಲ್",
        "ഏപ്രിൽ",
        "අප්‍රේල්",
        "אפריל",
        "აპრილი",
    ),
    (  # May
        "مئی",
        "مئي",
        "مه",
        "مايو",
        "أيار",
        "ماي",
        "मई",
        "मे",
        "মে",
        "ਮਈ",
        "મે",
        "ମଇ",
        "ମେ",
        "மே",
        "మే",
        "ಮೇ",
        "മേയ്",
        "മെയ്",
        "මැයි",
        "מאי",
        "მაისი",
    ),
    (  # June
        "جون",
        "ژوئن",
        "يونيو",
        "حزيران",
        "جوان",
        "जून",
        "जुन",
        "জুন",
        "ਜੂਨ",
        "જૂન",
        "ଜୁନ",
        "ஜூன்",
        "జూన్",
        "ಜೂನ್",
        "ജൂൺ",
        "ජූනි",
        "יוני",
        "ივნისი",
    ),
    (  # July
        "جولائی",
        "جولائي",
        "جولاءِ",
        "جولای",
        "ژوئیه",
        "ژوئیهٔ",
        "يوليو",
        "تموز",
        "جويلية",
        "जुलाई",
        "जुलै",
        "জুলাই",
        "ਜੁਲਾਈ",
        "જુલાઈ",
        "ଜୁଲାଇ",
        "ஜூலை",
        "జూలై",
        "ಜುಲೈ",
        "ജൂലൈ",
        "ජූලි",
        "יולי",
        "ივლისი",
    ),
    (  # August
        "اگست",
        "آگسٽ",
        "اګست",
        "اوت",
        "أغسطس",
        "آب",
        "أوت",
        "अगस्त",
        "ऑगस्ट",
        "अगस्ट",
        "আগস্ট",
        "ਅਗਸਤ",
        "ઑગસ્ટ",
        "ଅଗଷ୍ଟ",
        "ஆகஸ்ட்",
        "ఆగస్టు",
        "ಆಗಸ್ಟ್",
        "ഓഗസ്റ്റ്",
        "ആഗസ്റ്റ്",
        "අගෝස්තු",
        "אוגוסט",
        "აგვისტო",
    ),
    (  # September
        "ستمبر",
        "سيپٽمبر",
        "سپتمبر",
        "سپتامبر",
        "سبتمبر",
        "أيلول",
        "सितंबर",
        "सितम्बर",
        "सप्टेंबर",
        "सेप्टेम्बर",
        "সেপ্টেম্বর",
        "ਸਤੰਬਰ",
        "સપ્ટેમ્બર",
        "ସେପ୍ଟେମ୍ବର",
        "செப்டம்பர்",
        "సెప్టెంబరు",
        "సెప్టెంబర్",
        "ಸೆಪ್ಟೆಂಬರ್",
        "സെപ്റ്റംബർ",
        "සැප්තැම්බර්",
        "ספטמבר",
        "სექტემბერი",
    ),
    (  # October
        "اکتوبر",
        "آڪٽوبر",
        "اکتبر",
        "أكتوبر",
        "تشرين الأول",
        "अक्टूबर",
        "अक्तूबर",
        "ऑक्टोबर",
        "अक्टोबर",
        "অক্টোবর",
        "ਅਕਤੂਬਰ",
        "ઑક્ટોબર",
        "ଅକ୍ଟୋବର",
        "அக்டோபர்",
        "అక్టోబరు",
        "అక్టోబర్",
        "ಅಕ್ಟೋಬರ್",
        "ഒക്ടോബർ",
        "ඔක්තෝබර්",
        "אוקטובר",
        "ოქტომბერი",
    ),
    (  # November
        "نومبر",
        "نوامبر",
        "نوفمبر",
        "تشرين الثاني",
        "नवंबर",
        "नवम्बर",
        "नोव्हेंबर",
        "नोभेम्बर",
        "নভেম্বর",
        "ਨਵੰਬਰ",
        "નવેમ્બર",
        "ନଭେମ୍ବର",
        "நவம்பர்",
        "నవంబరు",
        "నవంబర్",
        "ನವೆಂಬರ್",
        "നവംബർ",
        "නොවැම්බර්",
        "נובמבר",
        "ნოემბერი",
    ),
    (  # December
        "دسمبر",
        "ڊسمبر",
        "ډسمبر",
        "دسامبر",
        "ديسمبر",
        "كانون الأول",
        "दिसंबर",
        "दिसम्बर",
        "डिसेंबर",
        "डिसेम्बर",
        "ডিসেম্বর",
        "ਦਸੰਬਰ",
        "ડિસેમ્બર",
        "ଡିସେମ୍ବର",
        "டிசம்பர்",
        "డిసెంబరు",
        "డిసెంబర్",
        "ಡಿಸೆಂಬರ್",
        "ഡിസംബർ",
        "දෙසැම්බර්",
        "דצמבר",
        "დეკემბერი",
    ),
)

# letters one script spells differently across its languages, folded to one
_SAME_LETTER = str.maketrans(
    {
        "ی": "ي",  # Persian/Urdu yeh
        "ې": "ي",  # Pashto
        "ے": "ي",  # Urdu yeh barree
        "ى": "ي",  # alef maksura
        "ک": "ك",  # keheh
        "ڪ": "ك",  # Sindhi swash kaf
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ي",
        "ۀ": "ه",
        "ة": "ه",
        "ھ": "ه",  # heh doachashmee
        "ہ": "ه",  # heh goal
        "ګ": "گ",  # Pashto gaf
    }
)
# marks that are not letters of the name: vowel signs, hamza above, tatweel, joiners,
# direction marks (Arabic script); Hebrew points
_IGNORED = lazy_compile(
    "[\u0591-\u05c7\u0610-\u061a\u061c\u064b-\u065f\u0670\u0640\u06d4\u200b-\u200f\u2066-\u2069]"
)


def fold(text: str) -> str:
    """``text`` as month names are compared: NFC, lower case, marks and joiners out, one
    spelling for the letters a script writes in more than one way."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(_IGNORED.sub("", text).translate(_SAME_LETTER).split())


_MONTHS = {fold(name): n for n, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_LONGEST = max(len(name.split()) for name in _MONTHS)


def month_of(name: str) -> int | None:
    """The number of the month named ``name`` (1-12), None when it names none."""
    return _MONTHS.get(fold(name))


# a date: day, month name (one or two words), year -- or the year first (Hebrew and
# Persian write "2023 מרץ 12" in some tables) or the month first ("مارچ 12، 2023")
_TOKEN = lazy_compile(r"\d+|[^\W\d_][^\s\d.,،/()\-–]*")


def named_month(raw: str) -> int | None:
    """The month ``raw``'s words name (``12 مارچ 2023``: 3), None when they name none."""
    words = [t for t in _TOKEN.findall(fold(raw)) if not t.isdigit()]
    return month_of(" ".join(words)) if 1 <= len(words) <= _LONGEST else None


def script_date(raw: str) -> date | None:
    """``12 مارچ 2023``, ``३ अप्रैल २०२३``, ``12 كانون الثاني 2023`` as a date; None when
    ``raw`` is not a day, a month named here and a year (or no such day)."""
    numbers = [t for t in _TOKEN.findall(fold(raw)) if t.isdigit()]
    month = named_month(raw)
    if len(numbers) != 2 or month is None:
        return None
    first, second = int(numbers[0]), int(numbers[1])
    day, year = (first, second) if second > 31 else (second, first)
    if year < 1000:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


_LATIN = lazy_compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def non_latin_word(raw: str) -> bool:
    """Are the words of ``raw`` written in a script other than Latin (a wiki's own
    language: never a misspelt English month)?"""
    words = [t for t in _TOKEN.findall(raw) if not t.isdigit()]
    return bool(words) and not any(_LATIN.search(w) for w in words)

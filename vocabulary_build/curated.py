"""Curated vocabulary data: names the shared lists lack, and corrections to the lists.

Kept as data, not code: each record is one well-established name of this policy field (Dutch trade,
development and responsible business conduct) with its labels. Rules for what goes in here:

* only names and facts the project is sure of; no outside identifiers (Wikidata, ELI, CELEX) —
  those come only from ../shared/lists, where a source confirms them;
* the Dutch name is the preferred label; when Dutch texts use the English (or French) name, that
  name is the preferred label, tagged @nl, because it is how Dutch texts write it;
* no bare generic word as a label ("Kamer", "de Raad", "Buitenlandse Zaken"), extraction resolves those.

build_vocabulary.py turns these records into Turtle with ``dcterms:source <source/curated>``.
"""

from __future__ import annotations

from dataclasses import dataclass

from beleidsgraaf.base.text import slugify as _slug


@dataclass(frozen=True)
class Curated:
    """One curated term. ``slug`` overrides slugify(pref) where the preferred label is long."""

    klass: str
    pref: str
    nl: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    other: tuple[tuple[str, str], ...] = ()  # (label, BCP 47 language tag)
    slug: str | None = None
    comment: str = ""
    links: tuple[
        tuple[str, str], ...
    ] = ()  # (predicate CURIE, IRI path under bgid:), e.g. ("bg:amends", "policy/csddd")


@dataclass(frozen=True)
class CuratedTenure:
    """A post a person held in a cabinet; dates only where certain."""

    person: str
    post: str
    cabinet: str
    start: str | None = None
    end: str | None = None


# =====================================================================================================
#  Countries (ISO 3166-1 via pycountry): usual Dutch names and the variants Dutch government texts use
# =====================================================================================================

#: ISO 3166-1 entries that are not sovereign states (typed bg:Place). Everything else is a UN member
#: state, an observer state (Holy See, Palestine), or Taiwan, and is typed bg:Country.
# fmt: off
TERRITORIES = frozenset({
    "AW", "AI", "AX", "AS", "AQ", "TF", "BQ", "BL", "BM", "BV", "CC", "CK", "CW", "CX", "KY", "EH",
    "FK", "FO", "GG", "GI", "GP", "GL", "GF", "GU", "HK", "HM", "IM", "IO", "JE", "MO", "MF", "MP",
    "MS", "MQ", "YT", "NC", "NF", "NU", "PN", "PR", "PF", "RE", "GS", "SH", "SJ", "PM", "SX", "TC",
    "TK", "UM", "VG", "VI", "WF",
})
# fmt: on

#: alpha-2 -> (Dutch preferred label or None to keep pycountry's, extra Dutch labels, extra English labels).
COUNTRY_LABELS: dict[str, tuple[str | None, tuple[str, ...], tuple[str, ...]]] = {
    "AE": (None, ("VAE",), ("UAE",)),
    "BA": (None, ("Bosnië-Herzegovina",), ()),
    "BN": (None, ("Brunei Darussalam",), ()),
    "BO": ("Bolivia", (), ()),
    "BQ": (
        "Bonaire, Sint Eustatius en Saba",
        ("Caribisch Nederland", "BES-eilanden"),
        ("Caribbean Netherlands",),
    ),
    "BY": ("Belarus", ("Wit-Rusland",), ()),
    "CD": (
        "Democratische Republiek Congo",
        ("DRC", "DR Congo", "Congo", "Congo-Kinshasa"),
        ("Democratic Republic of the Congo", "DR Congo"),
    ),
    "CG": ("Republiek Congo", ("Congo-Brazzaville",), ("Republic of the Congo",)),
    "CI": (None, ("Côte d'Ivoire",), ("Ivory Coast",)),
    "CN": (None, ("Volksrepubliek China",), ()),
    "CV": (None, ("Cabo Verde",), ("Cape Verde",)),
    "CZ": (None, ("Tsjechische Republiek",), ("Czech Republic",)),
    "DE": (None, (), ()),
    "FM": (None, ("Federale Staten van Micronesia",), ()),
    "GB": (None, ("VK", "Groot-Brittannië"), ("UK", "Great Britain")),
    "GE": ("Georgië", (), ()),
    "IR": (None, ("Islamitische Republiek Iran",), ()),
    "KG": (None, ("Kirgizstan",), ()),
    "KP": ("Noord-Korea", ("Democratische Volksrepubliek Korea",), ("North Korea",)),
    "KR": ("Zuid-Korea", ("Republiek Korea",), ("South Korea", "Republic of Korea")),
    "LA": ("Laos", (), ()),
    "MD": ("Moldavië", ("Moldova",), ()),
    "MK": (None, (), ("Macedonia",)),
    "MM": (None, ("Birma",), ("Burma",)),
    "NL": (None, (), ("the Netherlands",)),
    "PS": ("Palestina", ("Staat Palestina", "Palestijnse Gebieden"), ("Palestine", "State of Palestine")),
    "RU": (None, ("Russische Federatie",), ("Russia",)),
    "SA": (None, ("Saudi-Arabië",), ()),
    "ST": (None, ("São Tomé en Príncipe",), ()),
    "SY": (None, ("Syrische Arabische Republiek",), ()),
    "SZ": (None, ("Swaziland",), ("Swaziland",)),
    "TL": (None, ("Timor-Leste",), ()),
    "TR": (None, ("Türkiye",), ("Turkey",)),
    "TW": (None, (), ()),
    "TZ": (None, (), ()),
    "UA": (None, (), ()),
    "US": (None, ("VS", "Verenigde Staten van Amerika"), ("USA", "United States of America")),
    "VA": ("Vaticaanstad", ("Heilige Stoel", "Vaticaan"), ("Vatican City", "Holy See")),
    "VE": ("Venezuela", (), ()),
    "VN": (None, (), ("Vietnam",)),
}

#: Labels pycountry gives that belong to another country in Dutch usage ('Congo' is the DRC).
COUNTRY_LABELS_DROPPED: dict[str, frozenset[str]] = {"CG": frozenset({"Congo"})}

#: English ISO names that are not how anyone writes the country (inverted or contested forms).
SKIP_ENGLISH = frozenset({"Taiwan, Province of China"})

#: Kosovo has no ISO 3166-1 code; 'XK' is the user-assigned code the EU and others use.
KOSOVO = Curated(
    "Country",
    "Kosovo",
    nl=("Republiek Kosovo",),
    en=("Republic of Kosovo",),
    slug="xk",
    comment="Not in ISO 3166-1; XK is the user-assigned code used by the European Commission.",
)


# =====================================================================================================
#  Government: ministries, agencies, advisory bodies; corrections to the openkamer lists
# =====================================================================================================

#: Ministry name (as in the lists, title case) -> (abbreviations, English names). Abbreviations of
#: ParlaMint are kept as given (DEF, FIN, IENW, JENV) next to the forms Dutch texts use.
MINISTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Algemene Zaken": (("AZ",), ("Ministry of General Affairs",)),
    "Binnenlandse Zaken en Koninkrijksrelaties": (
        ("BZK",),
        ("Ministry of the Interior and Kingdom Relations",),
    ),
    "Buitenlandse Zaken": (("BZ",), ("Ministry of Foreign Affairs",)),
    "Defensie": (("DEF",), ("Ministry of Defence",)),
    "Economische Zaken": (("EZ",), ("Ministry of Economic Affairs",)),
    "Economische Zaken en Klimaat": (("EZK",), ("Ministry of Economic Affairs and Climate Policy",)),
    "Economische Zaken, Landbouw en Innovatie": (
        ("EL&I", "ELenI"),
        ("Ministry of Economic Affairs, Agriculture and Innovation",),
    ),
    "Financiën": (("FIN",), ("Ministry of Finance",)),
    "Infrastructuur en Milieu": (("IenM", "I&M"), ("Ministry of Infrastructure and the Environment",)),
    "Infrastructuur en Waterstaat": (
        ("IenW", "I&W", "IENW"),
        ("Ministry of Infrastructure and Water Management",),
    ),
    "Justitie": ((), ("Ministry of Justice",)),
    "Justitie en Veiligheid": (("JenV", "J&V", "JENV"), ("Ministry of Justice and Security",)),
    "Klimaat en Groene Groei": (("KGG",), ("Ministry of Climate and Green Growth",)),
    "Landbouw, Natuur en Voedselkwaliteit": (("LNV",), ("Ministry of Agriculture, Nature and Food Quality",)),
    "Landbouw, Visserij, Voedselzekerheid en Natuur": (
        ("LVVN",),
        ("Ministry of Agriculture, Fisheries, Food Security and Nature",),
    ),
    "Onderwijs, Cultuur en Wetenschap": (("OCW",), ("Ministry of Education, Culture and Science",)),
    "Sociale Zaken en Werkgelegenheid": (("SZW",), ("Ministry of Social Affairs and Employment",)),
    "Veiligheid en Justitie": (("VenJ", "V&J"), ("Ministry of Security and Justice",)),
    "Verkeer en Waterstaat": (("VenW", "V&W"), ("Ministry of Transport, Public Works and Water Management",)),
    "Volksgezondheid, Welzijn en Sport": (("VWS",), ("Ministry of Health, Welfare and Sport",)),
    "Volkshuisvesting en Ruimtelijke Ordening": (("VRO",), ("Ministry of Housing and Spatial Planning",)),
    "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer": (
        ("VROM",),
        ("Ministry of Housing, Spatial Planning and the Environment",),
    ),
}

#: openkamer gives ministries of some cabinets under an older name; the ministry at the time was:
#: Rutte I had Economische Zaken, Landbouw en Innovatie (2010-2012); Rutte III renamed three
#: ministries on taking office (26 October 2017).
MINISTRY_RENAMES: dict[tuple[str, str], str] = {
    ("Kabinet-Rutte I", "economische zaken"): "economische zaken, landbouw en innovatie",
    ("Kabinet-Rutte III", "economische zaken"): "economische zaken en klimaat",
    ("Kabinet-Rutte III", "infrastructuur en milieu"): "infrastructuur en waterstaat",
    ("Kabinet-Rutte III", "veiligheid en justitie"): "justitie en veiligheid",
}

#: Typos in the lists, corrected where the intended text is certain.
TYPO_FIXES: dict[str, str] = {
    "buitenlandse handel en ontwikkelinssamenwerking": "buitenlandse handel en ontwikkelingssamenwerking",
    "programma jeugd en gezin": "jeugd en gezin",
    "Nederlands Vaccin Institiuut": "Nederlands Vaccin Instituut",
    "Demontratieprojecten": "Demonstratieprojecten",
}

#: Posts the list leaves unnamed (minister without portfolio and no task given): (person, cabinet) -> post.
UNNAMED_POSTS: dict[tuple[str, str], str] = {
    ("Arie Slob", "Kabinet-Rutte III"): "Minister voor Basis- en Voortgezet Onderwijs en Media",
    (
        "Atzo Nicolaï",
        "Kabinet-Balkenende III",
    ): "Minister voor Bestuurlijke Vernieuwing en Koninkrijksrelaties",
    ("Rita Verdonk", "Kabinet-Balkenende III"): "Minister voor Vreemdelingenzaken en Integratie",
}

#: Post -> ministry it belongs to, for "Minister voor ..." posts whose ministry the list does not give.
POST_MINISTRY: dict[str, str] = {
    "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking": "Buitenlandse Zaken",
    "Minister voor Buitenlandse Handel en Ontwikkelingshulp": "Buitenlandse Zaken",
    "Minister voor Ontwikkelingssamenwerking": "Buitenlandse Zaken",
    "Minister voor Vreemdelingenzaken en Integratie": "Justitie",
}

#: Labels of general posts.
POST_LABELS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Minister-president": (("premier", "minister-president"), ("Prime Minister",)),
    "Viceminister-president": (("vicepremier", "viceminister-president"), ("Deputy Prime Minister",)),
}

#: Double family names the name rule cannot see (no particle in between, or initials that differ).
FAMILY_NAMES: dict[str, str] = {
    "Ernst Hirsch Ballin": "Hirsch Ballin",
    "Hanke Bruins Slot": "Bruins Slot",
    "Marlies Veldhuijzen van Zanten": "Veldhuijzen van Zanten",
    "Melanie Schultz van Haegen": "Schultz van Haegen",
}

#: Cabinets the list (which ends in 2019) lacks, with dates where certain.
CABINETS: tuple[tuple[str, str | None, str | None], ...] = (
    ("Kabinet-Rutte IV", "2022-01-10", "2024-07-02"),
    ("Kabinet-Schoof", "2024-07-02", None),
)

#: Members of recent cabinets in this policy field, posts certain, dates only where certain.
TENURES: tuple[CuratedTenure, ...] = (
    CuratedTenure(
        "Tom de Bruijn", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", "Kabinet-Rutte III"
    ),
    CuratedTenure("Sigrid Kaag", "Minister van Buitenlandse Zaken", "Kabinet-Rutte III"),
    CuratedTenure("Mark Rutte", "Minister-president", "Kabinet-Rutte IV", "2022-01-10", "2024-07-02"),
    CuratedTenure(
        "Mark Rutte", "Minister van Algemene Zaken", "Kabinet-Rutte IV", "2022-01-10", "2024-07-02"
    ),
    CuratedTenure("Sigrid Kaag", "Minister van Financiën", "Kabinet-Rutte IV", "2022-01-10"),
    CuratedTenure("Sigrid Kaag", "Viceminister-president", "Kabinet-Rutte IV", "2022-01-10"),
    CuratedTenure("Wopke Hoekstra", "Minister van Buitenlandse Zaken", "Kabinet-Rutte IV", "2022-01-10"),
    CuratedTenure("Wopke Hoekstra", "Viceminister-president", "Kabinet-Rutte IV", "2022-01-10"),
    CuratedTenure(
        "Liesje Schreinemacher",
        "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
        "Kabinet-Rutte IV",
        "2022-01-10",
        "2024-07-02",
    ),
    CuratedTenure(
        "Hanke Bruins Slot",
        "Minister van Binnenlandse Zaken en Koninkrijksrelaties",
        "Kabinet-Rutte IV",
        "2022-01-10",
    ),
    CuratedTenure(
        "Hanke Bruins Slot", "Minister van Buitenlandse Zaken", "Kabinet-Rutte IV", None, "2024-07-02"
    ),
    CuratedTenure(
        "Micky Adriaansens",
        "Minister van Economische Zaken en Klimaat",
        "Kabinet-Rutte IV",
        "2022-01-10",
        "2024-07-02",
    ),
    CuratedTenure("Kajsa Ollongren", "Minister van Defensie", "Kabinet-Rutte IV", "2022-01-10", "2024-07-02"),
    CuratedTenure("Aukje de Vries", "Staatssecretaris van Financiën", "Kabinet-Rutte IV", "2022-01-10"),
    CuratedTenure("Dick Schoof", "Minister-president", "Kabinet-Schoof", "2024-07-02"),
    CuratedTenure("Dick Schoof", "Minister van Algemene Zaken", "Kabinet-Schoof", "2024-07-02"),
    CuratedTenure(
        "Reinette Klever",
        "Minister voor Buitenlandse Handel en Ontwikkelingshulp",
        "Kabinet-Schoof",
        "2024-07-02",
    ),
    CuratedTenure("Caspar Veldkamp", "Minister van Buitenlandse Zaken", "Kabinet-Schoof", "2024-07-02"),
    CuratedTenure("Dirk Beljaarts", "Minister van Economische Zaken", "Kabinet-Schoof", "2024-07-02"),
    CuratedTenure("Sophie Hermans", "Minister van Klimaat en Groene Groei", "Kabinet-Schoof", "2024-07-02"),
    CuratedTenure("Eelco Heinen", "Minister van Financiën", "Kabinet-Schoof", "2024-07-02"),
    CuratedTenure(
        "Femke Wiersma",
        "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur",
        "Kabinet-Schoof",
        "2024-07-02",
    ),
    CuratedTenure("Aukje de Vries", "Staatssecretaris van Buitenlandse Zaken", "Kabinet-Schoof"),
)

#: Extra labels for agencies of the budget list (keyed by the list's full name).
AGENCY_LABELS: dict[str, Curated] = {
    "Rijksdienst voor Ondernemend Nederland": Curated(
        "Agency",
        "Rijksdienst voor Ondernemend Nederland",
        nl=("RVO.nl",),
        en=("Netherlands Enterprise Agency",),
    ),
    "Centrum tot Bevordering van de Import": Curated(
        "Agency",
        "Centrum tot Bevordering van de Import uit ontwikkelingslanden",
        nl=("Centrum tot Bevordering van de Import",),
        en=("Centre for the Promotion of Imports from developing countries",),
    ),
    "Nederlandse Voedsel en Warenautoriteit": Curated(
        "Agency",
        "Nederlandse Voedsel- en Warenautoriteit",
        nl=("Nederlandse Voedsel en Warenautoriteit",),
        en=("Netherlands Food and Consumer Product Safety Authority",),
    ),
    "Rijksinstituut voor Volksgezondheid en Milieu": Curated(
        "Agency",
        "Rijksinstituut voor Volksgezondheid en Milieu",
        en=("National Institute for Public Health and the Environment",),
    ),
}

#: Abbreviations of the budget list kept out of the labels: not a name ('Octr. Centrum'), or two letters
#: of a defunct agency that are everyday tokens in Dutch text ('na', 'dr.', 'at', 'PD').
AGENCY_ABBREVIATIONS_SKIPPED = frozenset({"Octr. Centrum", "AT", "DR", "NA", "PD"})

GOVERNMENT: tuple[Curated, ...] = (
    Curated(
        "Cabinet",
        "kabinet",
        en=("Dutch cabinet",),
        slug="kabinet",
        comment="The Dutch cabinet in general ('het kabinet'), whichever cabinet is in office.",
    ),
    Curated(
        "Organisation", "Rijksoverheid", en=("Dutch central government", "Government of the Netherlands")
    ),
    Curated(
        "Agency",
        "Douane",
        nl=("Douane Nederland", "Belastingdienst/Douane"),
        en=("Dutch Customs", "Netherlands Customs"),
    ),
    Curated("Agency", "Belastingdienst", en=("Dutch Tax and Customs Administration",)),
    Curated(
        "Agency",
        "Nationaal Contactpunt voor de OESO-richtlijnen",
        nl=(
            "NCP",
            "Nationaal Contactpunt OESO-richtlijnen",
            "Nationaal Contactpunt",
            "Nederlands Nationaal Contactpunt",
        ),
        en=("National Contact Point for the OECD Guidelines", "National Contact Point", "Dutch NCP"),
        comment="Independent body that handles notifications under the OECD Guidelines; hosted by the "
        "Ministry of Foreign Affairs.",
    ),
    Curated("Agency", "Netherlands Foreign Investment Agency", nl=("NFIA",)),
    Curated("Agency", "Kamer van Koophandel", nl=("KVK",), en=("Netherlands Chamber of Commerce",)),
    Curated(
        "Agency",
        "Autoriteit Consument en Markt",
        nl=("ACM",),
        en=("Netherlands Authority for Consumers and Markets",),
    ),
    Curated("Agency", "Centraal Bureau voor de Statistiek", nl=("CBS",), en=("Statistics Netherlands",)),
    Curated(
        "Agency",
        "Innovatie Attaché Netwerk",
        nl=("Innovatie Attaché-netwerk",),
        comment="Network of innovation attachés at Dutch embassies.",
    ),
    Curated(
        "AdvisoryBody",
        "Sociaal-Economische Raad",
        nl=("SER", "Sociaal Economische Raad"),
        en=("Social and Economic Council", "Social and Economic Council of the Netherlands"),
    ),
    Curated(
        "AdvisoryBody",
        "Adviesraad Internationale Vraagstukken",
        nl=("AIV",),
        en=("Advisory Council on International Affairs",),
    ),
    Curated(
        "AdvisoryBody",
        "Inspectie Ontwikkelingssamenwerking en Beleidsevaluatie",
        nl=("IOB", "Directie Internationaal Onderzoek en Beleidsevaluatie"),
        en=("Policy and Operations Evaluation Department",),
        comment="Independent evaluation department of the Ministry of Foreign Affairs; its name since "
        "2023 is Directie Internationaal Onderzoek en Beleidsevaluatie.",
    ),
    Curated(
        "AdvisoryBody",
        "Centraal Planbureau",
        nl=("CPB",),
        en=("CPB Netherlands Bureau for Economic Policy Analysis",),
    ),
    Curated(
        "AdvisoryBody",
        "Planbureau voor de Leefomgeving",
        nl=("PBL",),
        en=("PBL Netherlands Environmental Assessment Agency",),
    ),
    Curated(
        "AdvisoryBody",
        "Sociaal en Cultureel Planbureau",
        nl=("SCP",),
        en=("Netherlands Institute for Social Research",),
    ),
    Curated(
        "AdvisoryBody",
        "Wetenschappelijke Raad voor het Regeringsbeleid",
        nl=("WRR",),
        en=("Netherlands Scientific Council for Government Policy",),
    ),
    Curated("AdvisoryBody", "Raad van State", nl=("RvS",), en=("Council of State",)),
    Curated("AdvisoryBody", "Algemene Rekenkamer", en=("Netherlands Court of Audit",)),
    *(
        Curated(
            "Organisation",
            f"Directoraat-generaal {name}",
            nl=(*abbreviations, f"DG {name}"),
            en=(english,),
            comment=f"Directorate-general of the Ministerie van {ministry}.",
            links=(("org:subOrganizationOf", f"org/{_slug('Ministerie van ' + ministry)}"),),
        )
        for name, abbreviations, english, ministry in (
            (
                "Buitenlandse Economische Betrekkingen",
                ("DGBEB",),
                "Directorate-General for Foreign Economic Relations",
                "Buitenlandse Zaken",
            ),
            (
                "Internationale Samenwerking",
                ("DGIS",),
                "Directorate-General for International Cooperation",
                "Buitenlandse Zaken",
            ),
            (
                "Europese Samenwerking",
                ("DGES",),
                "Directorate-General for European Cooperation",
                "Buitenlandse Zaken",
            ),
            ("Politieke Zaken", ("DGPZ",), "Directorate-General for Political Affairs", "Buitenlandse Zaken"),
            (
                "Bedrijfsleven en Innovatie",
                ("DGBI",),
                "Directorate-General for Enterprise and Innovation",
                "Economische Zaken en Klimaat",
            ),
            ("Fiscale Zaken", ("DGFZ",), "Directorate-General for Tax Policy and Legislation", "Financiën"),
        )
    ),
)


# =====================================================================================================
#  Parliament: chambers, committees, parties the 2019 list lacks
# =====================================================================================================

PARLIAMENT: tuple[Curated, ...] = (
    Curated("Parliament", "Staten-Generaal", en=("States General", "States General of the Netherlands")),
    Curated(
        "Parliament",
        "Tweede Kamer der Staten-Generaal",
        nl=("Tweede Kamer", "TK"),
        en=("House of Representatives", "Lower House of the Dutch Parliament"),
        links=(("org:subOrganizationOf", "org/staten-generaal"),),
    ),
    Curated(
        "Parliament",
        "Eerste Kamer der Staten-Generaal",
        nl=("Eerste Kamer", "EK"),
        en=("Senate", "Upper House of the Dutch Parliament"),
        links=(("org:subOrganizationOf", "org/staten-generaal"),),
    ),
    Curated(
        "ParliamentaryCommittee",
        "vaste commissie voor Buitenlandse Handel en Ontwikkelingshulp",
        nl=("commissie voor Buitenlandse Handel en Ontwikkelingshulp",),
        comment="Standing committee of the House of Representatives since 2024, following the post of "
        "Minister voor Buitenlandse Handel en Ontwikkelingshulp.",
        links=(("org:subOrganizationOf", "org/tweede-kamer-der-staten-generaal"),),
    ),
    # the parliaments of the other countries of the Kingdom
    *(
        Curated(
            "Parliament", f"Staten van {country}", en=(f"Estates of {country}", f"Parliament of {country}")
        )
        for country in ("Aruba", "Curaçao", "Sint Maarten")
    ),
)

#: Extra labels for committees of the list (keyed by the list's name).
COMMITTEE_LABELS: dict[str, tuple[str, ...]] = {
    "algemene commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking": (
        "vaste commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    ),
}

#: Parties that entered the House after the 2019 list.
PARTIES: tuple[Curated, ...] = (
    Curated("PoliticalParty", "Nieuw Sociaal Contract", nl=("NSC",)),
    Curated("PoliticalParty", "BoerBurgerBeweging", nl=("BBB",)),
    Curated("PoliticalParty", "GroenLinks-PvdA", nl=("GL-PvdA",)),
    Curated("PoliticalParty", "Volt Nederland", nl=("Volt",)),
    Curated("PoliticalParty", "JA21"),
    Curated("PoliticalParty", "Belang van Nederland", nl=("BVNL",)),
    Curated("PoliticalParty", "BIJ1"),
)

#: Party (list name or curated preferred label) -> the form used in '<X>-fractie', for parties in the House.
FRACTIE_NAMES: dict[str, str] = {
    "Volkspartij voor Vrijheid en Democratie": "VVD",
    "Partij voor de Vrijheid": "PVV",
    "Christen-Democratisch Appèl": "CDA",
    "Democraten 66": "D66",
    "GroenLinks": "GroenLinks",
    "Socialistische Partij": "SP",
    "Partij van de Arbeid": "PvdA",
    "ChristenUnie": "ChristenUnie",
    "Partij voor de Dieren": "PvdD",
    "50PLUS": "50PLUS",
    "Staatkundig Gereformeerde Partij": "SGP",
    "DENK": "DENK",
    "Forum voor Democratie": "FvD",
    "Nieuw Sociaal Contract": "NSC",
    "BoerBurgerBeweging": "BBB",
    "GroenLinks-PvdA": "GroenLinks-PvdA",
    "Volt Nederland": "Volt",
    "JA21": "JA21",
}


# =====================================================================================================
#  European Union: institutions and legal acts
# =====================================================================================================

EU_BODIES: tuple[Curated, ...] = (
    Curated("EUInstitution", "Europese Unie", nl=("EU",), en=("European Union",)),
    Curated("EUInstitution", "Europese Commissie", nl=("EC",), en=("European Commission",)),
    Curated("EUInstitution", "Europees Parlement", nl=("EP",), en=("European Parliament",)),
    Curated(
        "EUInstitution",
        "Raad van de Europese Unie",
        nl=("Raad van de EU",),
        en=("Council of the European Union", "Council of the EU"),
    ),
    Curated("EUInstitution", "Europese Raad", en=("European Council",)),
    Curated(
        "EUInstitution",
        "Hof van Justitie van de Europese Unie",
        nl=("Hof van Justitie", "HvJ EU"),
        en=("Court of Justice of the European Union", "CJEU"),
    ),
    Curated("EUInstitution", "Europese Centrale Bank", nl=("ECB",), en=("European Central Bank",)),
    Curated("EUInstitution", "Europese Investeringsbank", nl=("EIB",), en=("European Investment Bank",)),
    Curated("EUInstitution", "Europese Rekenkamer", en=("European Court of Auditors",)),
    # the EU's agencies and offices, by their Dutch names, acronyms and English names
    Curated("EUInstitution", "Eurostat"),
    Curated(
        "EUInstitution",
        "Europese Autoriteit voor voedselveiligheid",
        nl=("EFSA",),
        en=("European Food Safety Authority",),
    ),
    Curated(
        "EUInstitution",
        "Europees Grens- en kustwachtagentschap",
        nl=("Frontex",),
        en=("European Border and Coast Guard Agency",),
    ),
    Curated("EUInstitution", "Europol", en=("European Union Agency for Law Enforcement Cooperation",)),
    Curated("EUInstitution", "Eurojust"),
    Curated(
        "EUInstitution",
        "Europees Bureau voor fraudebestrijding",
        nl=("OLAF",),
        en=("European Anti-Fraud Office",),
    ),
    Curated("EUInstitution", "Europees Geneesmiddelenbureau", nl=("EMA",), en=("European Medicines Agency",)),
    Curated(
        "EUInstitution",
        "Europees Agentschap voor chemische stoffen",
        nl=("ECHA",),
        en=("European Chemicals Agency",),
    ),
    Curated("EUInstitution", "Europees Defensieagentschap", nl=("EDA",), en=("European Defence Agency",)),
    Curated(
        "EUInstitution",
        "Europees Openbaar Ministerie",
        nl=("EOM",),
        en=("European Public Prosecutor's Office", "EPPO"),
    ),
    Curated(
        "EUInstitution",
        "Bureau voor intellectuele eigendom van de Europese Unie",
        nl=("EUIPO",),
        en=("European Union Intellectual Property Office",),
    ),
    Curated(
        "EUInstitution",
        "Europese Dienst voor Extern Optreden",
        nl=("EDEO",),
        en=("European External Action Service", "EEAS"),
    ),
    Curated(
        "EUInstitution",
        "Raad Buitenlandse Zaken",
        nl=("RBZ",),
        en=("Foreign Affairs Council",),
        comment="The Council of the European Union meeting as foreign ministers.",
    ),
    Curated(
        "EUInstitution",
        "Raad Buitenlandse Zaken Handel",
        nl=("RBZ Handel", "Raad Buitenlandse Zaken (Handel)"),
        en=("Foreign Affairs Council (Trade)",),
        comment="The Foreign Affairs Council meeting as trade ministers.",
    ),
    Curated("EUInstitution", "Raad Algemene Zaken", nl=("RAZ",), en=("General Affairs Council",)),
    Curated(
        "EUInstitution",
        "Raad Buitenlandse Zaken Ontwikkelingssamenwerking",
        nl=("RBZ Ontwikkelingssamenwerking", "Raad Buitenlandse Zaken (Ontwikkelingssamenwerking)"),
        en=("Foreign Affairs Council (Development)",),
        comment="The Foreign Affairs Council meeting as development ministers.",
    ),
    # the other configurations of the Council of the European Union
    Curated(
        "EUInstitution",
        "Raad Economische en Financiële Zaken",
        nl=("Ecofin", "Ecofinraad", "Ecofin-Raad"),
        en=("Economic and Financial Affairs Council", "ECOFIN"),
    ),
    Curated(
        "EUInstitution",
        "Raad Landbouw en Visserij",
        nl=("Landbouw- en Visserijraad", "Landbouwraad", "Raad voor Landbouw en Visserij"),
        en=("Agriculture and Fisheries Council", "AGRIFISH"),
    ),
    Curated(
        "EUInstitution",
        "Raad Concurrentievermogen",
        nl=("Raad voor Concurrentievermogen",),
        en=("Competitiveness Council",),
    ),
    Curated(
        "EUInstitution",
        "Raad Justitie en Binnenlandse Zaken",
        nl=("JBZ-Raad", "JBZ-raad"),
        en=("Justice and Home Affairs Council",),
    ),
    Curated(
        "EUInstitution",
        "Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken",
        nl=("WSBVC-Raad",),
        en=("Employment, Social Policy, Health and Consumer Affairs Council", "EPSCO"),
    ),
    Curated("EUInstitution", "Milieuraad", nl=("Raad Milieu",), en=("Environment Council",)),
    Curated(
        "EUInstitution",
        "Raad Vervoer, Telecommunicatie en Energie",
        nl=("TTE-Raad", "Energieraad", "Transportraad", "Telecomraad"),
        en=("Transport, Telecommunications and Energy Council",),
    ),
    Curated(
        "EUInstitution",
        "Raad Onderwijs, Jeugd, Cultuur en Sport",
        nl=("OJCS-Raad",),
        en=("Education, Youth, Culture and Sport Council",),
    ),
    Curated("EUInstitution", "Eurogroep", en=("Eurogroup",)),
    Curated(
        "EUInstitution",
        "Coreper",
        nl=("Comité van Permanente Vertegenwoordigers",),
        en=("Committee of Permanent Representatives", "COREPER"),
    ),
    Curated(
        "EUInstitution",
        "Europees Economisch en Sociaal Comité",
        nl=("EESC",),
        en=("European Economic and Social Committee",),
    ),
    Curated(
        "EUInstitution",
        "Europees Comité van de Regio's",
        nl=("Comité van de Regio's", "CvdR"),
        en=("European Committee of the Regions", "Committee of the Regions"),
    ),
    Curated("EUInstitution", "Europese Ombudsman", en=("European Ombudsman",)),
    # directorates-general of the European Commission: their code, Dutch and English names
    *(
        Curated(
            "EUInstitution",
            f"Directoraat-generaal {dutch}",
            nl=(f"DG {dutch}", f"DG {code}"),
            en=(f"Directorate-General for {english}", *((f"DG {code.title()}",) if len(code) > 4 else ())),
            comment="Directorate-general of the European Commission.",
            links=(("org:subOrganizationOf", "org/europese-commissie"),),
        )
        for code, dutch, english in (
            ("TRADE", "Handel", "Trade"),
            ("INTPA", "Internationale Partnerschappen", "International Partnerships"),
            (
                "NEAR",
                "Nabuurschapsbeleid en Uitbreidingsonderhandelingen",
                "Neighbourhood and Enlargement Negotiations",
            ),
            (
                "GROW",
                "Interne Markt, Industrie, Ondernemerschap en Midden- en Kleinbedrijf",
                "Internal Market, Industry, Entrepreneurship and SMEs",
            ),
            ("AGRI", "Landbouw en Plattelandsontwikkeling", "Agriculture and Rural Development"),
            ("TAXUD", "Belastingen en Douane-unie", "Taxation and Customs Union"),
            (
                "FISMA",
                "Financiële Stabiliteit, Financiële Diensten en Kapitaalmarktenunie",
                "Financial Stability, Financial Services and Capital Markets Union",
            ),
            ("JUST", "Justitie en Consumentenzaken", "Justice and Consumers"),
            ("ENV", "Milieu", "Environment"),
            ("CLIMA", "Klimaatactie", "Climate Action"),
            ("SANTE", "Gezondheid en Voedselveiligheid", "Health and Food Safety"),
        )
    ),
    Curated(
        "EUInstitution",
        "DG ECHO",
        en=("Directorate-General for European Civil Protection and Humanitarian Aid Operations",),
        comment="Directorate-general of the European Commission.",
        links=(("org:subOrganizationOf", "org/europese-commissie"),),
    ),
)

#: Labels for the acts of eu_legislation_celex.tsv, keyed by the list's short_name.
EU_ACTS_FROM_LIST: dict[str, Curated] = {
    "CSDDD": Curated(
        "EULegalAct",
        "Richtlijn inzake passende zorgvuldigheid in het bedrijfsleven op het gebied van duurzaamheid",
        nl=("CSDDD", "CS3D", "Richtlijn (EU) 2024/1760"),
        en=("Corporate Sustainability Due Diligence Directive", "Directive (EU) 2024/1760"),
        slug="csddd",
        links=(("bg:amends", "policy/klokkenluidersrichtlijn"), ("bg:amends", "policy/esap")),
    ),
    "CSDDD-voorstel": Curated(
        "EULegalAct",
        "Voorstel voor een richtlijn inzake passende zorgvuldigheid in het bedrijfsleven op het "
        "gebied van duurzaamheid",
        nl=("CSDDD-voorstel", "COM(2022) 71", "COM(2022) 71 final"),
        slug="csddd-voorstel",
        comment="The European Commission's proposal of 23 February 2022 that became the CSDDD.",
    ),
    "EUDR": Curated(
        "EULegalAct",
        "Ontbossingsverordening",
        nl=(
            "EU-ontbossingsverordening",
            "Europese ontbossingsverordening",
            "EUDR",
            "Verordening (EU) 2023/1115",
        ),
        en=("EU Deforestation Regulation", "EU Regulation on deforestation-free products"),
        slug="eudr",
        links=(("dcterms:replaces", "policy/eutr"),),
    ),
    "Dwangarbeidverordening (FLR)": Curated(
        "EULegalAct",
        "Dwangarbeidverordening",
        nl=("Anti-dwangarbeidverordening", "EU-dwangarbeidverordening", "FLR", "Verordening (EU) 2024/3015"),
        en=("Forced Labour Regulation", "EU Forced Labour Regulation", "Regulation (EU) 2024/3015"),
        slug="flr",
        links=(("bg:amends", "policy/klokkenluidersrichtlijn"),),
    ),
    "Klokkenluidersrichtlijn": Curated(
        "EULegalAct",
        "Klokkenluidersrichtlijn",
        nl=("EU-klokkenluidersrichtlijn", "Richtlijn (EU) 2019/1937"),
        en=("Whistleblower Directive", "Whistleblowing Directive"),
        slug="klokkenluidersrichtlijn",
    ),
    "ESAP": Curated(
        "EULegalAct",
        "Verordening (EU) 2023/2859",
        nl=("ESAP",),
        en=("European Single Access Point Regulation",),
        slug="esap",
    ),
    "EU-houtverordening (EUTR)": Curated(
        "EULegalAct",
        "EU-houtverordening",
        nl=("Houtverordening", "EUTR", "Verordening (EU) nr. 995/2010"),
        en=("EU Timber Regulation",),
        slug="eutr",
        comment="Repealed by the EU Deforestation Regulation.",
    ),
}

#: EU acts of this field known by name, without identifiers (not in the lists).
EU_ACTS: tuple[Curated, ...] = (
    Curated(
        "EULegalAct",
        "Douanewetboek van de Unie",
        nl=("DWU", "Verordening (EU) nr. 952/2013"),
        en=("Union Customs Code", "UCC"),
        slug="douanewetboek-van-de-unie",
    ),
    Curated(
        "EULegalAct",
        "Dual-useverordening",
        nl=(
            "Dual-use-verordening",
            "dual-useverordening",
            "EU-dual-useverordening",
            "Verordening (EU) 2021/821",
        ),
        en=("Dual-Use Regulation", "EU Dual-Use Regulation"),
        slug="dual-useverordening",
    ),
    Curated(
        "EULegalAct",
        "Richtlijn duurzaamheidsrapportering door ondernemingen",
        nl=("CSRD", "Richtlijn (EU) 2022/2464"),
        en=("Corporate Sustainability Reporting Directive",),
        slug="csrd",
    ),
    Curated(
        "EULegalAct",
        "Richtlijn niet-financiële informatie",
        nl=("NFRD", "Richtlijn 2014/95/EU"),
        en=("Non-Financial Reporting Directive", "Non-financial Disclosure Directive"),
        slug="nfrd",
    ),
    Curated(
        "EULegalAct",
        "Ecodesignverordening voor duurzame producten",
        nl=("Ecodesign voor Duurzame Productenverordening", "ESPR", "Verordening (EU) 2024/1781"),
        en=("Ecodesign for Sustainable Products Regulation",),
        slug="espr",
    ),
    Curated(
        "EULegalAct",
        "Conflictmineralenverordening",
        nl=("EU-conflictmineralenverordening", "Verordening (EU) 2017/821"),
        en=("Conflict Minerals Regulation", "EU Conflict Minerals Regulation"),
        slug="conflictmineralenverordening",
    ),
    Curated(
        "EULegalAct",
        "FDI-screeningsverordening",
        nl=("FDI-verordening", "Verordening (EU) 2019/452"),
        en=("FDI Screening Regulation", "EU FDI Screening Regulation"),
        slug="fdi-screeningsverordening",
    ),
    Curated(
        "EULegalAct",
        "CO2-grensheffingsmechanisme",
        nl=("CBAM", "Verordening (EU) 2023/956"),
        en=("Carbon Border Adjustment Mechanism",),
        slug="cbam",
    ),
    Curated(
        "EULegalAct",
        "Verordening kritieke grondstoffen",
        nl=("CRMA", "Verordening (EU) 2024/1252"),
        en=("Critical Raw Materials Act",),
        slug="crma",
    ),
    Curated(
        "EULegalAct",
        "Anti-dwanginstrument",
        nl=("ACI", "Verordening (EU) 2023/2675"),
        en=("Anti-Coercion Instrument",),
        slug="anti-dwanginstrument",
    ),
    Curated(
        "EULegalAct",
        "Omnibus I",
        nl=("Omnibus I-voorstel", "Omnibus I-pakket"),
        en=("Omnibus I package",),
        slug="omnibus-i",
        comment="European Commission proposals of February 2025 that simplify and amend CSRD and CSDDD.",
        links=(("bg:amends", "policy/csddd"), ("bg:amends", "policy/csrd")),
    ),
)


# =====================================================================================================
#  International organisations (names in the budget lines of chapter XVII are marked by source there)
# =====================================================================================================

INTERNATIONAL: tuple[Curated, ...] = (
    Curated("InternationalOrganisation", "Verenigde Naties", nl=("VN",), en=("United Nations", "UN")),
    Curated(
        "InternationalOrganisation",
        "VN-Mensenrechtenraad",
        nl=("Mensenrechtenraad", "Mensenrechtenraad van de Verenigde Naties"),
        en=("UN Human Rights Council", "Human Rights Council", "UNHRC"),
    ),
    Curated(
        "InternationalOrganisation",
        "VN-Veiligheidsraad",
        nl=("Veiligheidsraad",),
        en=("UN Security Council", "United Nations Security Council"),
    ),
    Curated(
        "InternationalOrganisation",
        "Organisatie voor Economische Samenwerking en Ontwikkeling",
        nl=("OESO",),
        en=("OECD", "Organisation for Economic Co-operation and Development"),
    ),
    Curated("InternationalOrganisation", "Wereldbank", en=("World Bank",)),
    Curated(
        "InternationalOrganisation",
        "Internationaal Monetair Fonds",
        nl=("IMF",),
        en=("International Monetary Fund",),
    ),
    Curated(
        "InternationalOrganisation", "Wereldhandelsorganisatie", nl=("WTO",), en=("World Trade Organization",)
    ),
    Curated(
        "InternationalOrganisation",
        "Internationale Arbeidsorganisatie",
        nl=("ILO",),
        en=("International Labour Organization",),
    ),
    Curated(
        "InternationalOrganisation",
        "Noord-Atlantische Verdragsorganisatie",
        nl=("NAVO",),
        en=("NATO", "North Atlantic Treaty Organization"),
    ),
    Curated("InternationalOrganisation", "Raad van Europa", en=("Council of Europe",)),
    Curated("InternationalOrganisation", "International Finance Corporation", nl=("IFC",)),
    Curated(
        "InternationalOrganisation",
        "Milieuprogramma van de Verenigde Naties",
        nl=("UNEP",),
        en=("United Nations Environment Programme",),
    ),
    Curated(
        "InternationalOrganisation",
        "Ontwikkelingsprogramma van de Verenigde Naties",
        nl=("UNDP",),
        en=("United Nations Development Programme",),
    ),
    Curated(
        "InternationalOrganisation",
        "UNICEF",
        nl=("Unicef", "Kinderfonds van de Verenigde Naties"),
        en=("United Nations Children's Fund",),
    ),
    Curated("InternationalOrganisation", "UNIDO", en=("United Nations Industrial Development Organization",)),
    Curated(
        "InternationalOrganisation",
        "UNHCR",
        en=("United Nations High Commissioner for Refugees", "UN Refugee Agency"),
    ),
    Curated(
        "InternationalOrganisation",
        "UNRWA",
        en=("United Nations Relief and Works Agency for Palestine Refugees in the Near East",),
    ),
    Curated("InternationalOrganisation", "Wereldvoedselprogramma", nl=("WFP",), en=("World Food Programme",)),
    Curated(
        "InternationalOrganisation",
        "Wereldgezondheidsorganisatie",
        nl=("WHO",),
        en=("World Health Organization",),
    ),
    Curated("InternationalOrganisation", "UNAIDS", en=("Joint United Nations Programme on HIV/AIDS",)),
    Curated("InternationalOrganisation", "UNFPA", en=("United Nations Population Fund",)),
    Curated(
        "InternationalOrganisation",
        "Unesco",
        nl=("UNESCO",),
        en=("United Nations Educational, Scientific and Cultural Organization",),
    ),
    Curated("InternationalOrganisation", "Global Environment Facility", nl=("GEF",)),
    Curated(
        "InternationalOrganisation",
        "Global Fund to Fight Aids, Malaria and Tuberculosis",
        nl=("Global Fund",),
        en=("Global Fund to Fight AIDS, Tuberculosis and Malaria",),
    ),
    Curated("InternationalOrganisation", "Global Partnership for Education", nl=("GPE",)),
    Curated(
        "InternationalOrganisation",
        "Aziatische Ontwikkelingsbank",
        nl=("AsDB",),
        en=("Asian Development Bank", "ADB"),
    ),
    Curated(
        "InternationalOrganisation",
        "Afrikaanse Ontwikkelingsbank",
        nl=("AfDB",),
        en=("African Development Bank",),
    ),
    Curated(
        "InternationalOrganisation",
        "Europese Bank voor Wederopbouw en Ontwikkeling",
        nl=("EBRD",),
        en=("European Bank for Reconstruction and Development",),
    ),
    Curated("InternationalOrganisation", "Afrikaanse Unie", nl=("AU",), en=("African Union",)),
    Curated("InternationalOrganisation", "ASEAN", en=("Association of Southeast Asian Nations",)),
    Curated("InternationalOrganisation", "Mercosur", other=(("Mercado Común del Sur", "es"),)),
    Curated("InternationalOrganisation", "G20", nl=("G-20",), en=("Group of Twenty",)),
    Curated("InternationalOrganisation", "G7", nl=("G-7",), en=("Group of Seven",)),
    Curated("InternationalOrganisation", "Extractive Industries Transparency Initiative", nl=("EITI",)),
    # the multilateral export control regimes
    Curated("InternationalOrganisation", "Wassenaar Arrangement", nl=("Wassenaar-arrangement",)),
    Curated("InternationalOrganisation", "Australiëgroep", nl=("Australië Groep",), en=("Australia Group",)),
    Curated("InternationalOrganisation", "Nuclear Suppliers Group", nl=("NSG",)),
    Curated("InternationalOrganisation", "Missile Technology Control Regime", nl=("MTCR",)),
    # the other organisations of the UN system and the development banks that Dutch texts name
    Curated(
        "InternationalOrganisation",
        "Voedsel- en Landbouworganisatie van de Verenigde Naties",
        nl=("FAO", "Voedsel- en Landbouworganisatie"),
        en=("Food and Agriculture Organization", "Food and Agriculture Organization of the United Nations"),
    ),
    Curated(
        "InternationalOrganisation",
        "Internationaal Fonds voor Landbouwontwikkeling",
        nl=("IFAD",),
        en=("International Fund for Agricultural Development",),
    ),
    Curated(
        "InternationalOrganisation",
        "UNCTAD",
        nl=("VN-Conferentie voor Handel en Ontwikkeling",),
        en=("United Nations Conference on Trade and Development",),
    ),
    Curated(
        "InternationalOrganisation",
        "Wereldorganisatie voor de Intellectuele Eigendom",
        nl=("WIPO",),
        en=("World Intellectual Property Organization",),
    ),
    Curated(
        "InternationalOrganisation",
        "OCHA",
        nl=("VN-OCHA",),
        en=("United Nations Office for the Coordination of Humanitarian Affairs", "UN OCHA"),
    ),
    Curated(
        "InternationalOrganisation",
        "Internationale Organisatie voor Migratie",
        nl=("IOM",),
        en=("International Organization for Migration",),
    ),
    Curated("InternationalOrganisation", "UN Women", nl=("VN Women",)),
    Curated(
        "InternationalOrganisation",
        "Internationaal Energieagentschap",
        nl=("IEA",),
        en=("International Energy Agency",),
    ),
    Curated(
        "InternationalOrganisation",
        "Organisatie voor Veiligheid en Samenwerking in Europa",
        nl=("OVSE",),
        en=("OSCE", "Organization for Security and Co-operation in Europe"),
    ),
    Curated(
        "InternationalOrganisation",
        "Internationaal Gerechtshof",
        en=("International Court of Justice", "ICJ"),
    ),
    Curated(
        "InternationalOrganisation",
        "Internationaal Strafhof",
        en=("International Criminal Court",),
    ),
    Curated(
        "InternationalOrganisation",
        "Internationaal Comité van het Rode Kruis",
        nl=("ICRC",),
        en=("International Committee of the Red Cross",),
    ),
    Curated(
        "InternationalOrganisation",
        "Internationale Federatie van het Rode Kruis en de Rode Halve Maan",
        nl=("IFRC", "Internationale Federatie van Rode Kruis- en Rode Halve Maanverenigingen"),
        en=("International Federation of Red Cross and Red Crescent Societies",),
    ),
    Curated(
        "InternationalOrganisation",
        "Inter-Amerikaanse Ontwikkelingsbank",
        nl=("IDB",),
        en=("Inter-American Development Bank",),
    ),
    Curated(
        "InternationalOrganisation",
        "Aziatische Infrastructuurinvesteringsbank",
        nl=("AIIB",),
        en=("Asian Infrastructure Investment Bank",),
    ),
)

#: Budget-line names (nadere_omschrijving, chapter XVII) that name the organisations above.
INTERNATIONAL_IN_BUDGET: dict[str, str] = {
    "International Finance Corporation": "International Finance Corporation",
    "International Labour Organization": "Internationale Arbeidsorganisatie",
    "UNEP": "Milieuprogramma van de Verenigde Naties",
    "UNDP": "Ontwikkelingsprogramma van de Verenigde Naties",
    "UNICEF": "UNICEF",
    "UNIDO": "UNIDO",
    "UNHCR": "UNHCR",
    "UNRWA": "UNRWA",
    "Wereldvoedselprogramma": "Wereldvoedselprogramma",
    "Partnershipprogramma WHO": "Wereldgezondheidsorganisatie",
    "UNAIDS": "UNAIDS",
    "UNFPA": "UNFPA",
    "Unesco": "Unesco",
    "GEF": "Global Environment Facility",
    "Global Fund to Fight Aids, Malaria and Tuberculosis": (
        "Global Fund to Fight Aids, Malaria and Tuberculosis"
    ),
    "Global Partnership for Education": "Global Partnership for Education",
}


# =====================================================================================================
#  Policy field: companies and NGOs, policies, instruments
# =====================================================================================================

ORGANISATIONS: tuple[Curated, ...] = (
    Curated(
        "Company",
        "Atradius Dutch State Business",
        nl=("ADSB", "Atradius DSB"),
        comment="Carries out the Dutch state's export credit insurance on behalf of the Ministry of Finance.",
    ),
    Curated(
        "Company",
        "Invest International",
        comment="Dutch state financing institution for international business, founded in 2021.",
    ),
    Curated(
        "Company",
        "Nederlandse Financierings-Maatschappij voor Ontwikkelingslanden",
        nl=("FMO", "Nederlandse Financieringsmaatschappij voor Ontwikkelingslanden"),
        en=("Dutch entrepreneurial development bank",),
    ),
    Curated("NGO", "VNO-NCW", en=("Confederation of Netherlands Industry and Employers",)),
    Curated("NGO", "MKB-Nederland"),
    Curated("NGO", "Federatie Nederlandse Vakbeweging", nl=("FNV",)),
    Curated("NGO", "Christelijk Nationaal Vakverbond", nl=("CNV",)),
    Curated("NGO", "MVO Nederland"),
    Curated("NGO", "MVO Platform"),
    Curated(
        "NGO",
        "Stichting Onderzoek Multinationale Ondernemingen",
        nl=("SOMO",),
        en=("Centre for Research on Multinational Corporations",),
    ),
    Curated("NGO", "Oxfam Novib"),
    Curated("NGO", "Amnesty International"),
    Curated("NGO", "Cordaid"),
    Curated("NGO", "Solidaridad"),
    Curated("NGO", "Schone Kleren Campagne", en=("Clean Clothes Campaign",)),
    Curated("NGO", "Fair Wear", nl=("Fair Wear Foundation",)),
    Curated(
        "NGO",
        "Initiatief Duurzame Handel",
        nl=("IDH",),
        en=("IDH Sustainable Trade Initiative", "Sustainable Trade Initiative"),
    ),
    Curated(
        "NGO",
        "Nederlands Instituut voor Internationale Betrekkingen Clingendael",
        nl=("Clingendael", "Instituut Clingendael"),
        en=("Netherlands Institute of International Relations Clingendael",),
    ),
    Curated("NGO", "World Economic Forum", nl=("WEF",)),
)

POLICIES: tuple[Curated, ...] = (
    Curated(
        "Policy",
        "Gemeenschappelijk Landbouwbeleid",
        nl=("GLB", "gemeenschappelijk landbouwbeleid"),
        en=("Common Agricultural Policy",),
    ),
    Curated(
        "Guideline",
        "OESO-richtlijnen voor multinationale ondernemingen",
        nl=(
            "OESO-richtlijnen",
            "OESO-Richtlijnen",
            "OESO-richtlijnen voor multinationale ondernemingen inzake maatschappelijk verantwoord "
            "ondernemen",
        ),
        en=(
            "OECD Guidelines for Multinational Enterprises",
            "OECD Guidelines",
            "OECD Guidelines for Multinational Enterprises on Responsible Business Conduct",
        ),
    ),
    Curated(
        "Guideline",
        "United Nations Guiding Principles on Business and Human Rights",
        nl=("UNGP's", "UNGP’s", "UNGPs", "UNGP", "VN-richtlijnen voor bedrijfsleven en mensenrechten"),
        en=(
            "UN Guiding Principles on Business and Human Rights",
            "UN Guiding Principles",
            "United Nations Guiding Principles",
        ),
        slug="ungp",
    ),
    Curated(
        "Guideline",
        "OECD Due Diligence Guidance for Responsible Business Conduct",
        slug="oecd-due-diligence-guidance",
    ),
    Curated("Guideline", "ILO-kernarbeidsnormen", en=("ILO core labour standards",)),
    Curated(
        "ActionPlan",
        "Nationaal Actieplan bedrijfsleven en mensenrechten",
        nl=("NAP", "Nationaal Actieplan Bedrijfsleven en Mensenrechten"),
        en=("National Action Plan on Business and Human Rights",),
    ),
    Curated(
        "Law",
        "Wet verantwoord en duurzaam internationaal ondernemen",
        nl=("Wvdio",),
        comment="Private member's bill (initiatiefwetsvoorstel) on responsible business conduct.",
    ),
    Curated(
        "Law",
        "Wet internationaal verantwoord ondernemen",
        nl=("Wivo",),
        comment="Bill on international responsible business conduct.",
    ),
    Curated("Law", "Wet zorgplicht kinderarbeid", nl=("Wzk",), en=("Child Labour Due Diligence Act",)),
    Curated("Law", "Wet afwikkeling massaschade in collectieve actie", nl=("WAMCA",)),
    Curated("Law", "Wet veiligheidstoets investeringen, fusies en overnames", nl=("Vifo", "Wet Vifo")),
    Curated("Law", "Modern Slavery Act", en=("UK Modern Slavery Act", "Modern Slavery Act 2015")),
    Curated(
        "Law",
        "Loi de vigilance",
        other=(
            (
                "Loi relative au devoir de vigilance des sociétés mères et des entreprises donneuses d'ordre",
                "fr",
            ),
        ),
        en=("Duty of Vigilance Law", "French Duty of Vigilance Law"),
    ),
    Curated(
        "Law",
        "Lieferkettensorgfaltspflichtengesetz",
        nl=("LkSG",),
        other=(("Lieferkettengesetz", "de"),),
        en=("German Supply Chain Act", "Supply Chain Due Diligence Act"),
    ),
    Curated(
        "Law",
        "Dodd-Frank Wall Street Reform and Consumer Protection Act",
        nl=("Dodd-Frank Act", "Dodd-Frank"),
        slug="dodd-frank-act",
    ),
    Curated("Law", "Uyghur Forced Labor Prevention Act", nl=("UFLPA",)),
    Curated(
        "Strategy",
        "Doen waar Nederland goed in is – Strategie voor Buitenlandse Handel en Ontwikkelingssamenwerking",
        nl=(
            "Doen waar Nederland goed in is",
            "Doen waar Nederland goed in is - "
            "Strategie voor Buitenlandse Handel en Ontwikkelingssamenwerking",
            "Strategie voor Buitenlandse Handel en Ontwikkelingssamenwerking",
        ),
        slug="doen-waar-nederland-goed-in-is",
        comment="Policy paper on foreign trade and development cooperation of 2022.",
    ),
    Curated("Strategy", "Nationale Technologie Strategie", nl=("NTS",), en=("National Technology Strategy",)),
    Curated(
        "Strategy",
        "Global Gateway",
        nl=("Global Gateway-strategie",),
        comment="The European Union's strategy for investment in infrastructure abroad.",
    ),
    Curated(
        "Strategy",
        "Duurzame Ontwikkelingsdoelen",
        nl=("SDG's", "SDG’s", "SDGs"),
        en=("Sustainable Development Goals",),
    ),
    Curated(
        "Programme",
        "Nationaal Programma Circulaire Economie",
        nl=("NPCE",),
        en=("National Circular Economy Programme",),
    ),
    Curated(
        "Treaty",
        "EU-Mercosur-akkoord",
        nl=(
            "EU-Mercosur akkoord",
            "EU-Mercosur-handelsakkoord",
            "EU-Mercosur handelsakkoord",
            "Mercosur-akkoord",
        ),
        en=("EU-Mercosur Agreement",),
    ),
    Curated(
        "Treaty",
        "CETA",
        en=(
            "Comprehensive Economic and Trade Agreement",
            "EU-Canada Comprehensive Economic and Trade Agreement",
        ),
    ),
    Curated(
        "Treaty",
        "Overeenkomst van Parijs",
        nl=("Klimaatakkoord van Parijs", "Parijsakkoord", "Akkoord van Parijs"),
        en=("Paris Agreement",),
    ),
    Curated(
        "Treaty",
        "Verdrag betreffende de werking van de Europese Unie",
        nl=("VWEU",),
        en=("Treaty on the Functioning of the European Union", "TFEU"),
    ),
    Curated(
        "Treaty", "Verdrag betreffende de Europese Unie", nl=("VEU",), en=("Treaty on European Union", "TEU")
    ),
    Curated(
        "Treaty",
        "VN-verdrag bedrijfsleven en mensenrechten",
        en=("UN Binding Treaty on Business and Human Rights",),
        comment="The legally binding UN instrument on business and human rights under negotiation.",
    ),
)

INSTRUMENTS: tuple[Curated, ...] = (
    # the EU's instruments for development cooperation
    Curated(
        "FinancingInstrument",
        "Europees Ontwikkelingsfonds",
        nl=("EOF",),
        en=("European Development Fund", "EDF"),
    ),
    Curated(
        "FinancingInstrument",
        "NDICI-Europa in de wereld",
        nl=(
            "NDICI",
            "Instrument voor nabuurschapsbeleid, ontwikkelingssamenwerking en internationale samenwerking",
        ),
        en=("NDICI-Global Europe", "Neighbourhood, Development and International Cooperation Instrument"),
        slug="ndici",
    ),
    Curated(
        "FinancingInstrument",
        "exportkredietverzekering",
        nl=("ekv", "exportkredietverzekeringsfaciliteit", "ekv-faciliteit"),
        en=("export credit insurance",),
    ),
    Curated("FinancingInstrument", "investeringsverzekering", en=("investment insurance",)),
    Curated("FinancingInstrument", "Dutch Good Growth Fund", nl=("DGGF", "Dutch Good Growth Fonds")),
    Curated("FinancingInstrument", "Dutch Trade and Investment Fund", nl=("DTIF",)),
    Curated("FinancingInstrument", "Finance for International Business", nl=("FIB",)),
    Curated("FinancingInstrument", "Dutch Fund for Climate and Development", nl=("DFCD",)),
    Curated("SubsidyScheme", "Partners for International Business", nl=("PIB",)),
    Curated("SubsidyScheme", "Starters International Business", nl=("SIB",)),
    Curated(
        "SubsidyScheme",
        "DHI-regeling",
        nl=(
            "DHI",
            "Demonstratieprojecten, haalbaarheidsstudies en investeringsstudies",
            "Demonstratieprojecten, Haalbaarheidsstudies en Investeringsvoorbereidingsstudies",
        ),
    ),
    Curated("SubsidyScheme", "Transitiefaciliteit"),
    Curated("SubsidyScheme", "Programma Strategische Beurzen"),
    Curated("SubsidyScheme", "Develop2Build", nl=("D2B",)),
    Curated("SubsidyScheme", "Fonds Bestrijding Kinderarbeid", nl=("FBK",)),
    Curated("SubsidyScheme", "Fonds Verantwoord Ondernemen", nl=("FVO",)),
    Curated("SubsidyScheme", "Medefinancieringsstelsel", nl=("MFS",)),
    Curated("SubsidyScheme", "Vakbondsmedefinancieringsprogramma"),
    Curated("SupportService", "Netherlands Business Support Offices", nl=("NBSO", "NBSO's")),
    Curated("SupportService", "MVO-steunpunt", nl=("MVO Steunpunt", "IMVO-steunpunt")),
    Curated(
        "SupportService",
        "MVO-risicochecker",
        nl=("MVO Risico Checker", "MVO risicochecker"),
        en=("CSR Risk Check",),
    ),
    Curated(
        "Covenant",
        "Convenant Duurzame Kleding en Textiel",
        nl=("kledingconvenant", "textielconvenant"),
        en=(
            "Dutch Agreement on Sustainable Garments and Textile",
            "Agreement on Sustainable Garments and Textile",
            "AGT",
        ),
    ),
    Curated(
        "Covenant",
        "IMVO-convenanten",
        nl=("IMVO-convenant",),
        comment="The Dutch covenants on international responsible business conduct, per sector.",
    ),
    Curated(
        "Instrument",
        "Homogene Groep Internationale Samenwerking",
        nl=("HGIS",),
        comment="The overview of all Dutch government spending on international cooperation.",
    ),
    Curated(
        "Instrument",
        "Algemeen Preferentieel Stelsel",
        nl=("APS",),
        en=("Generalised Scheme of Preferences", "GSP"),
        comment="The EU's tariff preferences for developing countries.",
    ),
)

#: Budget-line names (nadere_omschrijving; chapter XVII, and IXB for export credit insurance) -> the
#: curated terms above they name.
INSTRUMENTS_IN_BUDGET: dict[str, tuple[str, ...]] = {
    "Dutch Trade and Investment Fund (non-ODA)": ("Dutch Trade and Investment Fund",),
    "Finance for International Business (FIB)": ("Finance for International Business",),
    "Partners for International Business (PIB)": ("Partners for International Business",),
    "Starters International Business (SIB)/ Programma Strategische Beurzen": (
        "Starters International Business",
        "Programma Strategische Beurzen",
    ),
    "Demontratieprojecten, haalbaarheidsstudies en investeringsstudies (DHI) (non-ODA)": ("DHI-regeling",),
    "Transitiefaciliteit": ("Transitiefaciliteit",),
    "Technische assistentie DGGF": ("Dutch Good Growth Fund",),
    "Versterking economische functie (NBSO's via RVO)": ("Netherlands Business Support Offices",),
    "Medefinancieringsstelsel": ("Medefinancieringsstelsel",),
    "Vakbondsmedefinancieringsprogramma": ("Vakbondsmedefinancieringsprogramma",),
    "Schade-uitkering ekv": ("exportkredietverzekering",),
    "Premies investeringsverzekeringen": ("investeringsverzekering",),
    "Kostenvergoeding Atradius DSB": ("Atradius Dutch State Business",),
}


# =====================================================================================================
#  Places: provinces, cities and regions Dutch policy texts name (always optional in the gold standard)
# =====================================================================================================

PLACES: tuple[Curated, ...] = (
    *(
        Curated("Place", name, nl=nl, comment="Province of the Netherlands.")
        for name, nl in (
            ("provincie Groningen", ()),
            ("Fryslân", ("Friesland", "provincie Fryslân")),
            ("Drenthe", ()),
            ("Overijssel", ()),
            ("Flevoland", ()),
            ("Gelderland", ()),
            ("provincie Utrecht", ()),
            ("Noord-Holland", ()),
            ("Zuid-Holland", ()),
            ("Zeeland", ()),
            ("Noord-Brabant", ()),
            ("Limburg", ("Nederlands Limburg",)),
        )
    ),
    Curated("Place", "Den Haag", nl=("'s-Gravenhage",), en=("The Hague",)),
    Curated("Place", "Amsterdam"),
    Curated("Place", "Rotterdam"),
    Curated("Place", "Randstad"),
    Curated("Place", "Brussel", en=("Brussels",)),
    Curated("Place", "Straatsburg", en=("Strasbourg",)),
    Curated("Place", "Genève", nl=("Geneve",), en=("Geneva",)),
    Curated("Place", "Europa", en=("Europe",)),
    Curated("Place", "Afrika", en=("Africa",)),
    Curated("Place", "Azië", nl=("Azie",), en=("Asia",)),
    Curated("Place", "Noord-Amerika", en=("North America",)),
    Curated("Place", "Zuid-Amerika", en=("South America",)),
    Curated("Place", "Latijns-Amerika", en=("Latin America",)),
    Curated("Place", "Midden-Oosten", en=("Middle East",)),
    Curated("Place", "Noord-Afrika", en=("North Africa",)),
    Curated(
        "Place",
        "Sub-Sahara Afrika",
        nl=("Sub-Sahara-Afrika", "Afrika bezuiden de Sahara"),
        en=("Sub-Saharan Africa",),
    ),
    Curated("Place", "Sahel", nl=("Sahelregio",)),
    Curated("Place", "Hoorn van Afrika", en=("Horn of Africa",)),
    Curated("Place", "Caraïben", nl=("Caribisch gebied",), en=("Caribbean",)),
    Curated("Place", "Zuidoost-Azië", en=("Southeast Asia",)),
    Curated("Place", "Oost-Azië", en=("East Asia",)),
    Curated("Place", "Zuid-Azië", en=("South Asia",)),
    Curated("Place", "Centraal-Azië", en=("Central Asia",)),
    Curated("Place", "Westelijke Balkan", en=("Western Balkans",)),
    Curated("Place", "Indo-Pacific", nl=("Indo-Pacifische regio",)),
    Curated("Place", "Golfregio", en=("Gulf region",)),
    Curated("Place", "Xinjiang"),
    Curated("Place", "Tibet"),
    Curated("Place", "Gazastrook", nl=("Gaza",), en=("Gaza Strip",)),
    Curated("Place", "Westelijke Jordaanoever", en=("West Bank",)),
    Curated("Place", "Krim", en=("Crimea",)),
)

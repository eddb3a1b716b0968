"""The fixed material the demo generator draws from: enterprises, organisations, names, notes.

All enterprises and people are fictional; municipalities, business lines and rates follow the
public reports the domain brief is drawn from.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoEnterprise:
    name: str
    legal_form: str
    municipality: str
    city: str
    postal_code: str
    business_lines: tuple[str, ...]
    status: str
    employees: int
    training_places: int
    founded_years_ago: int  # drives how far through the modules it has come


ENTERPRISES: tuple[DemoEnterprise, ...] = (
    DemoEnterprise(
        "Tassarnas Hunddagis ek. för.",
        "ekonomisk_forening",
        "Krokom",
        "Ås",
        "835 31",
        ("hunddagis",),
        "etablerad",
        3,
        2,
        4,
    ),
    DemoEnterprise(
        "Återbruket i Hudik ek. för.",
        "ekonomisk_forening",
        "Hudiksvall",
        "Hudiksvall",
        "824 30",
        ("secondhand", "möbelreparationer"),
        "etablerad",
        6,
        8,
        6,
    ),
    DemoEnterprise(
        "Cykelköket Nordanstig ek. för.",
        "ekonomisk_forening",
        "Nordanstig",
        "Bergsjö",
        "820 70",
        ("cykelverkstad",),
        "etablerad",
        2,
        4,
        3,
    ),
    DemoEnterprise(
        "Mötesplats Café Ungdom",
        "ideell_forening",
        "Bollnäs",
        "Bollnäs",
        "821 43",
        ("café", "matbespisning"),
        "uppstart",
        1,
        4,
        1,
    ),
    DemoEnterprise(
        "Skog & Miljö Ljusdal ek. för.",
        "ekonomisk_forening",
        "Ljusdal",
        "Ljusdal",
        "827 32",
        ("skogs- och miljövård",),
        "etablerad",
        5,
        6,
        7,
    ),
    DemoEnterprise(
        "Hemnära Tjänster Söderhamn ek. för.",
        "ekonomisk_forening",
        "Söderhamn",
        "Söderhamn",
        "826 30",
        ("hushållsnära tjänster", "städ"),
        "etablerad",
        8,
        6,
        5,
    ),
    DemoEnterprise(
        "Möbelverkstan Luleå ek. för.",
        "ekonomisk_forening",
        "Luleå",
        "Luleå",
        "972 38",
        ("möbelreparationer", "secondhand"),
        "etablerad",
        4,
        6,
        5,
    ),
    DemoEnterprise(
        "Språkcaféet i Luleå",
        "ideell_forening",
        "Luleå",
        "Luleå",
        "973 31",
        ("språkträning för nyanlända", "café"),
        "uppstart",
        1,
        3,
        1,
    ),
    DemoEnterprise(
        "Bodens Flytt & Städ AB (svb)",
        "ab_bvu",
        "Boden",
        "Boden",
        "961 35",
        ("flytthjälp", "städ"),
        "etablerad",
        7,
        5,
        4,
    ),
    DemoEnterprise(
        "Piteå Skaparverkstad ek. för.",
        "ekonomisk_forening",
        "Piteå",
        "Piteå",
        "941 33",
        ("skaparverkstad", "secondhand"),
        "etablerad",
        3,
        4,
        3,
    ),
    DemoEnterprise(
        "Älvsby Matbespisning ek. för.",
        "ekonomisk_forening",
        "Älvsbyn",
        "Älvsbyn",
        "942 31",
        ("matbespisning", "café"),
        "uppstart",
        2,
        3,
        2,
    ),
    DemoEnterprise(
        "Reception & Service Östersund ek. för.",
        "ekonomisk_forening",
        "Östersund",
        "Östersund",
        "831 34",
        ("receptioner", "städ"),
        "etablerad",
        5,
        6,
        4,
    ),
    DemoEnterprise(
        "Lunds Återbruksförening", "ekonomisk_forening", "Lund", "Lund", "222 21", ("secondhand",), "ide", 0, 0, 0
    ),
    DemoEnterprise(
        "Gävle Trädgård & Fastighet ek. för.",
        "ekonomisk_forening",
        "Gävle",
        "Gävle",
        "802 52",
        ("skogs- och miljövård", "hushållsnära tjänster"),
        "vilande",
        0,
        0,
        5,
    ),
)

# (name, kind, municipality); region decides which Coompanion office supports an enterprise.
ORGANISATIONS: tuple[tuple[str, str, str], ...] = (
    ("Coompanion Gävleborg", "coompanion", "Gävle"),
    ("Coompanion Norrbotten", "coompanion", "Luleå"),
    ("Coompanion Jämtland", "coompanion", "Östersund"),
    ("Coompanion Skåne", "coompanion", "Malmö"),
    ("Arbetsmarknadsenheten Hudiksvall", "ame", "Hudiksvall"),
    ("Arbetsmarknadsenheten Nordanstig", "ame", "Nordanstig"),
    ("Arbetsmarknadsenheten Bollnäs", "ame", "Bollnäs"),
    ("TIA – Tillväxt, integration och arbetsmarknad, Luleå", "ame", "Luleå"),
    ("Arbetsmarknadsenheten Boden", "ame", "Boden"),
    ("Arbetsmarknadsenheten Östersund", "ame", "Östersund"),
    ("Arbetsförmedlingen", "af", ""),
    ("Försäkringskassan", "fk", ""),
    ("Samordningsförbundet Södra Norrbotten", "samordningsforbund", "Luleå"),
    ("Samordningsförbundet Gävleborg", "samordningsforbund", "Gävle"),
    ("Individ- och familjeomsorgen Piteå", "ifo", "Piteå"),
)

COOMPANION_BY_REGION = {
    "Gävleborgs län": "Coompanion Gävleborg",
    "Norrbottens län": "Coompanion Norrbotten",
    "Jämtlands län": "Coompanion Jämtland",
    "Skåne län": "Coompanion Skåne",
}

# Municipality → its own labour-market unit, where it has one in the demo.
AME_BY_MUNICIPALITY = {
    "Hudiksvall": "Arbetsmarknadsenheten Hudiksvall",
    "Nordanstig": "Arbetsmarknadsenheten Nordanstig",
    "Bollnäs": "Arbetsmarknadsenheten Bollnäs",
    "Luleå": "TIA – Tillväxt, integration och arbetsmarknad, Luleå",
    "Boden": "Arbetsmarknadsenheten Boden",
    "Östersund": "Arbetsmarknadsenheten Östersund",
    "Krokom": "Arbetsmarknadsenheten Östersund",
}

# Price per filled place and month (and when the enterprise employs the person), from the reports.
PLACE_RATES = {
    "Östersund": (6000, 12000),
    "Krokom": (7500, 7500),
    "Nordanstig": (5000, 10000),
}
DEFAULT_PLACE_RATE = (6000, 12000)

AGREEMENT_BY_MUNICIPALITY = {
    "Hudiksvall": "iop",
    "Nordanstig": "lopande_avtal",
    "Bollnäs": "ramavtal",
    "Luleå": "arbetstraningsplatser",
    "Östersund": "arbetstraningsplatser",
    "Boden": "reserverad_upphandling",
}

FIRST_NAMES_WOMEN = (
    "Anna",
    "Maria",
    "Karin",
    "Sara",
    "Lena",
    "Emma",
    "Elin",
    "Ida",
    "Sofia",
    "Hanna",
    "Johanna",
    "Malin",
    "Linda",
    "Amira",
    "Fatima",
    "Ingrid",
    "Kerstin",
    "Åsa",
)
FIRST_NAMES_MEN = (
    "Erik",
    "Lars",
    "Anders",
    "Johan",
    "Per",
    "Mikael",
    "Karl",
    "Jonas",
    "Ahmed",
    "Ali",
    "Stefan",
    "Björn",
    "Mats",
    "Oskar",
    "Nils",
    "Göran",
    "Olle",
    "Yusuf",
)
LAST_NAMES = (
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Lindqvist",
    "Berglund",
    "Lundström",
    "Sjöberg",
    "Öberg",
    "Hedlund",
    "Nordin",
    "Holmgren",
    "Wikström",
    "Ström",
    "Lindberg",
    "Åkesson",
    "Mohammed",
    "Hassan",
)

MODULE_NOTES = {
    "kooperation": (
        "Genomgång av kooperativa principer och vad ett ASF är.",
        "Studiecirkel om medlemskap och demokrati i föreningen.",
    ),
    "stadgar": ("Stadgarna gicks igenom inför föreningsstämman.", "Arbete med affärsplanens intäktsdel."),
    "styrelse": ("Styrelseutbildning: roller, ansvar och protokoll.", "Stöd inför styrelsemöte, dagordning."),
    "personal": ("Handledarutbildning och introduktion av nya deltagare.", "Genomgång av arbetsmiljö och rutiner."),
    "administration": ("Bokföring och fakturering, genomgång av rutiner.", "Lönehantering och lönebidragsansökan."),
    "samhallsnytta": ("Förberedelse inför avtal om arbetsträningsplatser.", "Prissättning av platser till AME."),
    "affarsutveckling": ("Idéer om nya tjänster till privatkunder.", "Genomgång av intäktsmix och beroende."),
    "forsaljning": ("Säljplan inför våren, kundregister.", "Anbud på kommunens direktupphandling."),
    "branschkunskap": ("Branschkrav och certifiering.", "Studiebesök hos liknande verksamhet."),
    "profil": ("Logotyp och skyltning, sociala medier.", "Hemsida och presentation för kunder."),
    "leverans": ("Leveransrutiner och kvalitetsuppföljning.", "Schemaläggning av uppdrag."),
}

NEXT_STEPS = (
    "Följa upp affärsplanen",
    "Boka styrelseutbildning",
    "Skicka mall för verksamhetsberättelse",
    "Ringa om avtalsförlängning",
    "Besök med handledarna",
    "Gå igenom budgetförslaget",
    "Kontakta AME om ny deltagare",
    "Förbereda nätverksträffen",
)

DECISIONS = (
    "Arbetsträningen förlängs med tre månader.",
    "Deltagaren ökar till 30 timmar per vecka.",
    "Handledaren går handledarutbildningen i vår.",
    "Nytt uppföljningsmöte bokas om sex veckor.",
    "Föreningen ansöker om att bli leverantör i ramavtalet.",
    "Budgeten för nästa år antas.",
)

ACTION_ITEMS = (
    "Skicka närvarorapport till handläggaren",
    "Ta fram delmål för nästa period",
    "Kontakta Arbetsförmedlingen om lönestöd",
    "Beställa skyddsutrustning",
    "Uppdatera affärsplanen",
    "Boka studiebesök",
    "Ta fram underlag för fakturering",
)

ACTION_PLAN = (
    (
        "Ta fram och förankra en kommunövergripande handlingsplan för ASF",
        "Kommunledningskontoret",
        "Coompanion, AME",
        "Q1 2025",
        "klar",
    ),
    (
        "Genomföra nätverksträffar för ASF och kommunen 1–2 gånger per år",
        "Näringslivsenheten",
        "Coompanion, ASF",
        "löpande",
        "lopande",
    ),
    ("Köp och matchning av arbetsträningsplatser hos ASF", "TIA", "Arbetsförmedlingen", "löpande", "lopande"),
    (
        "Utreda reserverad upphandling enligt LOU 4 kap. 18 §",
        "Upphandlingsenheten",
        "Förvaltningarna",
        "Q3 2025",
        "pagar",
    ),
    ("Startbidrag 50 000 kr till nystartade ASF", "Näringslivsenheten", "Coompanion", "2025–2027", "pagar"),
    ("Dialogmöten inför kommande upphandlingar", "Upphandlingsenheten", "ASF, Coompanion", "Q2 2026", "ej_paborjad"),
)

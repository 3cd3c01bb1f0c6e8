import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# A shared 2-core machine can be slow for reasons of its own: property tests judge behaviour, not speed.
settings.register_profile("rutinbot", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("rutinbot")

sys.path.insert(0, str(Path(__file__).parent))

from fakes import FakeEmbedder  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# Tests never write into the user's real model cache: converted models go to a cache of the checkout's
# own (reused across runs, ignored by git), or to $RUTINBOT_TEST_CACHE. Subprocesses inherit it.
os.environ["RUTINBOT_CACHE"] = os.environ.get("RUTINBOT_TEST_CACHE") or str(ROOT / ".test-cache")


@pytest.fixture
def fake_embedder():
    return FakeEmbedder()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


ALARM = """# Hembesök och personlarm

Beslutad av: Ledningsgruppen
Giltig till: 2030-12-31

## Så fungerar larmet

Personlarmet hämtas i receptionen före varje hembesök. Testa larmet innan du går.
Tryck på larmknappen i tre sekunder om du känner dig hotad. Larmet går till vaktbolaget som ringer upp direkt.

## Planering

Skriv alltid in hembesöket i kalendern med adress och beräknad tid för återkomst.
"""

FLEX = """# Flextid och övertid

## Flexramar

Flextiden får användas mellan klockan 07.00 och 18.00. Kärntiden är 09.00 till 15.00.
Övertid ska alltid godkännas i förväg av närmaste chef.
"""

SECRECY = """# Sekretess

## Uppgifter till polisen

Polisen kan begära uppgifter om en klient. Sekretessen gäller även mot polisen, med undantag
enligt offentlighets- och sekretesslagen. Rådgör alltid med enhetschefen innan uppgifter lämnas ut.
"""


# a page's kinds of deviation, eleven items of a list run into one line: too long to quote whole
DEVIATION_KINDS = ["Besök eller omvårdnadsinsats som inte utförts", "Larm som inte besvaras inom föreskriven tid",
                   "Brister i bemötande av omsorgstagare eller olämpligt beteende",
                   "Avvikelser som rör kost och nutrition, till exempel brister vid matleveranser",
                   "Överlämnande av läkemedel som missas eller läkemedel som ges vid fel tid",
                   "Trycksår som har uppkommit i egen eller annan verksamhet",
                   "Dörrar med automatisk stängning som slår igen för snabbt eller för kraftigt",
                   "Fel på medicintekniska produkter, till exempel rollatorer, rullstolar och lyftar",
                   "Brister i informationsöverföring mellan vårdgivare och kommunens hemtjänst",
                   "Självmordsförsök och självmord hos omsorgstagare i verksamheten",
                   "Vårdrelaterade infektioner som ögoninfektioner, sårinfektioner eller magsjuka"]


@pytest.fixture
def docs(tmp_path):
    root = tmp_path / "documents"
    write(root / "gemensamt" / "hembesok.md", ALARM)
    write(root / "gemensamt" / "flextid.md", FLEX)
    write(root / "barn-och-familj" / "sekretess.md", SECRECY)
    return root

"""Personnummer and samordningsnummer never get past Library.ask: not into the search, the answer or the log."""
from datetime import date

import pytest
from fakes import FakeEmbedder
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answer import build_reply
from bot.service import Assistant
from index import Library, redact
from index.privacy import luhn_digit, luhn_ok
from index.store import DB_NAME

FORMATS = ["YYMMDD-NNNN", "YYMMDD+NNNN", "YYYYMMDDNNNN", "YYYYMMDD-NNNN", "YYMMDDNNNN"]
WORDS = ["min", "klient", "vill", "ha", "hembesök", "hur", "gör", "jag", "med", "personlarmet", "är", "född",
         "och", "försörjningsstöd", "ärendet", "öppenvård", "pnr", "nr", "barnet", "vårdnadshavare", "Växjö",
         "Å", "ö", "SN", "dnr", "kl.", "tel", "–", "-", "+", "/", "(", ")", ":", ",", ".", "?"]
LETTERS = "abcdefghijklmnopqrstuvwxyzåäöéÅÄÖ .,:;!?()/-+\n"
# never "": two numbers side by side would be one run of digits
SEPARATORS = ["nr", "x", " ", ": ", "\n", " (", ") ", ", ", " nr ", "\t"]


def luhn(nine: str) -> str:
    """The check digit, computed here independently of index.privacy."""
    total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(nine))
    return str((10 - total % 10) % 10)


def formatted(born: date, serial: int, samordning: bool, fmt: str, check_offset: int = 0) -> str:
    day = born.day + (60 if samordning else 0)
    yymmdd = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    nine = f"{yymmdd}{serial:03d}"
    last4 = f"{serial:03d}{(int(luhn(nine)) + check_offset) % 10}"
    century = f"{born.year // 100:02d}"
    return (fmt.replace("YYYY", century + yymmdd[:2]).replace("YY", yymmdd[:2])
            .replace("MMDD", yymmdd[2:]).replace("NNNN", last4))


text = st.lists(st.sampled_from(WORDS) | st.text(alphabet=LETTERS, max_size=10), max_size=8).map(" ".join)
numbers = st.tuples(st.dates(min_value=date(1900, 1, 1), max_value=date.today()), st.integers(0, 999),
                    st.booleans(), st.sampled_from(FORMATS))


def embed(parts: list[str], numbers: list[str], seps: list[str]) -> str:
    out = parts[0]
    for number, after, sep in zip(numbers, parts[1:], seps):
        out += f"{sep}{number}{sep}{after}"
    return out


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_valid_numbers_in_any_format_are_always_removed(data):
    found = data.draw(st.lists(numbers, min_size=1, max_size=3))
    parts = data.draw(st.lists(text, min_size=len(found) + 1, max_size=len(found) + 1))
    seps = data.draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(found), max_size=len(found)))
    written = [formatted(*n) for n in found]
    result = redact(embed(parts, written, seps))
    assert not any(ch.isdigit() for ch in result.text), (written, result.text)  # the text around has no digits
    assert result.findings == ["samordningsnummer" if n[2] else "personnummer" for n in found]
    for kind in result.findings:
        assert f"[{kind}]" in result.text


@settings(max_examples=300, deadline=None)
@given(number=numbers, offset=st.integers(1, 9), before=text, after=text, sep=st.sampled_from(SEPARATORS))
def test_numbers_with_a_wrong_check_digit_are_left_alone(number, offset, before, after, sep):
    written = f"{before}{sep}{formatted(*number, check_offset=offset)}{sep}{after}"
    assert redact(written).text == written and redact(written).findings == []


@settings(max_examples=300, deadline=None)
@given(digits=st.text(alphabet="0123456789", min_size=10, max_size=10).filter(lambda d: not luhn_ok(d)),
       century=st.sampled_from(["", "18", "19", "20"]), sep=st.sampled_from(["", "-", "+", " "]),
       before=text, after=text)
def test_random_digit_strings_failing_luhn_are_left_alone(digits, century, sep, before, after):
    written = f"{before} {century}{digits[:6]}{sep}{digits[6:]} {after}"
    assert redact(written).text == written


def test_luhn_digit_of_the_tax_agencys_example():
    assert luhn_digit("811218987") == "6" and luhn_ok("8112189876") and not luhn_ok("8112189875")


@pytest.mark.parametrize("written, kind", [
    ("19121212-1212", "personnummer"), ("121212-1212", "personnummer"), ("121212+1212", "personnummer"),
    ("191212121212", "personnummer"), ("1212121212", "personnummer"), ("811218-9876", "personnummer"),
    ("701063-2391", "samordningsnummer"), ("19701063-2391", "samordningsnummer"),
    ("121212–1212", "personnummer"),  # an en dash, as word processors write it
])
def test_examples_are_found(written, kind):
    result = redact(f"Klienten ({written}) har ansökt.")
    assert result.text == f"Klienten ([{kind}]) har ansökt." and result.findings == [kind]


@pytest.mark.parametrize("written", [
    "2024-05-01", "20240501", "070-123 45 67", "0701234567 eller 08-465 004 10", "08-465 004 10", "SN 2024/0113",
    "Dnr 2023-000123", "1 500 000 kr", "kl. 08.00–17.00", "2019–2024", "212000-1355", "556036-0793",
    "121212-1213", "19121212-1213", "191312121212", "123", "12345678901234",
])
def test_dates_phone_numbers_case_numbers_and_other_numbers_are_not_flagged(written):
    result = redact(f"Se {written} i ärendet.")
    assert result.text == f"Se {written} i ärendet." and result.findings == []


# -- in the library, the reply and the log -------------------------------------------------------------

QUESTION = "Min klient 19121212-1212 vill ha hembesök, hur gör jag?"
FORBIDDEN = [b"1212-1212", b"121212", b"191212121212"]


def database_bytes(data_dir) -> bytes:
    """The database file and its write-ahead log: everything SQLite has written."""
    return b"".join(p.read_bytes() for p in data_dir.iterdir() if p.name.startswith(DB_NAME))


def test_ask_removes_the_number_before_anything_else_sees_it(tmp_path, docs):
    embedder = FakeEmbedder()
    seen: list[str] = []
    original = embedder.embed_queries
    embedder.embed_queries = lambda texts: (seen.extend(texts), original(texts))[1]
    lib = Library(tmp_path / "data", embedder=embedder)
    lib.build([docs])
    asked = Assistant(lib).ask(QUESTION, origin="cli", user="tester")
    assert seen == ["Min klient [personnummer] vill ha hembesök, hur gör jag?"]
    assert asked.answer.question == seen[0]
    assert asked.answer.warnings == ["personnummer"]
    assert asked.answer.sources[0].document == "gemensamt/hembesok.md"
    assert asked.reply.question == seen[0]
    assert asked.reply.notices == ["Ett personnummer i frågan togs bort innan frågan söktes och sparades."]
    assert lib.journal.question(asked.question_id)[0] == seen[0]
    lib.db.conn.close()
    stored = database_bytes(tmp_path / "data")
    assert not any(f in stored for f in FORBIDDEN)


def test_a_question_without_a_number_has_no_warning(tmp_path, docs):
    lib = Library(tmp_path / "data", embedder=FakeEmbedder())
    lib.build([docs])
    answer = lib.ask("Gäller rutinen för hembesök från 2024-05-01? Ring 070-123 45 67.")
    assert answer.warnings == [] and "2024-05-01" in answer.question and "070-123 45 67" in answer.question
    assert build_reply(answer).notices == []


def test_the_journal_redacts_even_an_answer_that_did_not_come_from_ask(tmp_path):
    from index import Answer

    lib = Library(tmp_path / "data", embedder=FakeEmbedder())
    qid = lib.journal.record_question(Answer("Klient 121212-1212?", False, [], []), origin="test")
    assert lib.journal.question(qid)[0] == "Klient [personnummer]?"


# -- the variants people actually type (issue 8, item 5) --------------------------------------------------

ISSUE_VARIANTS = ["811218 - 9876", "811218 -9876", "811218--9876", "811218-98 76", "1981-12-18-9876",
                  "8112 18-9876", "8 1 1 2 1 8 9 8 7 6", "811218.9876", "811218/9876", "811218_9876",
                  "811218\u200b-9876", "811218\uff0d9876", "811218\ufe639876"]


@pytest.mark.parametrize("written", ISSUE_VARIANTS)
def test_each_variant_that_slipped_through_is_removed(written):
    result = redact(f"Klienten {written} har ansökt.")
    assert result.text == "Klienten [personnummer] har ansökt." and result.findings == ["personnummer"]


def test_variants_are_not_stored(tmp_path, docs):
    lib = Library(tmp_path / "data", embedder=FakeEmbedder())
    lib.build([docs])
    for written in ISSUE_VARIANTS:
        Assistant(lib).ask(f"Min klient {written} vill ha hembesök, hur gör jag?", origin="cli", user="t")
    lib.db.conn.close()
    stored = database_bytes(tmp_path / "data")
    assert b"9876" not in stored and "９８７６".encode() not in stored


# separators a hand, a phone or a word processor puts inside a number
BREAKS = [" ", "-", " - ", " -", "- ", "--", ".", "/", "_", "\u00a0", "\u2009", "\u2010", "\u2011", "\u2013",
          "\u2212", "\uff0d", "\ufe63", "\u200b-", "-\u200b", "\u200b", "\u00ad", "+"]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def typed_numbers(draw):
    """A valid number, broken up where people break it: between year, month and day and in the serial,
    or digit by digit; sometimes in full-width digits."""
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date.today()))
    samordning = draw(st.booleans())
    digits = formatted(born, draw(st.integers(0, 999)), samordning, draw(st.sampled_from(["YYMMDDNNNN",
                                                                                         "YYYYMMDDNNNN"])))
    offset = len(digits) - 10
    if draw(st.booleans()):
        cuts = sorted(draw(st.sets(st.sampled_from([offset + b for b in (2, 4, 6, 7, 8, 9)] +
                                                   ([2] if offset else [])), max_size=4)))
    else:
        cuts = list(range(1, len(digits)))  # "8 1 1 2 1 8 9 8 7 6"
    pieces, last = [], 0
    for cut in cuts:
        pieces += [digits[last:cut], draw(st.sampled_from(BREAKS))]
        last = cut
    written = "".join(pieces + [digits[last:]])
    if draw(st.booleans()):
        written = written.translate(FULL_WIDTH)
    return written, "samordningsnummer" if samordning else "personnummer"


@settings(max_examples=500, deadline=None)
@given(number=typed_numbers(), before=text, after=text, sep=st.sampled_from(SEPARATORS))
def test_generated_variants_are_always_removed(number, before, after, sep):
    written, kind = number
    result = redact(f"{before}{sep}{written}{sep}{after}")
    assert not any(ch.isdigit() for ch in result.text), (written, result.text)
    assert result.findings == [kind]


@settings(max_examples=300, deadline=None)
@given(number=st.text(alphabet="0123456789", min_size=9, max_size=9), area=st.sampled_from(["070", "072", "073"]),
       before=text, after=text)
def test_mobile_numbers_written_as_swedes_write_them_are_left_alone(number, area, before, after):
    written = f"{before} {area}-{number[:3]} {number[3:5]} {number[5:7]} {after}"
    assert redact(written).text == written

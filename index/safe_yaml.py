"""YAML from administrators' files (sidecars, Markdown front matter), read so that a small file stays cheap.

yaml.safe_load builds no objects, but it still follows aliases and nests as deep as the text does: a
483-byte file of nested aliases ("billion laughs") expands to gigabytes once anything walks it, and a
file nested thousands deep ends in RecursionError. Metadata needs neither, so both are refused, with a
reason in Swedish, like any other broken YAML.
"""
from __future__ import annotations

import yaml
from yaml import YAMLError

__all__ = ["MAX_DEPTH", "YAMLError", "YamlRefused", "load"]

MAX_DEPTH = 20  # mappings and lists inside each other; metadata uses two
MAX_CHARS = 64_000


class YamlRefused(yaml.YAMLError):
    """YAML that is valid but not accepted; ``reason`` says why in Swedish."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses aliases (*name) and nesting deeper than MAX_DEPTH while composing."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise YamlRefused("den använder YAML-alias (*namn), som inte tillåts")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlRefused(f"den är nästlad djupare än {MAX_DEPTH} nivåer")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load(text: str):
    """The YAML value of ``text``; YamlRefused (a yaml.YAMLError) for aliases, deep nesting or size."""
    if len(text) > MAX_CHARS:
        raise YamlRefused(f"den är större än {MAX_CHARS // 1000} kB")
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:
        raise YamlRefused(f"den är nästlad djupare än {MAX_DEPTH} nivåer") from None

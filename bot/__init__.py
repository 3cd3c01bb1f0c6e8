"""Chat front ends (terminal, Discord) and the command line. Uses only what ``index`` exports."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rutinbot")  # the one place it is written is pyproject.toml
except PackageNotFoundError:  # a source tree that was never installed (scripts/setup.sh installs it)
    __version__ = "0+unknown"

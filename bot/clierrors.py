"""How the `rutinbot` command fails: one Swedish line on stderr beginning with "Fel:" and a documented exit code.

Click's own usage errors are English and three lines long (usage, hint, message); library errors may
carry a traceback or a multi-line message from a dependency. Every error of every command passes
through ``CommandLine.main`` and leaves as one line, so scripts and people read the same contract.
The exit codes are listed in the README (section "The command line").
"""
from __future__ import annotations

import os
import re
import sys
import traceback

import click

from index import RutinbotError

OK = 0
ERROR = 1  # a library error (no index, model not loadable, bad settings …) or an unexpected failure
USAGE = 2  # wrong use of the command line: unknown option, invalid value, missing argument, bad question
PARTLY_DONE = 3  # `index`: built and in service, but some files could not be read; `ask -`: some questions failed
NO_DOCUMENTS = 4  # `index`: no documents were found where it looked
INTERRUPTED = 130  # Ctrl-C

DEBUG_ENV = "RUTINBOT_DEBUG"  # set to 1 to get the traceback of an unexpected error as well


class Refused(click.UsageError):
    """Input the command refuses, with a message that is already Swedish (exit code 2)."""


def one_line(text: str) -> str:
    """Messages from dependencies may span lines; the contract is one line."""
    return " ".join(str(text).split())


def _name(param: click.Parameter | None) -> str:
    if param is None:
        return "ett värde"
    if isinstance(param, click.Option):
        return "/".join(param.opts)
    return param.human_readable_name


def _range(kind: click.ParamType) -> str | None:
    """'minst 1 och högst 50' for an IntRange/FloatRange, from the type itself rather than its English text."""
    low, high = getattr(kind, "min", None), getattr(kind, "max", None)
    parts = []
    if low is not None:
        parts.append(f"{'större än' if getattr(kind, 'min_open', False) else 'minst'} {low:g}")
    if high is not None:
        parts.append(f"{'mindre än' if getattr(kind, 'max_open', False) else 'högst'} {high:g}")
    return " och ".join(parts) or None


_PATH = re.compile(r"^(?:file|directory|path) (?P<name>.+?) (?P<what>does not exist|is a file|is a directory|"
                   r"is not readable|is not writable|is not executable)\.$", re.IGNORECASE)
_PATH_TEXTS = {
    "does not exist": "finns inte", "is a file": "är en fil, inte en mapp", "is a directory": "är en mapp, inte en fil",
    "is not readable": "går inte att läsa", "is not writable": "går inte att skriva till",
    "is not executable": "går inte att köra",
}
_NOT_IN_RANGE = re.compile(r"^(?P<value>.*) is not in the range .*\.$")
_NOT_A_NUMBER = re.compile(r"^(?P<value>.*) is not a valid (?P<kind>integer|float|boolean|UUID)( range)?\.$")
_NUMBER_TEXTS = {"integer": "inget heltal", "float": "inget tal", "boolean": "varken ja eller nej",
                 "UUID": "inget UUID"}
_NOT_ONE_OF = re.compile(r"^(?P<value>.*) is not one of (?P<choices>.*)\.$", re.DOTALL)
_REQUIRES_VALUE = re.compile(r"requires (an argument|\d+ arguments)")
_TAKES_NO_VALUE = re.compile(r"does not take a value")
_EXTRA_ARGUMENTS = re.compile(r"^Got unexpected extra arguments? \((?P<extra>.*)\)$")


def _bad_value(error: click.BadParameter) -> str:
    message = error.message
    if m := _PATH.match(message):
        return f"{m['name']} {_PATH_TEXTS[m['what'].lower()]}"
    if (m := _NOT_IN_RANGE.match(message)) and error.param is not None and _range(error.param.type):
        return f"{m['value']} är inte tillåtet, värdet ska vara {_range(error.param.type)}"
    if m := _NOT_A_NUMBER.match(message):
        return f"{m['value']} är {_NUMBER_TEXTS[m['kind']]}"
    if m := _NOT_ONE_OF.match(message):
        return f"{m['value']} är inget av {one_line(m['choices'])}"
    return message  # a message of our own (already Swedish) or one click added after this was written


def _maybe(possibilities) -> str:
    return f" (menade du {' eller '.join(sorted(possibilities))}?)" if possibilities else ""


def describe(error: click.ClickException) -> str:
    """The error in Swedish, without the "Fel:" prefix."""
    if isinstance(error, Refused):
        text = error.message
    elif isinstance(error, click.MissingParameter):
        if isinstance(error.param, click.Option):
            text = f"flaggan {_name(error.param)} måste anges"
        else:
            text = f"argumentet {_name(error.param)} saknas"
    elif isinstance(error, click.BadParameter):
        text = f"ogiltigt värde för {_name(error.param)}: {_bad_value(error)}"
    elif isinstance(error, click.NoSuchOption):
        text = f"okänd flagga {error.option_name}{_maybe(error.possibilities)}"
    elif isinstance(error, getattr(click.exceptions, "NoSuchCommand", ())):
        text = (f"okänt kommando {getattr(error, 'command_name', '?')}"  # NoSuchCommand: click >= 8.2 only
                f"{_maybe(getattr(error, 'possibilities', None))}")
    elif isinstance(error, click.BadOptionUsage) and _REQUIRES_VALUE.search(error.message):
        text = f"flaggan {error.option_name} kräver ett värde"
    elif isinstance(error, click.BadOptionUsage) and _TAKES_NO_VALUE.search(error.message):
        text = f"flaggan {error.option_name} tar inget värde"
    elif isinstance(error, click.UsageError) and (m := _EXTRA_ARGUMENTS.match(error.message)):
        text = f"oväntat extra argument: {m['extra']} (sätt en fråga med mellanslag inom citattecken)"
    elif isinstance(error, click.FileError):
        text = f"kunde inte öppna filen {error.ui_filename}: {error.message}"
    elif error.message.startswith("No such command"):  # click before NoSuchCommand existed
        text = error.message.replace("No such command", "okänt kommando").rstrip(".")
    else:
        text = error.format_message()
    ctx = getattr(error, "ctx", None)
    if isinstance(error, click.UsageError) and ctx is not None:
        text += f" – se '{ctx.command_path} --help'"
    return one_line(text)


def say_error(message: str) -> None:
    """The error line alone, for a failure the command survives (one question of a batch)."""
    click.echo(f"Fel: {one_line(message)}", err=True)


def fail(message: str, code: int = ERROR) -> None:
    say_error(message)
    sys.exit(code)


class CommandLine(click.Group):
    """The root group: runs a command and turns every way it can fail into one line and an exit code."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:  # a caller that wants click's exceptions gets them
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:  # `rutinbot` alone: the help, not an error
            exc.show()
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            fail(describe(exc), exc.exit_code)
        except click.Abort:  # Ctrl-C or end of input at a prompt
            click.echo("Avbrutet.", err=True)
            sys.exit(INTERRUPTED)
        except RutinbotError as exc:
            fail(str(exc))
        except BrokenPipeError:  # `rutinbot log | head`: the reader left, nothing to say
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
            except (OSError, ValueError):
                pass
            sys.exit(ERROR)
        except Exception as exc:  # noqa: BLE001 - a bug: still one line, the details on request
            if os.environ.get(DEBUG_ENV):
                traceback.print_exc()
            fail(f"oväntat fel ({type(exc).__name__}: {exc}); kör med {DEBUG_ENV}=1 för detaljer")
        sys.exit(result if isinstance(result, int) else OK)

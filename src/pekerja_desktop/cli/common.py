"""What every command shares: signing the operator in and opening the context, passwords typed or from the
environment, and running the command so that any failure becomes one line on stderr."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from pekerja_desktop.domain.i18n import render
from pekerja_desktop.errors import PekerjaError, file_error
from pekerja_desktop.paths import DataLayout, resolve_data_dir
from pekerja_desktop.services.accounts.errors import AccountError
from pekerja_desktop.services.accounts.signin import default_username, open_context
from pekerja_desktop.services.billing.compute import parse_month
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.store.db import classify_database_error, is_driver_error
from pekerja_desktop.store.location import explicit_database_url, read_location
from pekerja_desktop.store.server import classify_server_error

EXIT_OK, EXIT_FAILURE = 0, 1

CLI_MESSAGES: dict[str, dict[str, str]] = {
    "unexpected": {"id": "Kesalahan tak terduga: {reason}", "en": "Unexpected error: {reason}"},
    "interrupted": {"id": "Dibatalkan.", "en": "Cancelled."},
}


PASSWORD_ENV = "PEKERJA_PASSWORD"
PROMPTS = {
    "password": {"id": "Kata sandi {username}: ", "en": "Password for {username}: "},
    "new_password": {"id": "Kata sandi baru untuk {username}: ", "en": "New password for {username}: "},
    "repeat": {"id": "Ulangi kata sandi: ", "en": "Repeat the password: "},
}


def operator_name(args: argparse.Namespace) -> str:
    name = default_username(getattr(args, "user", None))
    if not name:
        raise AccountError("login.user_required")
    return name


def read_password(username: str, *, new: bool = False, env: str = PASSWORD_ENV) -> str:
    """From the environment (scripts), else typed at a terminal without echo; a new one is typed twice."""
    from_env = os.environ.get(env)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise AccountError("login.password_required")
    prompt = render(PROMPTS, "new_password" if new else "password", {"username": username})
    password = getpass.getpass(prompt, stream=sys.stderr)
    if new and getpass.getpass(render(PROMPTS, "repeat"), stream=sys.stderr) != password:
        raise AccountError("account.password_mismatch")
    return password


def data_dir_of(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def database_url_of(args: argparse.Namespace) -> str | None:
    """--database-url, else PEKERJA_DATABASE_URL (else, when opening, the data folder's database.json)."""
    return explicit_database_url(getattr(args, "database_url", None))


def context_from(args: argparse.Namespace) -> AppContext:
    """Sign the operator in (--user / PEKERJA_USER, password from PEKERJA_PASSWORD or typed) and open."""
    username = operator_name(args)
    return open_context(data_dir_of(args), username, read_password(username), via="cli",
                        database_url=database_url_of(args))


def set_handler(parser: argparse.ArgumentParser, handler: Callable[[argparse.Namespace], int]) -> None:
    """What the command runs (`args.handler(args)`), guarded by `run_guarded`."""
    parser.set_defaults(handler=partial(run_guarded, handler))


def run_guarded(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; any failure becomes one line on stderr and a non-zero exit."""
    try:
        return handler(args)
    except PekerjaError as exc:
        return fail(exc.message())
    except KeyboardInterrupt:
        return fail(render(CLI_MESSAGES, "interrupted"))
    except BrokenPipeError:
        return _reader_went_away()
    except OSError as exc:
        return fail(file_error(exc).message())
    except Exception as exc:  # the last guard: one line, never a traceback
        if is_driver_error(exc):
            return fail(_database_failure(exc, args).message())
        return fail(render(CLI_MESSAGES, "unexpected", {"reason": f"{type(exc).__name__}: {exc}"}))


def _reader_went_away() -> int:
    """Output piped into `head` and the like: stop quietly (nothing was written by the command itself)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK


def _database_failure(exc: Exception, args: argparse.Namespace) -> PekerjaError:
    """A driver error as a message: the server's (unreachable, refused login…) or the file's (full, locked…)."""
    layout = DataLayout(data_dir_of(args))
    if type(getattr(exc, "orig", None) or exc).__module__.startswith("psycopg"):
        try:
            location = read_location(layout)
        except PekerjaError:
            location = None
        return classify_server_error(exc, database_url_of(args) or (location.url if location else "?"))
    return classify_database_error(exc, layout.database)


def fail(message: str) -> int:
    print(" ".join(message.split()), file=sys.stderr)
    return EXIT_FAILURE


def month_argument(text: str) -> dt.date:
    """An argparse type: `YYYY-MM` → the month's first day; anything else is a one-line argument error."""
    try:
        return parse_month(text)
    except PekerjaError as exc:
        raise argparse.ArgumentTypeError(exc.message()) from None

"""A petugas trying every supervisor and admin command (the command line's permission matrix): each is refused with
one line — and leaves both databases exactly as they were, audit trail aside."""

from __future__ import annotations

from pekerja_desktop.__main__ import main
from pekerja_desktop.services.accounts.signin import open_context
from tests.cli.test_permissions import (  # noqa: F401  (`offices`: the module's fixture, a field office and a hub)
    DENIED,
    MATRIX,
    PASSWORDS,
    RANK,
    USERS,
    _person,
    offices,
)
from tests.conftest import LOGIN
from tests.support.forge import snapshot

ABOVE_PETUGAS = [row for row in MATRIX if RANK[row[2]] > RANK["petugas"]]


def _snapshots(offices) -> dict[str, str]:  # noqa: F811
    found = {}
    for site in ("field", "hub"):
        with open_context(offices[site], *LOGIN) as ctx:
            found[site] = snapshot(ctx.db)
    return found


def test_a_petugas_is_refused_every_higher_command_and_changes_nothing(offices, tmp_path, capsys,  # noqa: F811
                                                                       monkeypatch):
    monkeypatch.setenv("PEKERJA_USER", USERS["petugas"])
    monkeypatch.setenv("PEKERJA_PASSWORD", PASSWORDS["petugas"])
    assert len(ABOVE_PETUGAS) >= 12
    before = _snapshots(offices)
    for name, site, _, arguments in ABOVE_PETUGAS:
        values = {"tmp": str(tmp_path), "number": offices["number"],
                  "json": str(_person(tmp_path, "8171014508859999"))}
        code = main(["--data-dir", str(offices[site]), *[a.format(**values) for a in arguments]])
        err = capsys.readouterr().err.strip()
        assert code != 0 and DENIED in err and len(err.splitlines()) == 1, f"a petugas must not {name}: {err}"
    monkeypatch.undo()
    assert _snapshots(offices) == before


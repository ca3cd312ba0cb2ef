"""A fork server for the kill tests: imports the application once, then forks one child per job, so that a
kill can land anywhere in the work itself rather than in a second of interpreter start-up (300 kills on a
2-core laptop would otherwise take most of ten minutes).

Protocol, one JSON object per line on stdin/stdout: `{"job": NAME, "args": [...], "out": PATH}` answers
`{"pid": PID}` (the child's stdout and stderr go to PATH); `{"wait": PID}` answers `{"status": CODE}`
(negative: killed by that signal). Run as `python -m tests.support.kill_zygote` from the repository root.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import alembic.command  # noqa: F401 (loaded before forking, like everything a job needs)

import pekerja_desktop.services.backup.preview
import pekerja_desktop.services.sync.export
import pekerja_desktop.services.sync.importing  # noqa: F401
from pekerja_desktop.__main__ import main
from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.domain.participant import HeirData, ParticipantData
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.store.db import DatabaseKey, open_database

# the generated workers are alike by design (a day apart, one letter apart): what is tested here is a kill, not the
# desk's duplicate check (#12), so its warning is confirmed like the region warnings
CONFIRMED = {"nik.region_outside", "nik.region_unknown", "duplicate.likely"}
MAX_ENROLMENTS = 5000


def worker(index: int) -> ParticipantData:
    """A distinct valid worker for every index below 9000 × 9999."""
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=index % 9000)
    letters = "".join(chr(ord("a") + int(digit)) for digit in f"{index:06d}")
    return ParticipantData(
        nik=encode_nik("817101", birth, "P", 1 + index // 9000), full_name=f"Maria {letters.capitalize()} Kill",
        birth_place="Ambon", birth_date=birth, sex="P", mother_name="Ibu Kandung", address="Jl. Sultan Hairun 5",
        rt_rw="001/002", village_code="81.71.01.1007", phone="0812-3456-7890", occupation="PDP",
        funding_source="APBD_PROV", coverage_start=dt.date(2026, 11, 1), consent_given=True,
        heirs=[HeirData("Yohanis Latuconsina", "SUAMI", dt.date(1980, 1, 2), "081298765432", None)])


def job_enrol(data_dir: str, first: int) -> int:
    """Enrol workers first, first + 1, … printing each registration number once its commit returned."""
    ctx = open_context(Path(data_dir), os.environ["PEKERJA_USER"], os.environ["PEKERJA_PASSWORD"])
    for index in range(first, first + MAX_ENROLMENTS):
        number = enrol(ctx, worker(index), final=True, confirmed=CONFIRMED, source="test").registration_number
        print(number, flush=True)
    return 0


def job_cli(*argv: str) -> int:
    return main(list(argv))


def job_migrate(path: str, key_hex: str, backup_dir: str) -> int:
    open_database(Path(path), DatabaseKey(bytes.fromhex(key_hex)), backup_dir=Path(backup_dir)).close()
    return 0


JOBS = {"enrol": job_enrol, "cli": job_cli, "migrate": job_migrate}


def _run_child(request: dict) -> None:
    descriptor = os.open(request["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(descriptor, 1)
    os.dup2(descriptor, 2)
    code = 1
    try:
        code = JOBS[request["job"]](*request["args"]) or 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException as exc:  # reported in the output file
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _answer(payload: dict) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def serve() -> None:
    _answer({"ready": True})
    for line in sys.stdin:
        request = json.loads(line)
        if "wait" in request:
            _pid, status = os.waitpid(int(request["wait"]), 0)
            _answer({"status": os.waitstatus_to_exitcode(status)})
            continue
        pid = os.fork()
        if pid == 0:
            _run_child(request)
        _answer({"pid": pid})


if __name__ == "__main__":
    serve()

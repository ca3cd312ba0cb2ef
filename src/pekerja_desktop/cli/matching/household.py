"""`household KEY`: a participant's household — the others on the same Kartu Keluarga, the heirs who are
participants too, and the participants who name this one as their heir."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_json
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.register.household import Household, household_of

HELP = {"key": {"id": "nomor registrasi atau NIK", "en": "the registration number or the NIK"}}
TEXTS = {
    "title": {"id": "{full_name} ({registration_number}), KK {kk}",
              "en": "{full_name} ({registration_number}), KK {kk}"},
    "no_kk": {"id": "tanpa nomor KK", "en": "no KK number"},
    "members": {"id": "Serumah (KK yang sama):", "en": "Same household (same KK):"},
    "heirs_enrolled": {"id": "Ahli waris yang juga peserta:", "en": "Heirs who are participants too:"},
    "heir_of": {"id": "Menjadi ahli waris dari:", "en": "Heir of:"},
    "none": {"id": "  (tidak ada)", "en": "  (none)"},
}


def build_household(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("key", metavar="KEY", help=render(HELP, "key"))
    parser.add_argument("--format", choices=("table", "json"), default="table")
    set_handler(parser, run_household)


BUILDERS = {"household": build_household}


def run_household(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        household = household_of(ctx, args.key)
    if args.format == "json":
        print_json(asdict(household))
    else:
        _print(household)
    return 0


def _print(household: Household) -> None:
    print(render(TEXTS, "title", {"full_name": household.full_name, "kk": household.kk_number
                                  or render(TEXTS, "no_kk"), "registration_number": household.registration_number}))
    print(render(TEXTS, "members"))
    _lines([f"  {m.registration_number}  {m.full_name}  ({m.status})" for m in household.members])
    print(render(TEXTS, "heirs_enrolled"))
    _lines([f"  {h.heir_name} ({h.relationship}) = {h.registration_number}  {h.full_name}"
            for h in household.heirs_enrolled])
    print(render(TEXTS, "heir_of"))
    _lines([f"  {h.registration_number}  {h.full_name} ({h.relationship})" for h in household.heir_of])


def _lines(lines: list[str]) -> None:
    print("\n".join(lines) if lines else render(TEXTS, "none"))

"""Validation results: a stable code, a severity, the field it concerns, and message parameters."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from pekerja_desktop.domain.i18n import SUPPORTED_LANGUAGES, current_language, render
from pekerja_desktop.domain.messages import MESSAGES


class Severity(StrEnum):
    ERROR = "error"  # blocks saving
    WARNING = "warning"  # needs one explicit confirmation


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    field: str
    params: dict = dataclasses.field(default_factory=dict, compare=False, hash=False)  # `field` names the field

    def message(self, language: str | None = None) -> str:
        params = {k: param_text(v, language) for k, v in self.params.items()}
        return render(MESSAGES, self.code, params, language)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def param_text(value, language: str | None = None):
    """A parameter as the message shows it: a finding nested as a parameter (e.g. why a heir's NIK is invalid)
    renders in the same language, and so does a text given in both ({"id": …, "en": …}, e.g. a likeness's
    reasons in words); anything else as it is."""
    if isinstance(value, Finding):
        return value.message(language)
    if isinstance(value, dict) and set(value) == set(SUPPORTED_LANGUAGES):
        return value[language or current_language()]
    return value


def error(code: str, field_name: str, /, **params) -> Finding:
    return Finding(code, Severity.ERROR, field_name, params)


def warning(code: str, field_name: str, /, **params) -> Finding:
    return Finding(code, Severity.WARNING, field_name, params)


def errors_in(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.ERROR]


def warnings_in(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.WARNING]


def unconfirmed(findings: Iterable[Finding], confirmed_codes: Iterable[str]) -> list[Finding]:
    """Warnings not yet confirmed by the operator."""
    confirmed = set(confirmed_codes)
    return [f for f in warnings_in(findings) if f.code not in confirmed]

"""Keys derived from passwords with argon2id. The parameters are stored with each wrapped key, so they
can be raised later without locking anyone out."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import TypedDict

from argon2.low_level import Type, hash_secret_raw


# 64 MiB and two passes per guess (above OWASP's argon2id minimum of 19 MiB / 2 passes), well under 0.5 s on
# a 2-core laptop (bench/bench_trust.py: login_median); 64 MiB is affordable on a 4 GB laptop.
class _Cost(TypedDict):
    time_cost: int
    memory_kib: int
    parallelism: int


FIELD_PARAMS: _Cost = {"time_cost": 2, "memory_kib": 65536, "parallelism": 2}
# Test suites create hundreds of accounts; this environment variable makes their wraps cheap. It only
# weakens wraps created while it is set and is never set by the application.
FAST_KDF_ENV = "PEKERJA_TEST_FAST_KDF"
FAST_PARAMS: _Cost = {"time_cost": 1, "memory_kib": 1024, "parallelism": 1}


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int
    algorithm: str = "argon2id"

    @classmethod
    def for_new_keys(cls) -> KdfParams:
        return cls(**(FAST_PARAMS if os.environ.get(FAST_KDF_ENV) == "1" else FIELD_PARAMS))

    @classmethod
    def from_dict(cls, data: dict) -> KdfParams:
        return cls(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]),
                   data.get("algorithm", "argon2id"))

    def to_dict(self) -> dict:
        return asdict(self)


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    """32 bytes from the password: the key that wraps the database key for one account."""
    if params.algorithm != "argon2id":
        raise ValueError(f"unknown key derivation {params.algorithm}")
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism,
                           hash_len=32, type=Type.ID)

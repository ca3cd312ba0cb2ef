"""Labels of the dashboard's figures (sex, age groups, weeks) in both languages."""

from __future__ import annotations

FIGURE_LABELS = {
    "sex.L": {"id": "Laki-laki", "en": "Men"},
    "sex.P": {"id": "Perempuan", "en": "Women"},
    "age.0": {"id": "< 20 tahun", "en": "under 20"},
    "age.1": {"id": "20–29 tahun", "en": "20–29"},
    "age.2": {"id": "30–39 tahun", "en": "30–39"},
    "age.3": {"id": "40–49 tahun", "en": "40–49"},
    "age.4": {"id": "50–59 tahun", "en": "50–59"},
    "age.5": {"id": "60 tahun ke atas", "en": "60 and over"},
    "unknown": {"id": "Tidak diketahui", "en": "Unknown"},
    "week": {"id": "Minggu {week} ({start}–{end})", "en": "Week {week} ({start}–{end})"},
}

"""Registration and passport numbers in each country's format (invented, never issued)."""

from __future__ import annotations

import random

UDYAM_STATES = {"Kerala": "KL", "Delhi": "DL", "Uttar Pradesh": "UP", "Punjab": "PB", "Rajasthan": "RJ",
                "Haryana": "HR"}
THAI_PROVINCE_CODES = {"Bangkok": "10", "Samut Prakan": "11", "Chon Buri": "20", "Rayong": "21",
                       "Phra Nakhon Si Ayutthaya": "14", "Chiang Mai": "50", "Lampang": "52",
                       "Samut Sakhon": "74", "Songkhla": "90", "Khon Kaen": "40", "Nakhon Ratchasima": "30",
                       "Surat Thani": "84"}


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def corporate_check_digit(base: str) -> int:
    """The leading check digit of a Japanese corporate number (National Tax Agency rule)."""
    weighted = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base), start=1))
    return 9 - weighted % 9


def japanese_corporate_number(rng: random.Random) -> str:
    """13 digits: a check digit, then the 12-digit base."""
    base = rng.choice("123456789") + _digits(rng, 11)
    return f"{corporate_check_digit(base)}{base}"


def registration_number(rng: random.Random, country: str, region: str, founded: int) -> str:
    if country == "IN":  # Udyam registration of an MSME
        return f"UDYAM-{UDYAM_STATES[region]}-{rng.randint(1, 14):02d}-{_digits(rng, 7)}"
    if country == "JP":
        return japanese_corporate_number(rng)
    if country == "TH":  # juristic person number: 0, province, type 5 (company), Buddhist-era year
        return f"0{THAI_PROVINCE_CODES[region]}5{(founded + 543) % 100:02d}{_digits(rng, 7)}"
    return f"9120{_digits(rng, 9)}"  # Indonesia: NIB from OSS


def passport_number(rng: random.Random, country: str) -> str:
    if country == "IN":
        return rng.choice("KLMNPRTUVWZ") + _digits(rng, 7)
    if country == "JP":
        return rng.choice(("TK", "TR", "TZ", "MZ")) + _digits(rng, 7)
    if country == "ID":
        return rng.choice("CEX") + _digits(rng, 7)
    return rng.choice(("AA", "AB")) + _digits(rng, 7)

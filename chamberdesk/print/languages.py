"""Language pairs: the languages a document is printed in, first and second."""

from __future__ import annotations

from dataclasses import dataclass

from .labels import LANGUAGES


@dataclass(frozen=True)
class LanguagePair:
    primary: str
    secondary: str | None = None

    @classmethod
    def parse(cls, text: str) -> LanguagePair:
        """"en,ja" or a single "en"; raises ValueError with a message for the person."""
        parts = [part.strip().lower() for part in text.split(",") if part.strip()]
        unknown = [part for part in parts if part not in LANGUAGES]
        if not parts or len(parts) > 2 or unknown:
            raise ValueError(f"'{text}' is not a language pair: give PRIMARY,SECONDARY or one language, "
                             f"from {', '.join(LANGUAGES)}")
        if len(parts) == 2 and parts[0] == parts[1]:
            parts = parts[:1]
        return cls(parts[0], parts[1] if len(parts) == 2 else None)

    @property
    def languages(self) -> tuple[str, ...]:
        return (self.primary,) if self.secondary is None else (self.primary, self.secondary)

    def __str__(self) -> str:
        return ",".join(self.languages)

"""What a check function returns."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass
class Finding:
    passed: bool
    rows: pd.DataFrame  # one row per failure case (empty when passed)
    counts: dict[str, int] = field(default_factory=dict)  # e.g. checked rows, articles involved
    notes: dict[str, str] = field(default_factory=dict)  # short texts, e.g. the range file used
    # when `rows` holds only the first failure cases: how many there are, and every article named
    total_cases: int | None = None
    all_articles: list[str] | None = None

    @property
    def failure_cases(self) -> int:
        return len(self.rows) if self.total_cases is None else self.total_cases

    @property
    def articles(self) -> list[str]:
        """Every article named by a failure case (columns article_id, article_a, article_b)."""
        if self.all_articles is not None:
            return self.all_articles
        names: set[str] = set()
        for column in ("article_id", "article_a", "article_b", "source_article_id",
                       "earlier_article_id", "later_article_id"):
            if column in self.rows.columns:
                names.update(str(v) for v in self.rows[column].dropna())
        return sorted(names)

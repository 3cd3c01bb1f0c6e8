"""Swedish words for numbers in the report: "1 fråga", "3 frågor", "62 %", "de senaste 30 dagarna"."""
from __future__ import annotations


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def percent(share: float | None) -> str:
    """A share as Swedish writes it ("62 %"); a dash when there is nothing to divide."""
    return "–" if share is None else f"{round(share * 100)} %"


def period_text(since_days: float | None) -> str:
    if since_days is None:
        return "hela frågeloggen"
    days = f"{since_days:g}".replace(".", ",")
    return "det senaste dygnet" if since_days == 1 else f"de senaste {days} dagarna"

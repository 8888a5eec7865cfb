"""The reference-data counts shown in Settings."""

from __future__ import annotations

from app.services.desk import Desk
from app.services.reference_summary import summary


def test_counts_match_the_shipped_reference_files(fresh_desk: Desk) -> None:
    counts = summary(fresh_desk)
    assert (counts.provinces, counts.regencies, counts.districts) == (38, 514, 7285)
    assert counts.countries == 249
    assert counts.case_categories == 24
    assert dict(counts.case_categories_by_source) == {"bp2mi": 19, "kemlu": 5}
    assert counts.units == 121

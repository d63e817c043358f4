"""The claims tests check readings and verifiers: a wrong figure on a firm reading is
contradicted whatever its kind. Whether capscope raises that alarm in an article is the alarm
licence's business (capscope.claims.readings.licence), tested on its own and, with the corpora's
floors, in the tests marked ``alarm_licence``, which run as ``capscope check`` does."""

from __future__ import annotations

import pytest

from capscope.claims.readings.licence import every_alarm


@pytest.fixture(autouse=True)
def _every_alarm_unless_licensed(request: pytest.FixtureRequest):
    if request.node.get_closest_marker("alarm_licence") is not None:
        yield
        return
    with every_alarm():
        yield

"""The Consent window's book over the real store.

Each change is saved at once (one transaction); a refusal (a problem with the record,
a read-only or busy store, a record gone) becomes ``BookRefused`` with the sentence to
show, and nothing was written. ``changed`` is called after every change that was saved,
so the main window can run the rules again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from planner.core.consent import ConsentRecord, affected_posts
from planner.core.domain import Post
from planner.store import Store
from planner.ui.consent.book import BookRefused
from planner.ui.undo.commands import is_save_error


def refusal(error: BaseException) -> str:
    """What to tell the user when the store refused a change of a consent."""
    if isinstance(error, KeyError):
        return "This consent is no longer in the plan; it may have been deleted elsewhere."
    from planner.store.messages import error_message

    return error_message(error)  # a damaged store says how to get the plan back


class StoreConsentBook:
    """``ConsentBook`` over ``store``."""

    def __init__(self, store: Store, changed: Callable[[], object] = lambda: None) -> None:
        self.store = store
        self._changed = changed

    def consents(self) -> list[ConsentRecord]:
        return self.store.consents.all()

    def linked_posts(self, consent_id: int) -> list[Post]:
        return self.store.consents.linked_posts(consent_id)

    def add(self, record: ConsentRecord) -> ConsentRecord:
        saved = self._saving(lambda: self.store.consents.add(record))
        return saved

    def update(self, record: ConsentRecord) -> None:
        self._saving(lambda: self.store.consents.update(record))

    def revoke(self, consent_id: int, on: dt.date) -> list[Post]:
        self._saving(lambda: self.store.consents.revoke(consent_id, on))
        return affected_posts(self.linked_posts(consent_id), on)

    def _saving(self, change: Callable[[], ConsentRecord]) -> ConsentRecord:
        try:
            done = change()
        except Exception as error:
            if not is_save_error(error):
                raise
            raise BookRefused(refusal(error)) from error
        self._changed()
        return done

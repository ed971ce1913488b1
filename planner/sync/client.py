"""Talking to one calendar collection on a CalDAV server, through the ``caldav`` library.

Five exchanges, each one request (or a few, for many events):

- ``listing(token)``: what changed since the collection's sync-token (RFC 6578), or,
  without a token or on a server that offers none, every event's href and ETag.
- ``fetch(hrefs)``: the events themselves, a few hundred per calendar-multiget REPORT.
- ``create`` (``If-None-Match: *``), ``replace`` (``If-Match: <etag>``) and ``remove``
  (``If-Match: <etag>``): a write that finds the event other than expected is refused
  by the server (412) and raises ``PreconditionFailed``; nothing is written over.

Failures come out as the one-line errors of ``planner.sync.errors``. The ``caldav``
library and its HTTP client are imported when a connection opens: with sharing off the
app never loads them, and never opens a socket.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from planner.sync.errors import BadCredentials, NoSuchCalendar, ServerError, Unreachable

FETCH_BATCH = 250  # events per calendar-multiget: a few hundred KiB a reply
ICS_HEADERS = {"Content-Type": "text/calendar; charset=utf-8"}
_PROPFIND_ETAGS = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>'
)


@dataclass(frozen=True, slots=True)
class Account:
    """Where the shared calendar is and who logs in (the password never reaches the store)."""

    url: str
    user: str
    calendar: str
    password: str

    @property
    def identity(self) -> str:
        """Names the calendar the sync status belongs to; another one starts afresh."""
        return f"{self.url.rstrip('/')} {self.user} {self.calendar}"


@dataclass(frozen=True, slots=True)
class Listing:
    """Hrefs and ETags: every event (``complete``), or what changed since the token."""

    token: str | None  # the collection's new sync-token; None: it offers none
    complete: bool
    etags: dict[str, str]
    gone: frozenset[str] = frozenset()  # removed since the token (only when not complete)


@dataclass(frozen=True, slots=True)
class Fetched:
    href: str
    etag: str
    data: str


class PreconditionFailed(Exception):
    """The event was not as expected (changed, made or deleted meanwhile): not written."""


def href_path(url: object) -> str:
    """The href of a URL as the sync keeps it: its path, unquoted."""
    return unquote(urlsplit(str(url)).path)


class CalendarConnection:
    """One calendar collection of one account. ``on_request(method, url)`` is called
    before each HTTP request (the tests count them, and stop the server between them)."""

    def __init__(
        self,
        account: Account,
        *,
        timeout: int = 30,
        on_request: Callable[[str, str], None] | None = None,
        use_sync_token: bool = True,
    ) -> None:
        self.account = account
        self.timeout = timeout
        self.on_request = on_request
        self.use_sync_token = use_sync_token
        self._client: Any = None
        self._calendar: Any = None

    def __enter__(self) -> CalendarConnection:
        self.open()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- opening --------------------------------------------------------------------

    def open(self) -> None:
        """Log in and find the calendar (a few PROPFINDs)."""
        if self._calendar is not None:
            return
        with self._translated():
            from caldav.davclient import DAVClient

            account = self.account
            client = DAVClient(
                url=account.url,
                username=account.user,
                password=account.password,
                timeout=self.timeout,
                enable_rfc6764=False,  # the address is the address: no DNS discovery
            )
            watch = self.on_request
            if watch is not None:

                def before(request: Any, **_: Any) -> Any:
                    watch(str(request.method), str(request.url))
                    return request

                client.session.hooks["pre_request"].append(before)
            self._client = client
            principal: Any = client.principal()  # type: ignore[no-untyped-call]
            calendars: list[Any] = principal.get_calendars()
            wanted = account.calendar.strip()
            # The listing brought each calendar's display name: read from the cache.
            named = [(c, str(c.get_display_name() or c.id or "")) for c in calendars]
            exact = [c for c, name in named if wanted in (name, c.id)]
            loose = [c for c, name in named if name.casefold() == wanted.casefold()]
            if exact or loose:
                self._calendar = (exact or loose)[0]
                return
            names = ", ".join(f"'{name}'" for _c, name in named) or "none"
            raise NoSuchCalendar(
                f"there is no calendar '{wanted}' for user '{account.user}' on "
                f"{account.url} (it has: {names})"
            )

    def close(self) -> None:
        client, self._client, self._calendar = self._client, None, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()

    @property
    def collection(self) -> str:
        """The calendar's href (a path ending in "/")."""
        return href_path(self._opened().url).rstrip("/") + "/"

    def href_for(self, uid: str) -> str:
        """Where a new event for the post ``uid`` goes."""
        return f"{self.collection}{uid}.ics"

    # -- reading --------------------------------------------------------------------

    def listing(self, token: str | None) -> Listing:
        """What changed since ``token``; everything when there is none, when the
        server has forgotten it, or when the server offers no sync-token."""
        calendar = self._opened()
        with self._translated():
            from caldav.lib import error

            if self.use_sync_token:
                for attempt in (token, None) if token else (None,):
                    try:
                        return self._sync_report(calendar, attempt)
                    except (error.ReportError, error.DAVError) as exc:
                        if isinstance(exc, error.AuthorizationError) and not _expired(exc):
                            raise
                        continue  # an expired token: once more from nothing
                self.use_sync_token = False  # not offered: list every time
            return self._full_listing(calendar)

    def _sync_report(self, calendar: Any, token: str | None) -> Listing:
        from caldav.elements import dav

        found = calendar.get_objects_by_sync_token(
            sync_token=token, load_objects=False, disable_fallback=True
        )
        deleted = {href_path(url) for url in found.deleted_urls}
        etags = {
            href_path(obj.url): str(obj.props.get(dav.GetEtag.tag, ""))
            for obj in found
            if href_path(obj.url) not in deleted
        }
        etags.pop(self.collection, None)
        new_token = str(found.sync_token) if found.sync_token else None
        return Listing(new_token, token is None, etags, frozenset(deleted))

    def _full_listing(self, calendar: Any) -> Listing:
        from caldav.elements import dav

        response = self._client.propfind(str(calendar.url), _PROPFIND_ETAGS, depth=1)
        if response.status not in (200, 207):
            raise ServerError(f"the calendar server answered {response.status} to a listing")
        props = response.expand_simple_props([dav.GetEtag()])
        etags = {href_path(href): str(p.get(dav.GetEtag.tag) or "") for href, p in props.items()}
        etags.pop(self.collection, None)
        etags.pop(self.collection.rstrip("/"), None)
        return Listing(None, True, etags)

    def fetch(self, hrefs: Sequence[str]) -> list[Fetched]:
        """The events at ``hrefs`` (those gone meanwhile are left out)."""
        calendar = self._opened()
        found: list[Fetched] = []
        with self._translated():
            from caldav.elements import dav
            from caldav.lib.url import URL

            for start in range(0, len(hrefs), FETCH_BATCH):
                batch = [URL.objectify(self._url(h)) for h in hrefs[start : start + FETCH_BATCH]]
                for obj in calendar.multiget(batch):
                    etag = str((obj.props or {}).get(dav.GetEtag.tag, ""))
                    found.append(Fetched(href_path(obj.url), etag, str(obj.data)))
        return found

    # -- writing --------------------------------------------------------------------

    def create(self, href: str, body: bytes) -> str:
        """Put a new event at ``href``; return its ETag ("" when the server gives none)."""
        return self._put(href, body, {"If-None-Match": "*"})

    def replace(self, href: str, body: bytes, etag: str) -> str:
        """Replace the event at ``href`` if it still has ``etag``; return the new ETag."""
        return self._put(href, body, {"If-Match": etag})

    def remove(self, href: str, etag: str) -> None:
        """Delete the event at ``href`` if it still has ``etag`` (gone already is fine)."""
        self._opened()
        with self._translated():
            response = self._client.delete(self._url(href), {"If-Match": etag})
        if response.status == 412:
            raise PreconditionFailed(href)
        if response.status not in (200, 204, 404):
            raise ServerError(f"the calendar server answered {response.status} to a delete")

    def _put(self, href: str, body: bytes, condition: dict[str, str]) -> str:
        self._opened()
        with self._translated():
            response = self._client.put(self._url(href), body, {**ICS_HEADERS, **condition})
        if response.status == 412:
            raise PreconditionFailed(href)
        if response.status not in (200, 201, 204):
            raise ServerError(
                f"the calendar server answered {response.status} to a write of {href}"
            )
        etag = (response.headers or {}).get("ETag", "")
        # A weak ETag cannot be matched with If-Match: leave it out, and the next
        # listing reads the event's real one.
        return "" if etag.startswith("W/") else str(etag)

    # -- plumbing -------------------------------------------------------------------

    def _opened(self) -> Any:
        if self._calendar is None:
            self.open()
        return self._calendar

    def _url(self, href: str) -> str:
        base = urlsplit(str(self._calendar.url))
        return f"{base.scheme}://{base.netloc}{quote(href)}"

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        """The library's and the network's failures as one-line sync errors."""
        account = self.account
        try:
            yield
        except (NoSuchCalendar, ServerError, PreconditionFailed):
            raise
        except Exception as exc:
            raise _translate(exc, account) from exc


def _expired(exc: Exception) -> bool:
    """A 403 naming DAV:valid-sync-token: the server forgot the token (RFC 6578 3.2)."""
    return "valid-sync-token" in " ".join(str(p) for p in getattr(exc, "preconditions", ()))


def _translate(exc: Exception, account: Account) -> Exception:
    from caldav.lib import error

    where = account.url
    if isinstance(exc, error.AuthorizationError):
        return BadCredentials(
            f"the calendar server at {where} refused user '{account.user}': check the user "
            "and password in Settings → Sharing"
        )
    if isinstance(exc, error.NotFoundError):
        return NoSuchCalendar(
            f"there is no calendar '{account.calendar}' for user '{account.user}' on {where}"
        )
    if isinstance(exc, error.DAVError):
        return ServerError(f"the calendar server at {where} answered with an error: {_short(exc)}")
    if isinstance(exc, OSError | TimeoutError) or _is_network_error(exc):
        return Unreachable(
            f"cannot reach the calendar server at {where}: {_network_reason(exc)}; "
            "changes wait here for the next sync"
        )
    return ServerError(f"the calendar server at {where} could not be used: {_short(exc)}")


def _is_network_error(exc: Exception) -> bool:
    module = type(exc).__module__
    return module.startswith(("niquests", "urllib3", "requests", "urllib3_future"))


def _network_reason(exc: Exception) -> str:
    """Why a connection failed, in words: the HTTP client's own text is a chain of
    class names."""
    text = str(exc).lower()
    for words, reason in (
        (("refused",), "the server refused the connection (is it running?)"),
        (("name or service", "getaddrinfo", "nodename", "resolve"), "its name is unknown"),
        (("timed out", "timeout"), "it did not answer in time"),
        (("unreachable",), "the network is unreachable"),
        (("certificate", "ssl", "tls"), "its certificate could not be checked"),
        (("reset", "aborted", "remote end closed", "broken pipe"), "the connection broke"),
    ):
        if any(word in text for word in words):
            return reason
    return "the connection failed"


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"

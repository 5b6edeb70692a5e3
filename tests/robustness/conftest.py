"""Network attempts fail the test session even when a broad ``except`` swallows them.

pytest-socket (``--disable-socket`` in pyproject) makes opening an internet socket
or looking up a name raise ``SocketBlockedError`` — a ``RuntimeError``, which code
under test that catches ``Exception`` would hide.  pytest-socket also warns each
time it blocks; every such warning that no test expected (``pytest.warns``) is
collected here, as is any network event the audit hook sees getting past it, and
the session then fails, naming the tests.
"""
from __future__ import annotations

import socket
import sys
import traceback

import pytest

BLOCKED_WARNING = "tried to use socket"
NETWORK_EVENTS = {"socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
                  "socket.gethostbyaddr", "socket.sendto"}
LOCAL_FAMILIES = {getattr(socket, "AF_UNIX", None)}
network_attempts: list[str] = []


def _audit(event: str, args: tuple) -> None:
    if event not in NETWORK_EVENTS:
        return
    if event in ("socket.connect", "socket.bind", "socket.sendto") and getattr(args[0], "family", None) in LOCAL_FAMILIES:
        return  # pipes between the program's own processes
    where = "".join(traceback.format_stack(limit=8)[:-1])
    network_attempts.append(f"{event} {args[1:]}\n{where}")


sys.addaudithook(_audit)


def pytest_warning_recorded(warning_message, when, nodeid, location) -> None:
    if BLOCKED_WARNING in str(warning_message.message):
        network_attempts.append(f"{nodeid}: {warning_message.message}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if network_attempts:
        print(f"\n{len(network_attempts)} network attempt(s) during the tests:", file=sys.stderr)
        for attempt in network_attempts[:10]:
            print(attempt, file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED

"""The tool runs on PCs without a network; in the tests any attempt to use one fails.

pytest-socket blocks internet sockets and name lookups for the whole suite
(``--disable-socket``).  Each block also raises a warning, and conftest.py fails
the session on any such warning a test did not expect — so an attempt swallowed
by a broad ``except`` is caught too.  The tests here expect theirs.
"""
from __future__ import annotations

import socket

import pytest
from pytest_socket import SocketBlockedError


def test_opening_an_internet_socket_fails():
    with pytest.warns(UserWarning, match="tried to use socket"), pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_connecting_to_a_host_fails():
    with pytest.warns(UserWarning, match="tried to use socket"), pytest.raises(SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_a_name_lookup_fails():
    with pytest.warns(UserWarning, match="tried to use socket"), pytest.raises(SocketBlockedError):
        socket.getaddrinfo("example.invalid", 443)


def test_a_swallowed_attempt_still_leaves_the_warning_that_fails_the_session():
    with pytest.warns(UserWarning, match="tried to use socket"):
        try:
            socket.create_connection(("192.0.2.1", 80), timeout=1)
        except Exception:  # what careless code would do
            pass


def test_local_pipes_between_processes_stay_allowed():
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"

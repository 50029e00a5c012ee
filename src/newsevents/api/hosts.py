"""Which ``Host`` a request may name: a defence against DNS rebinding.

A web page on another site can make a browser send requests to ``127.0.0.1:8000`` under a
name its attacker controls; a request whose ``Host`` header is not one of the names this
server is reached by is answered 400.
"""
from __future__ import annotations

import socket
from collections.abc import Iterable

#: names a server on loopback is reached by
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
#: --host values that bind every interface
WILDCARD_BINDS = ("0.0.0.0", "::", "")


def host_name(header: str) -> str:
    """The host of a ``Host`` header, without the port, lower case (``[::1]:8000`` -> ``::1``)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    if header.count(":") > 1:  # a bare IPv6 address (as --host gives it), no port
        return header
    name, colon, port = header.rpartition(":")
    return name if colon and port.isdigit() else header


def allowed_hosts(bind: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """Host names a server bound to ``bind`` answers to: loopback, the bind address, ``extra``;
    for a wildcard bind also this machine's name and addresses."""
    names = {*LOOPBACK_HOSTS, *(host_name(e) if e != "*" else "*" for e in extra)}
    if bind in WILDCARD_BINDS:
        names |= _this_machine()
    else:
        names.add(host_name(bind))
    return frozenset(names)


def _this_machine() -> set[str]:
    names = {socket.gethostname().lower(), socket.getfqdn().lower()}
    try:
        names |= {info[4][0].lower() for info in socket.getaddrinfo(socket.gethostname(), None)}
    except OSError:
        pass
    return names


def host_allowed(header: str | None, allowed: frozenset[str]) -> bool:
    """Whether a request with this ``Host`` header may be answered."""
    return "*" in allowed or (header is not None and host_name(header) in allowed)

"""`newsevents serve` as a user starts it: a real process on loopback."""
import json
import socket
import subprocess
import sys
import time
import urllib.request

from click.testing import CliRunner

from newsevents.cli import main


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_on_loopback(tmp_path):
    db = tmp_path / "demo.db"
    assert CliRunner().invoke(main, ["demo", "--db", str(db), "-s"]).exit_code == 0
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "newsevents.cli", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/events?limit=2", timeout=2) as reply:
                    body = json.load(reply)
                break
            except OSError:
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "server did not answer within 30 s"
                time.sleep(0.3)
        assert body["total"] > 2 and len(body["items"]) == 2
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as page:
            assert b"<html" in page.read().lower()
    finally:
        server.terminate()
        server.wait(timeout=10)

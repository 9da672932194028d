"""`make ui`: runs the `dagster dev` command it is given and, once the UI answers, prints the
address to open.

    python -m bpjs_pipeline.orchestration.serve --url http://127.0.0.1:3000 -- dagster dev ...

The command runs as a child in this process's group, so Ctrl-C in the terminal reaches it as it
would without this wrapper; SIGTERM sent to this process is passed on. The exit status is the
command's.
"""
from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from typing import Sequence
from urllib.parse import urlsplit, urlunsplit

POLL_SECONDS = 0.5
# Addresses that mean "every interface": the UI is opened on this machine's loopback address.
ANY_ADDRESS = {"0.0.0.0": "127.0.0.1", "::": "[::1]", "[::]": "[::1]"}


def address_to_open(url: str) -> str:
    """`url` with an any-interface host replaced by the loopback address."""
    parts = urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    shown = ANY_ADDRESS.get(host, f"[{host}]" if ":" in host else host)
    netloc = f"{shown}:{parts.port}" if parts.port else shown
    return urlunsplit((parts.scheme or "http", netloc, "", "", ""))


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/server_info", timeout=2) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError, ValueError):
        return False


def _default_signals() -> None:
    """In the child: SIGINT and SIGTERM as the terminal expects, even when this wrapper was started
    in the background with them ignored (which `dagster dev` would inherit)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def serve(url: str, command: Sequence[str], out=sys.stdout) -> int:
    child = subprocess.Popen(list(command), preexec_fn=_default_signals)

    def pass_on(signum, _frame):
        if child.poll() is None:
            child.send_signal(signum)

    signal.signal(signal.SIGTERM, pass_on)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the terminal sends Ctrl-C to the child too
    address = address_to_open(url)
    while child.poll() is None:
        if answers(address):
            print(f"\nDagster UI ready: open {address} (Ctrl-C stops it)\n", file=out, flush=True)
            break
        time.sleep(POLL_SECONDS)
    return child.wait()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bpjs_pipeline.orchestration.serve",
                                     description="Run `dagster dev` and print the address once the UI answers.")
    parser.add_argument("--url", required=True, help="the address the UI listens on, e.g. http://127.0.0.1:3000")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the dagster dev command")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given after --")
    return serve(args.url, command)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

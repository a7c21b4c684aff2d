"""Run one function in a forked child process while the build goes on.

The site-wide quote pages need every article's quotes and nothing that
Pelican writes, so once the quotes are attached a child renders them on the
second core while Pelican writes the articles on the first. The child shares
the parent's memory copy-on-write and reports only whether it succeeded: a
failure comes back as its traceback text and is raised again in the parent.

Linux only (fork); callers run the function in-process elsewhere.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import traceback
from typing import Callable

_MESSAGE_LIMIT = 20_000  # bytes of a child's traceback kept


class ForkedJobError(Exception):
    """The child failed; the message is its traceback's last lines."""


class ForkedJob:
    """`ForkedJob(fn)` starts fn() in a child now; `wait()` returns when it
    has finished and raises ForkedJobError if it failed."""

    def __init__(self, fn: Callable[[], None]):
        read_end, write_end = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            # A collection would write to every object's header and so copy
            # every page it shares with the parent; a short-lived child
            # needs none.
            gc.disable()
            os.close(read_end)
            code = 0
            try:
                fn()
            except BaseException:  # noqa: BLE001 - everything goes back to the parent
                code = 1
                message = traceback.format_exc().encode("utf-8", "replace")[-_MESSAGE_LIMIT:]
                try:
                    os.write(write_end, message)
                except OSError:
                    pass
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(code)  # no atexit handlers: they belong to the parent
        os.close(write_end)
        self.pid = pid
        self._read_end = read_end
        self._done = False

    def wait(self) -> None:
        if self._done:
            return
        self._done = True
        chunks = []
        with os.fdopen(self._read_end, "rb") as pipe:
            while chunk := pipe.read(65536):
                chunks.append(chunk)
        _, status = os.waitpid(self.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            text = b"".join(chunks).decode("utf-8", "replace").strip()
            raise ForkedJobError(text or f"the child process ended with status {code}")


def can_fork() -> bool:
    """The one check for every process the plugin forks (the extraction
    worker, the quote pages' child)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()

"""The extractor in a second process, while Pelican is still reading.

Pelican reads articles one after another on one core, and the extractor needs
nothing but each article's HTML. So as each article is made
(`content_object_init`), its HTML goes, in batches, to one worker process;
by the time every article is read (`all_generators_finalized`) most results
are back. The main process takes a result only if the article's HTML and
overrides are still exactly what was sent. Everything else (an article a later
plugin changed, the last partial batch, a worker that died) is extracted in
the main process, so the output is the same either way, and tests compare it
byte for byte. When the main process would wait for the worker (Pelican is
writing faster than the worker reads), it reads the batches the worker has not
started itself, from the last one back, instead of idling: on a 1,000-article
site it waited 1.2-1.6 s in all before.

Linux only: the worker is forked, so it starts in milliseconds and finds the
plugin's modules on its path. Elsewhere everything runs in the main process.
It is started before Pelican reads anything (`start()`, at `initialized`) and
loads the extractor at once, so even the one article that a `make serve`
rebuild re-reads is read there while Pelican goes on (loading the extractor
costs ~0.2 s, which the worker spends while Pelican sets up).
Pure of Pelican, like the extractor: plain strings in, plain data out.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
from collections import deque
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor

from .forked import can_fork as available
from .overrides import Overrides
from .quote import share_strings

log = logging.getLogger(__name__)

# Articles per task: large enough that sending them costs little next to
# extracting them (~2 ms each), small enough that the last batch is short.
BATCH = 16


def default_workers() -> int:
    """One worker when this process may use a second CPU, else none."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    return 1 if cpus >= 2 else 0


def _load_extractor() -> None:
    """The worker's first task: import the extractor while the batch fills."""
    from . import extract  # noqa: F401


def _read_batch(batch: list[tuple[str, Overrides, str]]) -> bytes:
    """In the worker: read_article for each item; None where it failed, so the
    main process reads that one itself and reports the error as usual.

    Returned pickled: the executor's own thread then receives one bytes
    object, and the quotes are made in the main thread when it unpickles them
    (made in that thread, they would sit in a malloc arena of its own)."""
    from .extract import read_article  # in the worker only: see site._read_here

    out: list[tuple | None] = []
    for html, overrides, id_prefix in batch:
        try:
            reading = read_article(html, overrides, id_prefix=id_prefix)
            out.append((reading.quotes, reading.html, reading.added_ids))
        except Exception:  # noqa: BLE001 - re-raised, with its file, by the main process
            out.append(None)
    return pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)


class _Batch:
    """One batch sent to the worker; its results unpickled once, when first asked."""

    __slots__ = ("future", "keys", "inputs", "left", "_results")

    def __init__(self, future: Future, keys: list, inputs: list):
        self.future = future
        self.keys = keys
        self.inputs = inputs  # the very list the worker was sent
        self.left = len(keys)  # results not yet taken
        self._results = None

    def cancel(self) -> bool:
        """Cancel the batch if the worker has not started it. The executor
        keeps a cancelled task, with its arguments, until the worker reaches
        its place in the queue, so the list is emptied: otherwise the HTML of
        every batch read elsewhere would stay alive until then."""
        if not self.future.cancel():
            return False
        self.inputs.clear()
        return True

    def results(self) -> list:
        if self._results is None:
            self._results = pickle.loads(self.future.result())
            for result in self._results:
                if result is not None:
                    share_strings(result[0], result[2])
        return self._results


class _Sent:
    __slots__ = ("html", "overrides", "id_prefix", "batch", "index")

    def __init__(self, html: str, overrides: Overrides, id_prefix: str, batch: _Batch, index: int):
        self.html, self.overrides, self.id_prefix = html, overrides, id_prefix
        self.batch, self.index = batch, index

    @property
    def future(self) -> Future:
        return self.batch.future


class BackgroundExtraction:
    """Send articles' HTML to a worker as they are read; take the results back.

    `send(key, html, overrides, id_prefix)` queues one article (`key` is any
    hashable that names it for this run); `take(key, html, overrides)` returns
    `(quotes, html_with_ids, added_ids)` when the worker read exactly that,
    else None; `finished()` gives back every result that is ready.
    """

    def __init__(self, workers: int):
        self.enabled = workers > 0 and available()
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None
        self._batch: list[tuple[object, str, Overrides, str]] = []
        self._sent: dict[object, _Sent] = {}
        self._unfinished: deque[_Batch] = deque()  # in the order sent, which is the order the worker reads them
        self._stolen: dict[object, tuple[str, Overrides, tuple | None]] = {}  # key -> (html, overrides, result)
        self._broken = False

    def start(self) -> None:
        """Fork the worker and have it load the extractor (~0.2 s of compiling
        patterns) now, before Pelican reads the first article: the worker is
        the build's last to finish, so its head start is the build's."""
        if not self.enabled or self._broken or self._executor is not None:
            return
        try:
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"))
            self._executor.submit(_load_extractor)
        except Exception as exc:  # noqa: BLE001 - the main process does the work instead
            self._give_up(exc)

    def send(self, key, html: str, overrides: Overrides, id_prefix: str) -> None:
        self.start()
        if not self.enabled or self._broken:
            return
        self._batch.append((key, html, overrides, id_prefix))
        if len(self._batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Send the batch being gathered, however short."""
        if not self._batch or self._executor is None:
            return
        batch, self._batch = self._batch, []
        inputs = [(h, o, p) for _, h, o, p in batch]
        try:
            future = self._executor.submit(_read_batch, inputs)
        except Exception as exc:  # noqa: BLE001 - the main process does the work instead
            self._give_up(exc)
            return
        sent = _Batch(future, [key for key, _, _, _ in batch], inputs)
        self._unfinished.append(sent)
        for index, (key, html, overrides, id_prefix) in enumerate(batch):
            self._sent[key] = _Sent(html, overrides, id_prefix, sent, index)

    def reorder(self, keys: list, batch_size: int = 4) -> None:
        """Send again, in the order of `keys` and in small batches, the
        articles whose batches the worker has not started: the order in which
        they will be needed."""
        if self._executor is None or self._broken:
            return
        cancelled = {id(b) for b in self._unfinished if b.cancel()}
        if not cancelled:
            return
        self._unfinished = deque(b for b in self._unfinished if id(b) not in cancelled)
        again = [key for key in keys if key in self._sent and id(self._sent[key].batch) in cancelled]
        for key in again:
            sent = self._sent.pop(key)
            self._batch.append((key, sent.html, sent.overrides, sent.id_prefix))
            if len(self._batch) >= batch_size:
                self.flush()
        self.flush()

    def near(self, key, batches: int = 2) -> bool:
        """Is `key` done, being read, or in one of the next `batches` batches?"""
        sent = self._sent.get(key)
        if sent is None or sent.future.done():
            return True
        return any(b is sent.batch for b in list(self._unfinished)[:batches])

    def finished(self):
        """(key, html sent, overrides sent, result) for the batches the worker
        has finished, each given once; result is None where it failed.

        Called after every article: it looks at the oldest batches only, up to
        the first one not finished (looking at every article sent made this
        quadratic in the worker's backlog: 0.07 s of a 1,000-article build)."""
        done = []
        while self._unfinished and self._unfinished[0].future.done():
            batch = self._unfinished.popleft()
            done.extend((key, self._sent.pop(key)) for key in batch.keys if key in self._sent)
        for key, sent in done:
            try:
                result = sent.batch.results()[sent.index]
            except CancelledError:
                result = None
            except Exception as exc:  # noqa: BLE001 - a worker that died: read in the main process
                self._give_up(exc)
                result = None
            yield key, sent.html, sent.overrides, result

    def stolen(self):
        """(key, html sent, overrides sent, result) for each article `take`
        read here ahead of its turn, each given once (and then no longer by
        `take`): handed on at once, its reading does not sit beside the
        article's old HTML until Pelican writes it (at 5,000 articles, 2,500
        such pairs were 30 MiB)."""
        while self._stolen:
            key, (html, overrides, result) = self._stolen.popitem()
            yield key, html, overrides, result

    def pending(self) -> list:
        """Keys sent and not yet taken, in the order they were sent."""
        return list(self._sent)

    def backlog(self) -> int:
        """How many sent batches the worker has not finished."""
        return len({id(s.batch) for s in self._sent.values() if not s.future.done()})

    def ready(self, key) -> bool:
        sent = self._sent.get(key)
        return sent is not None and sent.future.done()

    def take(self, key, html: str, overrides: Overrides, wait: bool = True, read_here=None):
        """The worker's result for `key` if it read this very input. A batch not
        yet started is cancelled when `wait` is false: the caller reads it.

        `read_here(html, overrides, id_prefix)`, when given, is how the caller
        reads an article: rather than wait idle for the worker, it reads the
        articles the worker would reach last, until `key`'s are ready."""
        if key in self._stolen:
            stolen_html, stolen_overrides, result = self._stolen.pop(key)
            same = stolen_overrides == overrides and (stolen_html is html or stolen_html == html)
            return result if same else None
        sent = self._sent.pop(key, None)
        if sent is None:
            return None
        try:
            if not wait and not sent.future.done() and sent.batch.cancel():
                return None
            if read_here is not None:
                while not sent.future.done() and self._steal_last(sent.batch, read_here):
                    pass
            if sent.overrides != overrides or not (sent.html is html or sent.html == html):
                return None  # changed after it was sent: only a fresh read is right
            return sent.batch.results()[sent.index]
        except CancelledError:
            return None
        except Exception as exc:  # noqa: BLE001 - a worker that died: read here instead
            self._give_up(exc)
            return None
        finally:
            self._taken(sent.batch)

    def _steal_last(self, keep: _Batch, read_here) -> bool:
        """Read here the last batch the worker has not started (never `keep`);
        False when there is none."""
        for batch in reversed(self._unfinished):
            if batch is keep:
                return False
            if batch.cancel():
                break
        else:
            return False
        self._unfinished.remove(batch)
        for key in batch.keys:
            sent = self._sent.pop(key, None)
            if sent is None:
                continue
            try:
                result = read_here(sent.html, sent.overrides, sent.id_prefix)
            except Exception:  # noqa: BLE001 - read again, and reported with its file, when it is taken
                result = None
            self._stolen[key] = (sent.html, sent.overrides, result)
        return True

    def _taken(self, batch: _Batch) -> None:
        """One of the batch's results was taken; after the last, the batch (its
        pickled results, ~9 KB an article) is let go at once, not at close():
        articles taken while Pelican writes would otherwise hold them all."""
        batch.left -= 1
        if batch.left == 0:
            try:
                self._unfinished.remove(batch)
            except ValueError:
                pass
            batch._results = None

    def _give_up(self, exc: BaseException) -> None:
        if not self._broken:
            log.warning("pullquotes: the background worker stopped (%s); reading quotes in the main process", exc)
        self._broken = True

    def close(self) -> None:
        """Stop the worker; results not taken are dropped."""
        self._batch = []
        self._sent.clear()
        self._stolen.clear()
        self._unfinished.clear()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

"""Extraction on Ray: ``diplograph ingest --engine ray [--address ray://...]``.

``RayExtractor`` is an Extractor (``version``, ``extract``, ``extract_many``) for
:func:`diplograph.ingest.ingest`, so loading, document ids, the unchanged-document check and the
writes stay in the driver exactly as in the single-process ingest, and only extraction moves:

* the documents of a window (``window`` of them, so the driver never holds a whole archive) become
  a Ray Dataset of pickled ``SourceDocument`` s;
* ``map_batches`` sends batches of ``batch_size`` documents to an actor pool of ``workers``
  actors, each of which builds the ordinary extractor (``extract.pipeline.build_extractor``) once,
  spaCy model and gazetteer included, and runs its ``extract_many`` over the batch;
* results come back pickled (an exception in place of a failed document, as ``extract_many``
  promises) and are put back in document order before they are yielded.

Every document is read by the same code as in one process, so ids, claim keys and the export are
identical. On a laptop Ray starts locally with ``workers`` CPUs; with ``address`` it joins a running
cluster, whose workers need diplograph and its spaCy model installed (the same image or venv).
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterable, Iterator
from typing import Any

from diplograph.extract.handoffs import Extraction, SourceDocument
from diplograph.extract.pipeline import PIPELINE_VERSION

__all__ = ["RayExtractor"]

log = logging.getLogger(__name__)


class _ExtractActor:
    """One Ray actor: the extractor is built, and spaCy and the gazetteer loaded, once per actor."""

    def __init__(self, model: str) -> None:
        from diplograph.extract.pipeline import build_extractor

        self.extractor = build_extractor(model)
        _ = self.extractor.reader  # loads the model and the gazetteer now, not inside the first batch

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        sources = [pickle.loads(blob) for blob in batch["source"]]
        results = [_dumps(r) for r in self.extractor.extract_many(sources)]
        return {"i": batch["i"], "result": np.array(results, dtype=object)}


def _dumps(result: Extraction | Exception) -> bytes:
    try:
        return pickle.dumps(result)
    except Exception:  # an exception that does not pickle still reports what went wrong
        return pickle.dumps(RuntimeError(f"{type(result).__name__}: {result}"))


class RayExtractor:
    """Extract documents on a Ray actor pool; results in input order."""

    version = PIPELINE_VERSION

    def __init__(
        self,
        model: str,
        *,
        workers: int = 2,
        address: str | None = None,
        batch_size: int = 8,
        window: int = 5000,
    ) -> None:
        self.model = model
        self.workers = workers
        self.address = address
        #: documents per actor call: the actor's nlp.pipe batches their paragraphs together
        self.batch_size = batch_size
        #: documents per Ray Dataset; each window starts its actor pool (a model load per actor)
        self.window = window

    def extract(self, source: SourceDocument) -> Extraction:
        result = next(self.extract_many([source]))
        if isinstance(result, Exception):
            raise result
        return result

    def extract_many(self, sources: Iterable[SourceDocument]) -> Iterator[Extraction | Exception]:
        window: list[SourceDocument] = []
        for source in sources:
            window.append(source)
            if len(window) == self.window:
                yield from self._run(window)
                window = []
        if window:
            yield from self._run(window)

    def _run(self, window: list[SourceDocument]) -> Iterator[Extraction | Exception]:
        ray = self._ray()
        items = [{"i": i, "source": pickle.dumps(s)} for i, s in enumerate(window)]
        # a small window still reaches every actor: smaller batches, at least one block per actor
        batch_size = max(1, min(self.batch_size, -(-len(items) // self.workers)))
        blocks = max(1, min(len(items), -(-len(items) // batch_size)))
        dataset = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
            _ExtractActor,
            fn_constructor_kwargs={"model": self.model},
            batch_size=batch_size,
            compute=ray.data.ActorPoolStrategy(size=self.workers),
            num_cpus=1,
            batch_format="numpy",
        )
        waiting: dict[int, bytes] = {}
        following = 0
        for row in dataset.iter_rows():
            waiting[int(row["i"])] = row["result"]
            while following in waiting:
                yield pickle.loads(waiting.pop(following))
                following += 1
        if following != len(window):  # pragma: no cover - Ray returns every row or raises
            raise RuntimeError(f"Ray returned {following} of {len(window)} documents")

    def _ray(self) -> Any:
        import ray
        from ray.data import DataContext

        if not ray.is_initialized():
            options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
            if self.address:
                ray.init(address=self.address, **options)
            else:
                ray.init(num_cpus=self.workers, **options)
        context = DataContext.get_current()
        context.enable_progress_bars = False  # the ingest command draws its own
        context.print_on_execution_start = False
        return ray

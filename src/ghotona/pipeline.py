"""The ordered stages.  Each stage states which layers it needs and which it adds; the pipeline
checks that before running, so a mis-ordered pipeline fails early with a clear message."""
from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import Callable, Iterable, Protocol

from .doc import Document
from .options import Options


class PipelineError(RuntimeError):
    """A stage was asked to run without the layers it needs."""


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document, options: Options) -> Document: ...


@dataclass(frozen=True)
class FunctionStage:
    """Wrap a plain function ``f(doc, options) -> doc`` as a stage."""

    name: str
    func: Callable[[Document, Options], Document]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, doc: Document, options: Options) -> Document:
        return self.func(doc, options)


def stage(name: str, requires: Iterable[str] = (), assigns: Iterable[str] = ()):
    """Decorator: ``@stage("numbers", requires=("norm",), assigns=("numbers",))``."""

    def wrap(func: Callable[[Document, Options], Document]) -> FunctionStage:
        return FunctionStage(name, func, tuple(requires), tuple(assigns))

    return wrap


def _has(doc: Document, name: str) -> bool:
    """Whether the document holds ``name`` (the text, a layer, the normalised text, the events or
    the layout), as a stage's ``requires`` names it."""
    if name in doc.layers or name == "text":
        return True
    if name == "norm":
        return doc.norm is not None
    if name == "events":  # the events stage ran (an article may have none)
        return bool(doc.events) or "triggers" in doc.layers
    return name == "layout" and "layout" in doc.meta


class Pipeline:
    def __init__(self, stages: Iterable[Stage]):
        self.stages = list(stages)
        self._check_order()

    def _check_order(self) -> None:
        provided = {"text"}
        for st in self.stages:
            missing = [r for r in st.requires if r not in provided]
            if missing:
                raise PipelineError(
                    f"stage {st.name!r} needs {', '.join(missing)}, which no earlier stage adds; "
                    f"order is {[s.name for s in self.stages]}"
                )
            provided.update(st.assigns)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document, options: Options | None = None) -> Document:
        options = options or Options()
        # One article allocates tens of thousands of small objects that live until it is done and
        # are then freed by reference counting; with the cyclic collector paused for the article
        # it does not sweep them meanwhile (about 4 collections per EDNIL pass instead of 260).
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            return self._run(doc, options)
        finally:
            if paused:
                gc.enable()

    def _run(self, doc: Document, options: Options) -> Document:
        for st in self.stages:
            if st.name in options.skip:
                continue
            missing = [r for r in st.requires if not _has(doc, r)]
            if missing:
                raise PipelineError(f"stage {st.name!r} needs {', '.join(missing)} on document {doc.id}")
            doc = st(doc, options)
        return doc

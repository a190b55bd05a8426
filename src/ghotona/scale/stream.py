"""The client side of a scaled `extract`: read lazily, run partitions on a runner, yield in order."""
from __future__ import annotations

from typing import Iterator

from ..doc import Document
from ..inputs import RecordProblem, iter_raw_records
from ..options import Options
from .runners import Runner, chunked
from .worker import extract_partition

# Articles per task: ~1 s of work at ~4 ms an article, large enough that shipping a partition costs
# little beside extracting it, small enough that 2 x workers partitions in flight stay a few MB.
PARTITION_SIZE = 200


def extract_stream(paths: list[str], options: Options, runner: Runner, problems: list[RecordProblem],
                   partition_size: int = PARTITION_SIZE) -> Iterator[Document]:
    """Extracted documents in input order, as :func:`ghotona.api.process` would yield them; bad
    records are appended to ``problems`` in input order, as :func:`ghotona.inputs.iter_documents`
    does.  A file that cannot be used raises InputError when it is reached."""
    partitions = chunked(iter_raw_records(paths, options), partition_size)
    for outcomes in runner.map(extract_partition, partitions, options):
        for outcome in outcomes:
            if isinstance(outcome, RecordProblem):
                problems.append(outcome)
            else:
                yield outcome

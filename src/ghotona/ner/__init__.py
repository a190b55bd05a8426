"""Learned named-entity recognition (PER, ORG, LOC, TIME) for Bengali.

* :mod:`ghotona.ner.data` reads and cleans the two open training sets and fixes the splits;
* :mod:`ghotona.ner.features` turns tokens into CRF features (cached per word);
* :mod:`ghotona.ner.train` / :mod:`ghotona.ner.evaluate` are the training and evaluation commands;
* :mod:`ghotona.ner.stage` is the pipeline stage (``ner`` layer) with the shipped model.
"""

#!/usr/bin/env python3
"""Rewrites a YAML stream of Kubernetes objects as one `kind: List` document, laid out as
`kubectl get -A -o yaml` writes it (`apiVersion`, `items:` with its entries at column 0, `kind`,
`metadata`), for benchmarking the parsing of such dumps (scripts/bench with BENCH_LIST=1).

usage: scripts/list-dump.py < stream.yaml > list.yaml      (needs PyYAML)
"""
import sys

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class Dumper(BaseDumper):
    """Writes objects that occur twice in full, as kubectl does, never as anchors and aliases."""

    def ignore_aliases(self, data):
        return True


def main():
    items = [document for document in yaml.load_all(sys.stdin, Loader=Loader) if document is not None]
    dump = {"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}}
    yaml.dump(dump, sys.stdout, Dumper=Dumper, sort_keys=False, default_flow_style=False, allow_unicode=True)


if __name__ == "__main__":
    main()

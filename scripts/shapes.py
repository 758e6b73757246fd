#!/usr/bin/env python3
"""Writes an adversarial input of one shape and size to standard output, for scripts/bench-shapes.

Each shape piles many objects onto the one place where a step could compare every object with
every other one: a single host, a single path, one Ingress's TLS hosts, one namespace's grants.
"""
import sys


def ingress(index, host, paths, annotations=None, namespace="team", tls_hosts=None, rules=None, path_type="Prefix"):
    lines = ["apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:",
             f"  name: ing{index}", f"  namespace: {namespace}"]
    if annotations:
        lines.append("  annotations:")
        lines += [f'    {key}: "{value}"' for key, value in annotations.items()]
    lines += ["spec:", "  ingressClassName: nginx"]
    if tls_hosts is not None:
        lines += ["  tls:", "  - hosts: [" + ", ".join(tls_hosts) + "]", "    secretName: cert"]
    lines.append("  rules:")
    for rule_host, rule_paths in rules if rules is not None else [(host, paths)]:
        lines += [f"  - host: {rule_host}" if rule_host else "  - http:", "    http:" if rule_host else None, "      paths:"]
        lines = [line for line in lines if line is not None]
        for path in rule_paths:
            lines += [f"      - path: {path}", f"        pathType: {path_type}",
                      f"        backend: {{service: {{name: svc{index}, port: {{number: 80}}}}}}"]
    return "\n".join(lines)


def shape(name, count):
    nginx = "nginx.ingress.kubernetes.io/"
    if name == "one-host":  # every Ingress adds five slashed paths to one host
        return [ingress(i, "a.example.com", [f"/p{i}-{j}/" for j in range(5)], tls_hosts=["a.example.com"]) for i in range(count)]
    if name == "one-path":  # every Ingress claims the same host and path
        return [ingress(i, "a.example.com", ["/"], tls_hosts=["a.example.com"]) for i in range(count)]
    if name == "namespaces":  # one host, each Ingress in its own namespace
        return [ingress(i, "a.example.com", [f"/p{i}"], namespace=f"ns{i}", tls_hosts=["a.example.com"]) for i in range(count)]
    if name == "canaries":  # a canary beside every Ingress of one host
        documents = []
        for i in range(count // 2):
            documents.append(ingress(2 * i, "a.example.com", [f"/p{i}"], tls_hosts=["a.example.com"]))
            documents.append(ingress(2 * i + 1, "a.example.com", [f"/p{i}"], {nginx + "canary": "true", nginx + "canary-weight": "10"}))
        return documents
    if name == "default-canaries":  # paths on the catch-all host, each with a canary defaultBackend beside it
        documents = []
        for i in range(count // 2):
            documents.append(ingress(2 * i, "", [f"/p{i}"], rules=[(None, [f"/p{i}"])]))
            canary = ingress(2 * i + 1, "", [], {nginx + "canary": "true", nginx + "canary-weight": "10"}, rules=[])
            documents.append(canary.replace("  rules:", f"  defaultBackend: {{service: {{name: c{i}, port: {{number: 80}}}}}}"))
        return documents
    if name == "wildcard-hosts":  # a wildcard host per Ingress (its own listener), all sharing one certificate
        return [ingress(i, f'"*.h{i}.example.com"', ["/"], tls_hosts=[f'"*.h{i}.example.com"']) for i in range(count)]
    if name == "tls-hosts":  # one Ingress with as many rule hosts as TLS hosts it does not use
        return [ingress(0, "", [], tls_hosts=[f"t{j}.example.com" for j in range(count)],
                        rules=[(f"r{j}.example.com", ["/"]) for j in range(count)])]
    if name == "client-cas":  # every host asks for its own client CA
        return [ingress(i, f"h{i}.example.com", ["/"], {nginx + "auth-tls-secret": f"team/ca-{i}"}, tls_hosts=[f"h{i}.example.com"])
                for i in range(count)]
    if name == "grants":  # routes of the input, each let in by one of many grants of one namespace
        documents = [ingress(0, "a.example.com", ["/"])]
        for i in range(count):
            documents.append(
                "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n"
                f"metadata: {{name: r{i}, namespace: ns{i}}}\nspec:\n"
                "  parentRefs: [{name: nginx, namespace: gateway-system}]\n"
                f"  hostnames: [h{i}.example.com]\n"
                f"  rules: [{{backendRefs: [{{name: svc{i}, namespace: shared, port: 80}}]}}]")
            documents.append(
                "apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\n"
                f"metadata: {{name: g{i}, namespace: shared}}\nspec:\n"
                f"  from: [{{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: ns{i}}}]\n"
                "  to: [{group: \"\", kind: Service}]")
        return documents
    if name == "classes":  # the same host, path and Service under an ingress-nginx class (a Gateway) each
        documents = []
        for i in range(count):
            documents.append("apiVersion: networking.k8s.io/v1\nkind: IngressClass\n"
                             f"metadata: {{name: class{i}}}\nspec: {{controller: k8s.io/ingress-nginx}}")
            documents.append(ingress(i, "a.example.com", ["/"]).replace("ingressClassName: nginx", f"ingressClassName: class{i}")
                             .replace(f"name: svc{i}", "name: web"))
        return documents
    if name == "regex-host":  # one host in regex mode with a path per Ingress
        return [ingress(i, "a.example.com", [f"/p{i}/.*"], {nginx + "use-regex": "true"}, path_type="ImplementationSpecific")
                for i in range(count)]
    if name == "regex-groups":  # one host in regex mode, each path beginning with a group
        return [ingress(i, "a.example.com", [f"(/p{i})/.*"], {nginx + "use-regex": "true"}, path_type="ImplementationSpecific")
                for i in range(count)]
    raise SystemExit(f"shapes.py: unknown shape {name}")


SHAPES = ["one-host", "one-path", "namespaces", "canaries", "tls-hosts", "client-cas", "grants", "classes", "regex-host", "regex-groups", "default-canaries", "wildcard-hosts"]

if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--list":
        print("\n".join(SHAPES))
    elif len(sys.argv) == 3:
        sys.stdout.write("\n---\n".join(shape(sys.argv[1], int(sys.argv[2]))) + "\n")
    else:
        raise SystemExit("usage: shapes.py --list | shapes.py SHAPE COUNT")

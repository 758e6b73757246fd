/// Random `kubectl get -o yaml` dumps: Kubernetes objects written as one `kind: List`
/// document, with the shapes that could mislead a cut between items (literal blocks with lines
/// like items or keys, comments and quoted lines at column 0, nested Lists, aliases, tags) and
/// objects that give findings.
struct ListDumps {
    /// One line of an object; a line `atColumnZero` keeps column 0 inside a List item (a
    /// comment, or a quoted scalar's continuation line), every other non-empty line is indented
    /// under its item.
    struct Line {
        var text: String
        var atColumnZero = false
    }

    var random: SeededGenerator
    /// Whether objects may hold a quoted scalar whose next line starts with `- ` at column 0
    /// (valid YAML, but a cut there leaves a piece unterminated: the file is then parsed in one
    /// piece).
    var quotedItemLookalikes = false

    private mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }

    /// A random object (or a broken one) with index `index`.
    mutating func object(_ index: Int) -> [Line] {
        switch pick(12) {
        case 0...4: return ingress(index)
        case 5, 6: return service(index)
        case 7: return configMap(index)
        case 8: return [Line(text: "apiVersion: v1"), Line(text: "kind: List"), Line(text: "items:")]
            + (0..<2).flatMap { item(service(index * 10 + $0)) }
        case 9: return [Line(text: "apiVersion: networking.k8s.io/v1"), Line(text: "kind: Ingress"),
            Line(text: "metadata: {name: broken-\(index)}"), Line(text: "spec: 5")]
        case 10: return [Line(text: pick(2) == 0 ? "just-a-string-\(index)" : "{kind: Service, metadata: {name: x}}")]
        default: return aliased(index)
        }
    }

    private mutating func ingress(_ index: Int) -> [Line] {
        let annotations = [
            "nginx.ingress.kubernetes.io/proxy-body-size: 8m", "nginx.ingress.kubernetes.io/ssl-redirect: \"false\"",
            "nginx.ingress.kubernetes.io/server-snippet: |\n  location /x {\n  - deny all;\n\n  }",
            "nginx.ingress.kubernetes.io/rewrite-target: /", "nginx.ingress.kubernetes.io/limit-rps: \"5\"",
        ]
        var lines = [
            "apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: app-\(index)",
            "  namespace: team-\(index % 3)", "  annotations:",
        ].map { Line(text: $0) }
        for annotation in annotations where pick(3) == 0 {
            lines += annotation.split(separator: "\n", omittingEmptySubsequences: false)
                .map { Line(text: $0.isEmpty ? "" : "    " + $0) }
        }
        if quotedItemLookalikes, pick(3) == 0 {
            lines += [Line(text: "    example.com/note: \"first line"), Line(text: "- second line\"", atColumnZero: true)]
        }
        if pick(4) == 0 { lines.append(Line(text: "# a comment at column 0 inside the item", atColumnZero: true)) }
        lines += [
            "spec:", "  ingressClassName: nginx", "  rules:", "  - host: h\(index % 7).example.com", "    http:", "      paths:",
            "      - path: /p\(index)", "        pathType: \(["Prefix", "Exact", "ImplementationSpecific"][pick(3)])",
            "        backend:", "          service:", "            name: svc-\(index % 5)",
            "            port: {number: \(pick(2) == 0 ? "80" : "!!int \"8080\"")}",
        ].map { Line(text: $0) }
        return lines
    }

    private mutating func service(_ index: Int) -> [Line] {
        [
            "apiVersion: v1", "kind: Service", "metadata:", "  name: svc-\(index % 5)", "  namespace: team-\(index % 3)",
            "spec:", "  ports:", "  - name: http", "    port: 80", "  - {name: alt, port: 8080}",
        ].map { Line(text: $0) }
    }

    /// A ConfigMap whose literal blocks hold lines like items, keys, comments and document
    /// markers, and empty lines (which stay at column 0 in a List).
    private mutating func configMap(_ index: Int) -> [Line] {
        [
            "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: cm-\(index)", "  namespace: team-\(index % 3)",
            "data:", "  script: |", "    - not: an item", "", "    kind: List", "    # not a comment", "    ---",
            "  kept: |+", "    text", "", "", "  folded: >-", "    - one", "", "    - two",
        ].map { Line(text: $0) }
    }

    /// An object whose labels are an alias of its annotations.
    private mutating func aliased(_ index: Int) -> [Line] {
        [
            "apiVersion: v1", "kind: Service", "metadata:", "  name: aliased-\(index)", "  namespace: team-\(index % 3)",
            "  annotations: &notes {a: \"1\", b: \"2\"}", "  labels: *notes",
        ].map { Line(text: $0) }
    }

    /// The lines of `object` as a List item: `- ` before the first, two spaces before the
    /// others.
    func item(_ object: [Line]) -> [Line] {
        object.enumerated().map { index, line in
            if index == 0 { return Line(text: "- " + line.text) }
            return line.atColumnZero || line.text.isEmpty ? line : Line(text: "  " + line.text)
        }
    }

    /// A List dump of `count` random objects, with comments and empty lines between some items,
    /// and `kind` before or after the items.
    mutating func list(count: Int, lineBreak: String = "\n") -> String {
        let kindFirst = pick(4) == 0
        var lines = ["apiVersion: v1"] + (kindFirst ? ["kind: List"] : []) + [pick(3) == 0 ? "items: # the objects" : "items:"]
        for index in 0..<count {
            if pick(5) == 0 { lines += ["# object \(index)", ""] }
            lines += item(object(index)).map(\.text)
        }
        lines += (kindFirst ? [] : ["kind: List"]) + ["metadata:", "  resourceVersion: \"\""]
        return lines.joined(separator: lineBreak) + lineBreak
    }
}

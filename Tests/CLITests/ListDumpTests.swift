import Foundation
import Testing

/// `i2gw print` on a stream of documents and on the same objects as one `kind: List` (what
/// `kubectl get -A -o yaml` writes) gives the same manifests and findings. The two files are
/// laid out so that every object starts on the same line (a comment line in the List stands
/// where the stream has `---`); inside the List every line of an object is indented by two
/// more columns, so the places the output and the findings name differ by exactly that.
@Suite struct ListDumpTests {
    /// Lines of `count` objects: Ingresses (with annotations that translate, that do not, and
    /// a malformed one), their Services, and the controller's ConfigMap.
    private func objects(_ count: Int) -> [[String]] {
        var objects: [[String]] = [[
            "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: ingress-nginx-controller", "  namespace: ingress-nginx",
            "data:", "  ssl-redirect: \"false\"", "  server-snippet: |", "    location /x {", "", "    - deny all;", "    }",
        ]]
        for index in 0..<count {
            let namespace = "team-\(index % 7)"
            let annotations = [
                "nginx.ingress.kubernetes.io/rewrite-target: /", "nginx.ingress.kubernetes.io/proxy-body-size: 8m",
                "nginx.ingress.kubernetes.io/configuration-snippet: |\n  more_set_headers \"X: y\";\n\n  - not an item",
                "nginx.ingress.kubernetes.io/enable-cors: \"true\"",
            ][index % 4].split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
            let spec = index % 97 == 5 ? ["spec: 5"] : [
                "spec:", "  ingressClassName: nginx", "  tls:", "  - hosts: [h\(index % 300).example.com]", "    secretName: tls-\(index % 300)",
                "  rules:", "  - host: h\(index % 300).example.com", "    http:", "      paths:", "      - path: /app\(index)",
                "        pathType: \(index % 3 == 0 ? "ImplementationSpecific" : "Prefix")", "        backend:", "          service:",
                "            name: svc-\(index)", "            port: {name: http}",
            ]
            objects.append(
                ["apiVersion: networking.k8s.io/v1", "kind: Ingress", "metadata:", "  name: app-\(index)", "  namespace: \(namespace)",
                 "  creationTimestamp: \"2025-01-01T00:00:\(String(format: "%02d", index % 60))Z\"", "  annotations:"] + annotations + spec)
            objects.append([
                "apiVersion: v1", "kind: Service", "metadata:", "  name: svc-\(index)", "  namespace: \(namespace)",
                "spec:", "  ports:", "  - name: http", "    port: 80", "    targetPort: 8080",
            ])
        }
        return objects
    }

    /// The objects as a stream: a comment line, then each object after a `---` line.
    private func stream(_ objects: [[String]]) -> String {
        (["# objects"] + objects.flatMap { ["---"] + $0 }).joined(separator: "\n") + "\n"
    }

    /// The objects as one List: `apiVersion` and `items:` on the stream's first two lines, a
    /// comment line between items where the stream has `---`, `kind` after the items.
    private func list(_ objects: [[String]]) -> String {
        var lines = ["apiVersion: v1", "items:"]
        for (index, object) in objects.enumerated() {
            if index > 0 { lines.append("#") }
            lines += object.enumerated().map { $0 == 0 ? "- " + $1 : $1.isEmpty ? "" : "  " + $1 }
        }
        lines += ["kind: List", "metadata:", "  resourceVersion: \"\""]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Runs `i2gw print -f input.yaml` on `text` in a folder of its own.
    private func runPrint(_ text: String) throws -> ToolProcess.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("i2gw-list-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("input.yaml"))
        return try ToolProcess.run(["print", "-f", "input.yaml", "--color", "never"], in: folder)
    }

    /// `text` with the column of every `input.yaml:line:column` moved right by two.
    private func shiftedColumns(_ text: String) throws -> String {
        let pattern = try NSRegularExpression(pattern: #"input\.yaml:([0-9]+):([0-9]+)"#)
        var result = ""
        var last = text.startIndex
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let range = Range(match.range, in: text)!
            let line = text[Range(match.range(at: 1), in: text)!]
            let column = Int(text[Range(match.range(at: 2), in: text)!])!
            result += text[last..<range.lowerBound] + "input.yaml:\(line):\(column + 2)"
            last = range.upperBound
        }
        return result + text[last...]
    }

    /// More than the 1 MiB from which a file is parsed in pieces, so the List is cut between
    /// its items (and the stream at its document markers) on a machine with several cores.
    @Test func aListGivesTheSameOutputAsAStream() throws {
        let objects = objects(1_600)
        let listText = list(objects)
        #expect(listText.utf8.count > 1 << 20)
        let fromStream = try runPrint(stream(objects))
        let fromList = try runPrint(listText)
        #expect(fromStream.status == fromList.status)
        #expect(fromStream.standardError.contains("input.yaml:"))
        #expect(fromStream.standardOutput.contains("kind: HTTPRoute"))
        #expect(try shiftedColumns(fromStream.standardOutput) == fromList.standardOutput)
        #expect(try shiftedColumns(fromStream.standardError) == fromList.standardError)
    }
}

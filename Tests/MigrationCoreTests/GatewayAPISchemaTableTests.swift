import Foundation
import Testing
import YAMLKit
@testable import MigrationCore

/// `GatewayAPISchema+Table.swift` is generated from the Gateway API CRDs in
/// `../shared/gateway-api/v1.6.1`: this test derives the table again and compares the source
/// text. `I2GW_RECORD=1 swift test --filter GatewayAPISchemaTableTests` rewrites the file.
@Suite struct GatewayAPISchemaTableTests {
    static let crds = TestSupport.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/gateway-api/v1.6.1")
    static let tableFile = TestSupport.fixtures.deletingLastPathComponent()
        .appendingPathComponent("Sources/MigrationCore/Diff/GatewayAPISchema+Table.swift")

    /// The kinds of one channel's CRDs, with the facts of every served version merged.
    static func derive(channel: String) throws -> [String: KindSchema] {
        let folder = crds.appendingPathComponent(channel)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var kinds: [String: KindSchema] = [:]
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            for document in try YAMLParser.parseAll(bytes) {
                guard let crd = document.root?.toValue(), crd["kind"] == .string("CustomResourceDefinition"),
                      crd["spec"]?["group"] == .string(GatewayAPISchema.group),
                      case .string(let kind)? = crd["spec"]?["names"]?["kind"],
                      case .sequence(let versions)? = crd["spec"]?["versions"]
                else { continue }
                var fields: [String: FieldSchema] = [:]
                for version in versions where version["served"] == .bool(true) {
                    guard let spec = version["schema"]?["openAPIV3Schema"]?["properties"]?["spec"] else { continue }
                    try walk(spec, path: "spec", into: &fields, kind: kind)
                }
                kinds[kind] = KindSchema(clusterScoped: crd["spec"]?["scope"] == .string("Cluster"), fields: fields)
            }
        }
        return kinds
    }

    struct Conflict: Error, CustomStringConvertible {
        var description: String
    }

    static func walk(_ schema: YAMLValue, path: String, into fields: inout [String: FieldSchema], kind: String) throws {
        var field = FieldSchema(default: schema["default"])
        switch schema["x-kubernetes-list-type"] {
        case .string("set")?: field.list = .set
        case .string("map")?:
            guard case .sequence(let keys)? = schema["x-kubernetes-list-map-keys"] else { throw Conflict(description: "\(kind) \(path): map list without keys") }
            field.list = .map(keys: keys.compactMap { if case .string(let key) = $0 { return key } else { return nil } })
        default: break
        }
        if field != FieldSchema() {
            if let known = fields[path], known != field {
                throw Conflict(description: "\(kind) \(path) differs between versions: \(known) and \(field)")
            }
            fields[path] = field
        }
        if case .mapping(let properties)? = schema["properties"] {
            for property in properties { try walk(property.value, path: path + "." + property.key, into: &fields, kind: kind) }
        }
        if let items = schema["items"] { try walk(items, path: path + "[]", into: &fields, kind: kind) }
        if let values = schema["additionalProperties"], case .mapping = values {
            var inside: [String: FieldSchema] = [:]
            try walk(values, path: path + "{}", into: &inside, kind: kind)
            if !inside.isEmpty { throw Conflict(description: "\(kind) \(path): defaults inside map values are not modelled: \(inside)") }
        }
    }

    @Test func theTableIsGeneratedFromTheCRDs() throws {
        let source = Self.render(try Self.derive(channel: "experimental"))
        if ProcessInfo.processInfo.environment["I2GW_RECORD"] == "1" {
            try source.write(to: Self.tableFile, atomically: true, encoding: .utf8)
            return
        }
        let checkedIn = try String(contentsOf: Self.tableFile, encoding: .utf8)
        #expect(checkedIn == source, "GatewayAPISchema+Table.swift is out of date; regenerate with I2GW_RECORD=1")
        #expect(GatewayAPISchema.kinds == (try Self.derive(channel: "experimental")))
    }

    /// The standard channel says nothing the experimental one does not.
    @Test func theStandardChannelIsCovered() throws {
        let experimental = try Self.derive(channel: "experimental")
        for (kind, schema) in try Self.derive(channel: "standard") {
            let wider = try #require(experimental[kind], "\(kind) missing from the experimental channel")
            #expect(wider.clusterScoped == schema.clusterScoped)
            for (path, field) in schema.fields { #expect(wider.fields[path] == field, "\(kind) \(path)") }
        }
    }

    @Test func theTableKnowsTheDefaultsTheAPIServerFillsIn() throws {
        let route = try #require(GatewayAPISchema.schema(group: "gateway.networking.k8s.io", kind: "HTTPRoute"))
        #expect(route.fields["spec.rules[].backendRefs[].weight"]?.defaultValue == .int(1))
        #expect(route.fields["spec.parentRefs[].kind"]?.defaultValue == .string("Gateway"))
        #expect(route.fields["spec.rules[].filters[].requestRedirect.statusCode"]?.defaultValue == .int(302))
        #expect(route.fields["spec.rules[].matches[].headers"]?.list == .map(keys: ["name"]))
        #expect(route.fields["spec.hostnames"] == nil, "hostnames is an atomic list: its order counts")
        let gateway = try #require(GatewayAPISchema.schema(group: "gateway.networking.k8s.io", kind: "Gateway"))
        #expect(gateway.fields["spec.listeners[].tls.mode"]?.defaultValue == .string("Terminate"))
        #expect(gateway.fields["spec.listeners"]?.list == .map(keys: ["name"]))
        #expect(GatewayAPISchema.schema(group: "gateway.networking.k8s.io", kind: "GatewayClass")?.clusterScoped == true)
        #expect(GatewayAPISchema.schema(group: "networking.istio.io", kind: "Gateway") == nil)
    }

    /// The Swift source of the table.
    static func render(_ kinds: [String: KindSchema]) -> String {
        var lines = [
            "import YAMLKit",
            "",
            "// Generated from the Gateway API v1.6.1 CRDs (experimental channel, every served version) by",
            "// GatewayAPISchemaTableTests; regenerate with `I2GW_RECORD=1 swift test --filter GatewayAPISchemaTableTests`.",
            "",
            "extension GatewayAPISchema {",
            "    /// Every Gateway API kind, by kind name.",
            "    static let kinds: [String: KindSchema] = [",
        ]
        for kind in kinds.keys.sorted() {
            let schema = kinds[kind]!
            if schema.fields.isEmpty {
                lines.append("        \"\(kind)\": KindSchema(clusterScoped: \(schema.clusterScoped), fields: [:]),")
                continue
            }
            lines.append("        \"\(kind)\": KindSchema(clusterScoped: \(schema.clusterScoped), fields: [")
            for path in schema.fields.keys.sorted() {
                let field = schema.fields[path]!
                var arguments: [String] = []
                if let value = field.defaultValue { arguments.append("default: \(literal(value))") }
                switch field.list {
                case .set?: arguments.append("list: .set")
                case .map(let keys)?: arguments.append("list: .map(keys: [\(keys.map { "\"\($0)\"" }.joined(separator: ", "))])")
                case nil: break
                }
                lines.append("            \"\(path)\": FieldSchema(\(arguments.joined(separator: ", "))),")
            }
            lines.append("        ]),")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    static func literal(_ value: YAMLValue) -> String {
        switch value {
        case .null: return ".null"
        case .bool(let flag): return ".bool(\(flag))"
        case .int(let number): return ".int(\(number))"
        case .float(let number): return ".float(\(number))"
        case .string(let text): return ".string(\"\(text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\")"
        case .sequence(let items): return ".sequence([\(items.map(literal).joined(separator: ", "))])"
        case .mapping(let entries): return ".mapping([\(entries.map { ".init(\"\($0.key)\", \(literal($0.value)))" }.joined(separator: ", "))])"
        }
    }
}

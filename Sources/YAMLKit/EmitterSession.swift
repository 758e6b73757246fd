internal import CLibYAML

/// One use of libyaml's emitter: it turns a ``YAMLValue`` into events and collects the output.
final class EmitterSession {
    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private let output = EmitterOutput()

    init() throws {
        let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        guard yaml_emitter_initialize(emitter) != 0 else {
            emitter.deallocate()
            throw YAMLError(message: "out of memory while creating the YAML emitter", kind: .syntax)
        }
        self.emitter = emitter
        self.event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        yaml_emitter_set_output(emitter, writeEmitterOutput, Unmanaged.passUnretained(output).toOpaque())
        yaml_emitter_set_encoding(emitter, YAML_UTF8_ENCODING)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
        event.deallocate()
    }

    /// Emits a whole stream holding one document with implicit start and end.
    func emitDocument(_ value: YAMLValue) throws {
        try emit { yaml_stream_start_event_initialize($0, YAML_UTF8_ENCODING) }
        try emit { yaml_document_start_event_initialize($0, nil, nil, nil, 1) }
        try emitNode(value)
        try emit { yaml_document_end_event_initialize($0, 1) }
        try emit { yaml_stream_end_event_initialize($0) }
    }

    /// The output as text, without the `...` document end marker libyaml adds after a
    /// trailing kept-newline block scalar.
    func documentText() -> String {
        var bytes = output.bytes[...]
        let endMarker = Array("...\n".utf8)
        if bytes.count > endMarker.count, bytes.suffix(endMarker.count).elementsEqual(endMarker),
           bytes[bytes.endIndex - endMarker.count - 1] == ASCII.lineFeed {
            bytes = bytes.dropLast(endMarker.count)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func emitNode(_ value: YAMLValue) throws {
        switch value {
        case .null: try emitScalar(.typed("null"))
        case .bool(let flag): try emitScalar(.typed(flag ? "true" : "false"))
        case .int(let number): try emitScalar(.typed(String(number)))
        case .float(let number): try emitScalar(.float(number))
        case .string(let text): try emitScalar(.string(text))
        case .sequence(let items):
            let style = items.isEmpty ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
            try emit { yaml_sequence_start_event_initialize($0, nil, nil, 1, style) }
            for item in items { try emitNode(item) }
            try emit { yaml_sequence_end_event_initialize($0) }
        case .mapping(let entries):
            let style = entries.isEmpty ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
            try emit { yaml_mapping_start_event_initialize($0, nil, nil, 1, style) }
            for entry in entries {
                try emitScalar(.key(entry.key))
                try emitNode(entry.value)
            }
            try emit { yaml_mapping_end_event_initialize($0) }
        }
    }

    private func emitScalar(_ presentation: ScalarPresentation) throws {
        try presentation.text.withUTF8Bytes { bytes in
            guard let length = Int32(exactly: bytes.count) else {
                throw YAMLError(message: "string is too long to emit", kind: .scalarSize)
            }
            try withUnsafePointer(to: UInt8(0)) { emptyText in
                let start = bytes.baseAddress ?? emptyText
                try emit { yaml_scalar_event_initialize($0, nil, nil, start, length, 1, 1, presentation.style) }
            }
        }
    }

    /// Initialises the event with `initialize`, then hands it to the emitter, which frees it.
    private func emit(_ initialize: (UnsafeMutablePointer<yaml_event_t>) -> Int32) throws {
        guard initialize(event) != 0 else {
            throw YAMLError(message: "out of memory while creating a YAML event", kind: .syntax)
        }
        guard yaml_emitter_emit(emitter, event) != 0 else {
            let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
            throw YAMLError(message: "YAML emitter failed: \(problem)", kind: .syntax)
        }
    }
}

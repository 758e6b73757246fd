internal import CLibYAML

/// Reads the fields of a libyaml event as Swift values, without intermediate allocations.
extension UnsafePointer where Pointee == yaml_event_t {
    /// Where the event starts.
    var startMark: Mark { Mark(pointee.start_mark) }

    /// The scalar's text, decoded straight from libyaml's buffer.
    var scalarText: String {
        let data = pointee.data.scalar
        return String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
    }

    /// The scalar's length in bytes.
    var scalarByteCount: Int { pointee.data.scalar.length }

    /// The scalar's style.
    var scalarStyle: ScalarStyle { ScalarStyle(pointee.data.scalar.style) }

    /// The explicit tag of a scalar, sequence or mapping start event.
    var nodeTag: String? {
        switch pointee.type {
        case YAML_SCALAR_EVENT: return Self.text(pointee.data.scalar.tag)
        case YAML_SEQUENCE_START_EVENT: return Self.text(pointee.data.sequence_start.tag)
        case YAML_MAPPING_START_EVENT: return Self.text(pointee.data.mapping_start.tag)
        default: return nil
        }
    }

    /// The anchor defined by a scalar, sequence or mapping start event, or referred to by an alias.
    var anchorName: String? {
        switch pointee.type {
        case YAML_SCALAR_EVENT: return Self.text(pointee.data.scalar.anchor)
        case YAML_SEQUENCE_START_EVENT: return Self.text(pointee.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT: return Self.text(pointee.data.mapping_start.anchor)
        case YAML_ALIAS_EVENT: return Self.text(pointee.data.alias.anchor)
        default: return nil
        }
    }

    private static func text(_ cString: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        cString.map { String(cString: $0) }
    }
}

/// Decides which strings must be quoted so that YAML readers keep them strings.
public enum ScalarQuoting {
    /// True when a YAML 1.1 or YAML 1.2 (core or JSON schema) reader, or Kubernetes' go-yaml,
    /// would read this text, written plain, as something other than a string:
    /// the empty string; every null, bool, int and float spelling of both specs
    /// (`~`, `null`, `y`/`n`/`yes`/`no`/`on`/`off`/`true`/`false` in their listed case forms,
    /// `0x1F`, `012`, `0o12`, `0b101`, `1_000`, `1e3`, `+1`, `.5`, `1.`, `.inf`, `.nan`, ...);
    /// YAML 1.1 sexagesimal numbers (`190:20:30`); YAML 1.1 timestamps (`2001-12-14`);
    /// the merge key `<<` and the YAML 1.1 value key `=`.
    public static func needsQuoting(_ text: String) -> Bool {
        text.withUTF8Bytes(needsQuoting)
    }

    /// ``needsQuoting(_:)-(String)`` on the UTF-8 bytes of the text.
    public static func needsQuoting(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        guard ImplicitTypeForms.mayStartImplicitType(first) else { return false }
        // A string starting with a letter is never a number or timestamp, and every keyword a
        // reader types starting with a letter is a reserved word: one look-up decides.
        if (first | 0x20) >= UInt8(ascii: "a") && (first | 0x20) <= UInt8(ascii: "z") {
            return ImplicitTypeForms.isReservedWord(bytes)
        }
        if KubernetesScalarResolution.resolveNonString(bytes) == nil {
            return ImplicitTypeForms.isReservedWord(bytes) || ImplicitTypeForms.isNumber(bytes) || ImplicitTypeForms.isTimestamp(bytes)
        }
        return true
    }
}

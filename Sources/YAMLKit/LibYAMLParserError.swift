internal import CLibYAML

extension YAMLError {
    /// Translates the error state of a libyaml parser whose `yaml_parser_parse` failed.
    /// This is the only place where libyaml's problems become ``YAMLError``s: reader errors
    /// carry a byte offset into `input`, scanner and parser errors a 0-based mark.
    init(failedParser parser: UnsafePointer<yaml_parser_t>, input: UnsafeBufferPointer<UInt8>) {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
        switch state.error {
        case YAML_READER_ERROR:
            let mark = Mark(byteOffset: state.problem_offset, in: input)
            let (message, kind) = Self.describeReaderProblem(problem)
            self.init(message: message, mark: mark, kind: kind)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let problemMark = Mark(state.problem_mark)
            guard let context = state.context.map({ String(cString: $0) }) else {
                self.init(message: problem, mark: problemMark, kind: .syntax)
                return
            }
            let contextMark = Mark(state.context_mark)
            self.init(
                message: "\(problem) (\(context) at \(contextMark))",
                mark: problemMark, relatedMark: contextMark, kind: .syntax)
        case YAML_MEMORY_ERROR:
            self.init(message: "out of memory while parsing", kind: .syntax)
        default:
            self.init(message: problem, kind: .syntax)
        }
    }

    /// A readable message and a kind for one of libyaml's reader problems.
    private static func describeReaderProblem(_ problem: String) -> (String, Kind) {
        if problem.contains("UTF-8") || problem == "invalid Unicode character" {
            return ("invalid UTF-8 in input", .encoding)
        }
        if problem.contains("UTF-16") || problem.contains("surrogate") {
            return ("invalid UTF-16 in input", .encoding)
        }
        if problem.contains("control characters") {
            return ("control characters (such as NUL) are not allowed", .encoding)
        }
        if problem == "input is too long" {
            return ("input is too long", .inputSize)
        }
        return (problem, .encoding)
    }
}

/// Many file arguments, handed to the argument parser as few.
///
/// swift-argument-parser (1.8) stores each value of an array argument by copying the array and
/// merging the set of input positions it came from, so N files cost O(N²): 0.2–0.3 s of a single
/// thread for 2,000 files on the project's machine (perf: `ParsedValues.update`, `Set.formUnion`).
/// `render` and `check` take many files, so before parsing, each run of arguments that can only be
/// files is joined with NUL, which no command-line argument can contain, and the command splits
/// them again (`split`). An argument is surely a file when neither it nor the argument before it
/// starts with "-": every option of these commands takes at most one value. Anything else is left
/// to the parser as it is, so options, their values and `--` read as before.
enum FileArguments {
    /// The subcommands whose positional arguments are all files.
    static let commands: Set<String> = ["render", "check"]
    static let separator: UInt8 = 0

    /// `arguments` (without the program name) with each run of surely-file arguments joined.
    static func grouped(_ arguments: [String]) -> [String] {
        guard let command = arguments.first, commands.contains(command) else { return arguments }
        var result = [command]
        var run: [String] = []
        func endRun() {
            if !run.isEmpty { result.append(run.joined(separator: "\0")) }
            run = []
        }
        var previous = command
        for argument in arguments.dropFirst() {
            if !argument.hasPrefix("-"), !previous.hasPrefix("-") {
                run.append(argument)
            } else {
                endRun()
                result.append(argument)
            }
            previous = argument
        }
        endRun()
        return result
    }

    /// The files of a command's `files` argument, runs joined by `grouped` split again.
    static func split(_ files: [String]) -> [String] {
        files.flatMap { $0.utf8.split(separator: separator, omittingEmptySubsequences: false).map { String(Substring($0)) } }
    }
}

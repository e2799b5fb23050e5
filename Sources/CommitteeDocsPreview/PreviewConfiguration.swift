import CommitteeDocsRendering

/// What `committee-docs preview` shows and where it listens.
public struct PreviewConfiguration: Sendable {
    /// The data file: a memo, a plan, a meeting (`møde:`) or a meeting's decisions (`referat:`).
    public var file: String
    /// The template folder, read again whenever one of its files changes; nil for the built-in templates.
    public var templatesFolder: String?
    /// The funding rules table, read again whenever it changes; nil for the built-in one.
    public var rulesFile: String?
    /// How documents are rendered (the preview always renders XHTML, Markdown and text).
    public var options: RenderOptions
    /// The port on 127.0.0.1; 0 lets the system choose a free one.
    public var port: Int
    /// How often the watched files' stamps are read.
    public var pollInterval: Duration

    public init(file: String, templatesFolder: String?, rulesFile: String?, options: RenderOptions = RenderOptions(),
                port: Int = 8080, pollInterval: Duration = .milliseconds(250)) {
        self.file = file
        self.templatesFolder = templatesFolder
        self.rulesFile = rulesFile
        var options = options
        options.formats = [.html, .md, .txt]
        self.options = options
        self.port = port
        self.pollInterval = pollInterval
    }

    /// The only address the preview listens on: it shows internal documents, so never the network.
    public static let host = "127.0.0.1"
}

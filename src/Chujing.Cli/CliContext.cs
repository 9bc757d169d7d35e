using System.CommandLine;
using Spectre.Console;

namespace Chujing.Cli;

/// <summary>
/// What a command writes to and reads from. The process uses the real console; tests pass writers so that
/// the whole command line runs in-process.
/// </summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, TextReader input, bool outputIsTerminal, TimeProvider time)
    {
        Out = output;
        Error = error;
        In = input;
        OutputIsTerminal = outputIsTerminal;
        Time = time;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = outputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = outputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = outputIsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!outputIsTerminal)
        {
            Console.Profile.Width = 200;
        }
    }

    /// <summary>Standard output: tables for people, one JSON document with <c>--json</c>.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: one-line errors, progress, <c>committed N</c> lines.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard input, read where a command is given <c>-</c> as its file.</summary>
    public TextReader In { get; }

    /// <summary>True when standard output is a terminal: colours and progress bars are shown only then.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Spectre console over <see cref="Out"/> for tables.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary><c>--catalog-dir</c>: folders of catalogs added to the shipped ones (every verb takes it).</summary>
    public Option<string[]> CatalogDirs { get; } = new("--catalog-dir")
    {
        Description = "在内置规则目录之外另行加载的目录文件夹（<jurisdiction>/<edition>.yaml，可重复） · A folder of <jurisdiction>/<edition>.yaml catalogs to load beside the shipped ones (repeatable).",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The process console.</summary>
    public static CliContext FromProcess()
    {
        var stdout = System.Console.Out;
        var stderr = System.Console.Error;
        return new CliContext(stdout, stderr, System.Console.In, !System.Console.IsOutputRedirected, TimeProvider.System);
    }
}

using System.Text;
using System.Text.Json;
using Chujing.Cli;

namespace Chujing.Cli.Tests;

/// <summary>Runs the whole <c>chujing</c> command line in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(string[] args, string stdin = "")
    {
        var output = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var error = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var context = new CliContext(output, error, new StringReader(stdin), false, TimeProvider.System);
        var code = await ChujingCommand.RunAsync(args, context);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(args, string.Empty);

    public JsonElement Json() => JsonDocument.Parse(Out).RootElement;

    /// <summary>Error output as lines.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

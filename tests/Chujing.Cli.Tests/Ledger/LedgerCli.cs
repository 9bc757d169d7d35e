using System.Globalization;
using System.Text;

namespace Chujing.Cli.Tests.Ledger;

/// <summary>Runs <c>chujing</c> in-process and writes event files for the ledger tests.</summary>
internal static class LedgerCli
{
    /// <summary>A unified social credit code with a valid check character.</summary>
    public const string Processor = "91110000MA01ABCD1M";

    public static async Task<(int Exit, string Out, string Error)> RunWithInputAsync(string input, params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await ChujingCommand.RunAsync(args, new CliContext(output, error, new StringReader(input), false, TimeProvider.System));
        return (exit, output.ToString(), error.ToString());
    }

    public static Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    public static string EventLine(int i) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"processor":"{{Processor}}","filing":"F-2026-0001","time":"2026-11-27T08:00:00Z","recipient":"Example GmbH","country":"DE","persons":{{i % 500}},"personKeys":["hmac-sha256:{{i:x64}}"],"n":{{i}}}""");

    public static string Events(int start, int count)
    {
        var text = new StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            text.Append(EventLine(i)).Append('\n');
        }

        return text.ToString();
    }
}

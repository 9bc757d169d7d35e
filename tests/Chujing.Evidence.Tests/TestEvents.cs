using System.Globalization;
using Chujing.Domain.Evidence;
using Chujing.Evidence;

namespace Chujing.Evidence.Tests;

/// <summary>Valid export events for the tests, as canonical leaf texts.</summary>
internal static class TestEvents
{
    /// <summary>A unified social credit code with a valid check character.</summary>
    public const string Processor = "91110000MA01ABCD1M";

    public static string Line(int i) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"processor":"{{Processor}}","time":"2026-11-27T08:00:00Z","recipient":"Example GmbH 示例","country":"DE","persons":{{i % 500}},"personKeys":["hmac-sha256:{{i:x64}}"],"n":{{i}}}""");

    public static ExportEvent[] Events(int start, int count) =>
        [.. Enumerable.Range(start, count).Select(i => ExportEvent.Parse(Line(i)).Value)];
}

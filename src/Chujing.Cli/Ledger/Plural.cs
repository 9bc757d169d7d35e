using System.Globalization;

namespace Chujing.Cli.Ledger;

/// <summary>Counts with the right English noun form ("1 leaf", "2 leaves").</summary>
internal static class Plural
{
    public static string Of(long count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}

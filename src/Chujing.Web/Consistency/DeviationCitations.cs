using Chujing.Domain.Consistency;

namespace Chujing.Web.Consistency;

/// <summary>
/// A deviation's basis as the deviation tables show it. The engine cites a filed field in Chinese, under the form's
/// label (备案 F-2026-0001（境外接收方）); under the English switch that reads "Filing F-2026-0001 (recipients)". Legal
/// citations name Chinese documents and are shown as they are.
/// </summary>
public static class DeviationCitations
{
    private const string FiledPrefix = "filing:";

    /// <summary>The citation in Chinese, or in English when <paramref name="english"/> and the platform wrote it.</summary>
    public static string Of(DeviationBasis basis, bool english)
    {
        ArgumentNullException.ThrowIfNull(basis);
        var cut = basis.Rule.IndexOf('#', StringComparison.Ordinal);
        if (!english || !basis.Rule.StartsWith(FiledPrefix, StringComparison.Ordinal) || cut < 0)
        {
            return basis.Citation;
        }

        var filing = basis.Rule[FiledPrefix.Length..cut];
        var field = basis.Rule[(cut + 1)..];
        return $"Filing {filing} ({FieldEn(field)})";
    }

    private static string FieldEn(string field) => field switch
    {
        "status" => "status",
        "scenario" => "scenario",
        "fields" => "fields",
        "recipients" => "recipients",
        "recipients[].country" => "recipients' country or region",
        "persons.personal" => "persons, personal",
        "persons.sensitive" => "persons, sensitive",
        "pathway" => "assessment pathway",
        _ => field,
    };
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Chujing.Domain.Diagnostics;

/// <summary>
/// Problems as a person can read them when there are many: the same problem at many entries of a list (a field
/// filed 5,000 times, every event missing its country) becomes one diagnostic that says how many and names the
/// first few; and no answer carries more than <see cref="MaxMessages"/> of them.
/// </summary>
public static partial class DiagnosticSummary
{
    /// <summary>The most diagnostics one answer carries; beyond it, one more says how many were left out.</summary>
    public const int MaxMessages = 100;

    /// <summary>How many entries a collapsed diagnostic names.</summary>
    public const int Named = 3;

    /// <summary>A group of the same problem is collapsed from this many entries on.</summary>
    public const int CollapseFrom = 4;

    /// <summary>
    /// <paramref name="diagnostics"/> with each group of the same problem (same kind, source, line and wording, at
    /// paths that differ only in their indexes) of <see cref="CollapseFrom"/> or more collapsed into its first member's
    /// place: <c>fields: is filed twice (as fields[0]) (199 times: fields[1], fields[2], fields[3] and 196 more)</c>;
    /// then cut to <see cref="MaxMessages"/>. Order is kept; a list that needs neither comes back as it is.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Collapse(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var groups = diagnostics
            .Select((d, i) => (Diagnostic: d, Index: i))
            .GroupBy(x => Key(x.Diagnostic), StringComparer.Ordinal)
            .ToList();
        if (groups.All(g => g.Count() < CollapseFrom) && diagnostics.Count <= MaxMessages)
        {
            return diagnostics;
        }

        var collapsed = new List<(int Index, Diagnostic Diagnostic)>();
        foreach (var group in groups)
        {
            var members = group.ToList();
            if (members.Count >= CollapseFrom)
            {
                collapsed.Add((members[0].Index, Summarise([.. members.Select(x => x.Diagnostic)])));
            }
            else
            {
                collapsed.AddRange(members.Select(x => (x.Index, x.Diagnostic)));
            }
        }

        var ordered = collapsed.OrderBy(x => x.Index).Select(x => x.Diagnostic).ToList();
        if (ordered.Count <= MaxMessages)
        {
            return ordered;
        }

        var left = ordered.Count - (MaxMessages - 1);
        return [.. ordered.Take(MaxMessages - 1), Diagnostic.ForField(null, "body", string.Create(CultureInfo.InvariantCulture, $"and {left:N0} more problems not listed; correct these and send again"))];
    }

    private static Diagnostic Summarise(IReadOnlyList<Diagnostic> members)
    {
        var first = members[0];
        var names = string.Join(", ", members.Take(Named).Select(d => d.Subject ?? "body"));
        var more = members.Count > Named ? string.Create(CultureInfo.InvariantCulture, $" and {members.Count - Named:N0} more") : string.Empty;
        var message = string.Create(CultureInfo.InvariantCulture, $"{first.Message} ({members.Count:N0} times: {names}{more})");
        return first with { Subject = ListOf(first.Subject), Message = message };
    }

    // fields[12] → fields; recipients[3].country → recipients; [4].country → body (the array is the body).
    private static string ListOf(string? subject)
    {
        if (subject is null)
        {
            return "body";
        }

        var bracket = subject.IndexOf('[', StringComparison.Ordinal);
        return bracket switch
        {
            < 0 => subject,
            0 => "body",
            _ => subject[..bracket],
        };
    }

    // The same problem at another entry of the same list: the indexes in the path do not count; the wording (which
    // may name the entry it repeats), the line and the suggestion do.
    private static string Key(Diagnostic d) =>
        string.Join('\u0000', d.Kind.ToString(), d.Source ?? string.Empty, d.Line.ToString(CultureInfo.InvariantCulture), Index().Replace(d.Subject ?? string.Empty, "[]"), d.Message, d.Suggestion ?? string.Empty);

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Index();
}

namespace Chujing.Domain.Text;

/// <summary>
/// "Did you mean …?" for unknown ids and property names: the known names nearest by edit distance
/// (Damerau-free Levenshtein, case-insensitive), within a distance that grows with the name's length.
/// </summary>
public static class Suggestions
{
    /// <summary>The nearest candidates (best first), at most <paramref name="max"/>; empty when none is close.</summary>
    public static IReadOnlyList<string> Nearest(string input, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        var limit = Math.Max(2, input.Length / 3);
        var scored = new List<(int Distance, string Name)>();
        foreach (var candidate in candidates)
        {
            var distance = Distance(input, candidate);
            if (distance <= limit || candidate.Contains(input, StringComparison.OrdinalIgnoreCase) ||
                (input.Length >= 3 && input.Contains(candidate, StringComparison.OrdinalIgnoreCase)))
            {
                scored.Add((distance, candidate));
            }
        }

        return scored.OrderBy(s => s.Distance).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => s.Name).Distinct(StringComparer.Ordinal).Take(max).ToArray();
    }

    /// <summary>"a, b or c", or null when there is nothing to suggest.</summary>
    public static string? Phrase(string input, IEnumerable<string> candidates)
    {
        var nearest = Nearest(input, candidates);
        return nearest.Count switch
        {
            0 => null,
            1 => "'" + nearest[0] + "'",
            _ => string.Join(", ", nearest.Take(nearest.Count - 1).Select(n => "'" + n + "'")) + " or '" + nearest[^1] + "'",
        };
    }

    /// <summary>Levenshtein distance, ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

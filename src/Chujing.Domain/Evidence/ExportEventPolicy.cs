using System.Globalization;
using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Evidence;

/// <summary>
/// Rules an export event must meet beyond the ledger contract, for a use that counts persons. One policy value is
/// applied wherever events enter that use (<c>POST /api/evidence</c> and <c>chujing ledger append --policy
/// platform</c>), so both accept exactly the same events.
/// </summary>
/// <param name="Name">How the policy is named on the command line (<c>ledger</c>, <c>platform</c>).</param>
/// <param name="MaxPersonKeyLength">The longest keyed hash counted; null: no limit beyond the line's.</param>
/// <param name="KeyPerPerson">
/// Every person needs a distinct keyed hash: counters count distinct persons from them, so an event naming more
/// persons than it has keys for would pass persons uncounted.
/// </param>
public sealed record ExportEventPolicy(string Name, int? MaxPersonKeyLength, bool KeyPerPerson)
{
    /// <summary>The ledger contract alone (CONTRACTS.md, "An export event").</summary>
    public static ExportEventPolicy Ledger { get; } = new("ledger", null, false);

    /// <summary>The platform's: keyed hashes of at most 128 characters, one distinct hash per person.</summary>
    public static ExportEventPolicy Platform { get; } = new("platform", 128, true);

    /// <summary>Every policy, by name.</summary>
    public static IReadOnlyList<ExportEventPolicy> All { get; } = [Ledger, Platform];

    /// <summary>The problems of <paramref name="exportEvent"/> under this policy (empty when it complies), naming the field.</summary>
    public IReadOnlyList<Diagnostic> Check(ExportEvent exportEvent, string? source = null, int line = 0)
    {
        ArgumentNullException.ThrowIfNull(exportEvent);
        var keys = exportEvent.PersonKeys;
        if (MaxPersonKeyLength is { } max)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (keys[i].Length > max)
                {
                    return [new Diagnostic(source, line, 0, "personKeys[" + i.ToString(CultureInfo.InvariantCulture) + "]",
                        "keyed hashes longer than " + max.ToString(CultureInfo.InvariantCulture) + " characters are not counted")];
                }
            }
        }

        if (KeyPerPerson && exportEvent.Persons > 0 && (keys.Count < exportEvent.Persons || DistinctCount(keys) < exportEvent.Persons))
        {
            var distinct = DistinctCount(keys);
            return [new Diagnostic(source, line, 0, "personKeys",
                $"{distinct.ToString(CultureInfo.InvariantCulture)} distinct keyed hashes for {exportEvent.Persons.ToString(CultureInfo.InvariantCulture)} persons; send one keyed hash per person, since the counters count distinct persons from them")];
        }

        return [];
    }

    private static int DistinctCount(IReadOnlyList<string> keys)
    {
        if (keys.Count < 2)
        {
            return keys.Count;
        }

        var seen = new HashSet<string>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            seen.Add(key);
        }

        return seen.Count;
    }
}

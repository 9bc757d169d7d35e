using System.Globalization;
using Chujing.Domain.Detection;

namespace Chujing.Domain.Classification;

/// <summary>
/// Decides what each column holds from its <see cref="ColumnTally"/>: a candidate becomes one of the column's types when
/// its ratio reaches the threshold and the column name agrees as much as the detector needs (<see cref="NameEvidence"/>).
/// A function of the tallies alone, so that merged tallies give the report one scan would.
/// </summary>
public static class ColumnReports
{
    /// <summary>The reports of <paramref name="tallies"/>, in their order.</summary>
    public static IReadOnlyList<ColumnReport> From(IReadOnlyList<ColumnTally> tallies, ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(options);
        var reports = new ColumnReport[tallies.Count];
        for (var c = 0; c < tallies.Count; c++)
        {
            var column = tallies[c];
            var hints = ColumnNameHints.TypesFor(column.Name);
            var values = column.Values;
            var accepted = new List<TypeReport>();
            var weak = new List<TypeReport>();
            foreach (var counts in column.Detectors)
            {
                var detector = DetectorSet.ForTally(counts.Detector, options.AsOf)
                    ?? throw new ArgumentException("unknown detector '" + counts.Detector + "' in column '" + column.Name + "'", nameof(tallies));
                var matches = counts.Matches;
                var suspect = counts.Suspect;
                var hinted = Contains(hints, detector.Id);
                var counted = SuspectCounts(detector, hinted, matches, suspect);
                var ratio = values == 0 ? 0 : Math.Round((double)(matches + (counted ? suspect : 0)) / values, 4);
                var confidence = Math.Round(detector.HasChecksum || hinted ? ratio : ratio * 0.9, 4);
                var rule = detector.Rule + (hinted ? "; the column name agrees" : "; values only");
                if (detector is ResidentIdDetector && column.Minors > 0 && options.AsOf is { } asOf)
                {
                    rule += string.Create(CultureInfo.InvariantCulture, $"; {column.Minors} of minors under {ScanPlan.MinorAge} on {asOf:yyyy-MM-dd} (未满十四周岁未成年人的个人信息属敏感个人信息, GB/T 45574-2025)");
                }

                var type = new TypeReport(detector.Id, matches, ratio, suspect, confidence, rule)
                {
                    SuspectCounted = counted,
                    SuspectReason = suspect == 0 ? null : SuspectReason(detector, hinted, matches, suspect, counted),
                };
                if (ratio > 0 && ratio >= options.Threshold && NameAllows(detector, hinted, ratio))
                {
                    accepted.Add(type);
                }
                else if (matches + suspect > 0)
                {
                    weak.Add(type);
                }
            }

            if (accepted.Count == 0 && values > 0)
            {
                AcceptMixedIdentifiers(hints, values, accepted, weak, options.Threshold);
            }

            accepted.Sort(static (a, b) => b.Ratio.CompareTo(a.Ratio));
            var sensitive = false;
            var personal = false;
            foreach (var type in accepted)
            {
                var entry = options.Sensitivity.Find(type.Type);
                sensitive |= entry?.Sensitive ?? false;
                sensitive |= type.Type == "cn-resident-id" && column.Minors > 0;
                personal |= entry?.Personal ?? true;
            }

            reports[c] = new ColumnReport(column.Name, accepted, sensitive, personal, [], values, hints, weak);
        }

        return reports;
    }

    /// <summary>The person-key types that some column was given, strongest first.</summary>
    public static IReadOnlyList<string> IdentifiersUsed(IReadOnlyList<ColumnReport> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var used = new List<string>();
        foreach (var id in DetectorSet.PersonKeyPriority)
        {
            foreach (var column in columns)
            {
                foreach (var type in column.Types)
                {
                    if (type.Type == id && !used.Contains(id))
                    {
                        used.Add(id);
                    }
                }
            }
        }

        return used;
    }

    /// <summary>
    /// A column of several identifier types (证件号码: resident IDs and passports), none reaching the threshold alone:
    /// when together they do, each of them is accepted with its own share, and the rule says so.
    /// </summary>
    private static void AcceptMixedIdentifiers(IReadOnlyList<string> hints, long values, List<TypeReport> accepted, List<TypeReport> weak, double threshold)
    {
        var found = 0L;
        var kinds = 0;
        foreach (var type in weak)
        {
            if (IsIdentifier(type.Type))
            {
                found += type.Matches + (type.SuspectCounted ? type.Suspect : 0);
                kinds++;
            }
        }

        var union = Math.Round(Math.Min(1, (double)found / values), 4);
        if (kinds < 2 || union < threshold)
        {
            return;
        }

        for (var i = weak.Count - 1; i >= 0; i--)
        {
            var type = weak[i];
            if (IsIdentifier(type.Type) && NameAllows(DetectorSet.Find(type.Type)!, Contains(hints, type.Type), union))
            {
                accepted.Add(type with
                {
                    Rule = type.Rule + string.Create(CultureInfo.InvariantCulture, $"; a mixed identifier column: {type.Ratio:P1} of its values, {union:P1} with its other identifier types"),
                });
                weak.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Suspect values (the type's shape, a strict rule failed) count toward the ratio only in a column whose name names
    /// the type — order numbers and extension numbers have the shape too — and, for a mandatory check that random
    /// values fail nine times in ten, only while at least as many values pass it as fail it.
    /// </summary>
    private static bool SuspectCounts(Detector detector, bool hinted, long matches, long suspect) =>
        suspect > 0 && hinted && (!detector.SuspectNeedsPassingMajority || matches >= suspect);

    private static string SuspectReason(Detector detector, bool hinted, long matches, long suspect, bool counted)
    {
        var what = string.Create(CultureInfo.InvariantCulture, $"{suspect} suspect: {detector.SuspectRule ?? "the type's shape, a check failed"}");
        if (counted)
        {
            return what + "; counted toward the ratio, since the column name names the type (存疑值计入比例：列名指明该类型)";
        }

        if (!hinted)
        {
            return what + "; not counted: the column name does not name the type (列名未指明该类型，不计入)";
        }

        return what + string.Create(CultureInfo.InvariantCulture, $"; not counted: the check fails for more values ({suspect}) than it passes ({matches}), as it does for numbers that are not of this type (校验失败多于通过，不计入)");
    }

    private static bool IsIdentifier(string type) => type is "cn-travel-permit" or "cn-resident-id" or "cn-passport" or "cn-mobile" or "email";

    private static bool NameAllows(Detector detector, bool hinted, double ratio) => detector.NameEvidence switch
    {
        NameEvidence.NotNeeded => true,
        NameEvidence.PreferredOrStrongValues => hinted || ratio >= detector.ValueOnlyRatio,
        _ => hinted,
    };

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (string.Equals(item, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

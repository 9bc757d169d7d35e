using System.Globalization;
using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Filings;

/// <summary>
/// Sizes every text and list of the platform's inputs stays within, so that no single request can fill a page or a
/// table: lengths in characters (UTF-16 code units), counts in entries. The API document states the same figures.
/// </summary>
public static class InputLimits
{
    /// <summary>A filing's title.</summary>
    public const int Title = 200;

    /// <summary>An edition id, a scenario id, a field id or name.</summary>
    public const int Identifier = 100;

    /// <summary>How many fields a filing lists.</summary>
    public const int Fields = 200;

    /// <summary>How many overseas recipients a filing names.</summary>
    public const int Recipients = 50;

    /// <summary>A recipient's name, a processor's name, a contact's name.</summary>
    public const int Name = 200;

    /// <summary>Free text: the purpose, the security measures, a review note, an application's statement.</summary>
    public const int Text = 4000;

    /// <summary>A phone number or an e-mail address.</summary>
    public const int Contact = 254;

    /// <summary>Adds a diagnostic on <paramref name="field"/> when <paramref name="value"/> is longer than <paramref name="max"/> characters.</summary>
    public static void CheckLength(List<Diagnostic> problems, string? value, string field, int max)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (value is not null && value.Trim().Length > max)
        {
            problems.Add(Diagnostic.ForField(null, field, string.Create(CultureInfo.InvariantCulture, $"must be at most {max:N0} characters (it has {value.Trim().Length:N0})")));
        }
    }

    /// <summary>Adds a diagnostic on <paramref name="field"/> when the list has more than <paramref name="max"/> entries.</summary>
    public static void CheckCount(List<Diagnostic> problems, int count, string field, int max)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (count > max)
        {
            problems.Add(Diagnostic.ForField(null, field, string.Create(CultureInfo.InvariantCulture, $"must list at most {max:N0} entries (it has {count:N0})")));
        }
    }
}

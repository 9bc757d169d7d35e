using System.Text.RegularExpressions;
using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Assessment;

/// <summary>
/// Sorts the activity reader's diagnostics into the API's two answers: a body that cannot be read as an activity —
/// not JSON, a value of the wrong JSON type, an unknown or repeated property — is a 400 like any other endpoint's;
/// a readable activity that breaks a rule (a negative count, an unknown scenario) is a 422.
/// </summary>
internal static partial class ActivityProblems
{
    /// <summary>Whether <paramref name="diagnostic"/> says the body could not be read (rather than that it breaks a rule).</summary>
    public static bool IsUnreadable(Diagnostic diagnostic) =>
        diagnostic.Subject is null or "$"
        || diagnostic.Message is "unknown property" or "is given twice"
        || WrongJsonType().IsMatch(diagnostic.Message);

    // The reader names the wrong value by its JSON kind: ", not the string \"many\"", ", not an array", ", not null".
    [GeneratedRegex(@", not (the string |the number |true$|false$|null$|an array$|an object$)")]
    private static partial Regex WrongJsonType();
}

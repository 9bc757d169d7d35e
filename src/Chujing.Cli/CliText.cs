using Chujing.Domain.Diagnostics;
using Chujing.Web.Localization;

namespace Chujing.Cli;

/// <summary>
/// The lines a person reads on standard error: Chinese first, the English beside it, one line per problem, the place
/// (<c>file:line:column: subject: </c>) kept as the English diagnostic writes it. The Chinese comes from the one table of
/// translations the platform's messages use (<see cref="FormMessages"/>); a message without a translation is written in
/// English alone rather than in a wrong Chinese.
/// </summary>
internal static class CliText
{
    /// <summary>The start of every error line.</summary>
    public const string ErrorPrefix = "错误 error: ";

    /// <summary>The start of every warning line.</summary>
    public const string WarningPrefix = "警告 warning: ";

    /// <summary>The start of every note line.</summary>
    public const string NotePrefix = "提示 note: ";

    /// <summary><c>错误 error: place: 中文 · English</c>.</summary>
    public static string Error(Diagnostic diagnostic) => ErrorPrefix + Describe(diagnostic);

    /// <summary><c>错误 error: 中文 · English</c> for a message that names no place of its own.</summary>
    public static string Error(string message) => ErrorPrefix + Both(message);

    /// <summary>
    /// <c>错误 error: 中文附言 · English addendum</c>: a message with a remark of the command line's own after it in each
    /// language (the remark alone in Chinese when the message has no translation).
    /// </summary>
    public static string Error(string message, string remarkZh, string remark) =>
        Chinese(message) is { } zh
            ? $"{ErrorPrefix}{zh}{remarkZh} · {message}{remark}"
            : $"{ErrorPrefix}{message}{remarkZh}{remark}";

    /// <summary>A diagnostic as one line: its place, then the message in Chinese and in English.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var english = diagnostic.ToString();
        var zh = Chinese(diagnostic.Message);
        if (zh is null)
        {
            return english;
        }

        var tail = diagnostic.Suggestion is null ? diagnostic.Message : $"{diagnostic.Message} (did you mean {diagnostic.Suggestion}?)";
        var place = english[..^tail.Length];
        var suggestion = diagnostic.Suggestion is null ? string.Empty : $"（您是否要填：{diagnostic.Suggestion}？）";
        return $"{place}{(suggestion.Length == 0 ? zh : zh.TrimEnd('。'))}{suggestion} · {tail}";
    }

    /// <summary><c>中文 · English</c>, or the English alone when there is no translation; a leading place is named once.</summary>
    public static string Both(string english) => FormMessages.Bilingual(english);

    /// <summary>The Chinese wording of <paramref name="english"/>, or null when none is known.</summary>
    public static string? Chinese(string english)
    {
        var zh = FormMessages.Message(english, english: false);
        return string.Equals(zh, english, StringComparison.Ordinal) ? null : zh;
    }
}

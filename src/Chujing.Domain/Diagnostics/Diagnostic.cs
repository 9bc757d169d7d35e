using System.Globalization;
using System.Text;

namespace Chujing.Domain.Diagnostics;

/// <summary>
/// One thing wrong with an input, said so that a person can find and fix it: where (file, line, column),
/// what it concerns (an item id or a field path), what is wrong, and a suggestion when one exists.
/// </summary>
/// <param name="Source">The file, or another name of the input (e.g. <c>stdin</c>); null when there is none.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Subject">The item id or field path concerned (e.g. <c>persons.personal</c>); null when none.</param>
/// <param name="Message">What is wrong, as one sentence.</param>
/// <param name="Suggestion">What the person probably meant, when known.</param>
public sealed record Diagnostic(string? Source, int Line, int Column, string? Subject, string Message, string? Suggestion = null)
{
    /// <summary>What kind of problem this is; decides, for example, HTTP 400 against 422. Never read from the wording.</summary>
    public DiagnosticKind Kind { get; init; }

    /// <summary>True for the kinds that say the input could not be read as the expected document.</summary>
    public bool IsUnreadable => Kind is DiagnosticKind.Syntax or DiagnosticKind.Type or DiagnosticKind.UnknownMember or DiagnosticKind.DuplicateMember;

    /// <summary>A diagnostic about a field path of an input that has no useful line.</summary>
    public static Diagnostic ForField(string? source, string fieldPath, string message, string? suggestion = null) =>
        new(source, 0, 0, fieldPath, message, suggestion);

    /// <summary>A diagnostic of <paramref name="kind"/> about a field path of an input that has no useful line.</summary>
    public static Diagnostic ForField(DiagnosticKind kind, string? source, string fieldPath, string message, string? suggestion = null) =>
        new(source, 0, 0, fieldPath, message, suggestion) { Kind = kind };

    /// <summary>One line: <c>file:line:column: subject: message (did you mean …?)</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Source is not null)
        {
            text.Append(Source);
            if (Line > 0)
            {
                text.Append(':').Append(Line.ToString(CultureInfo.InvariantCulture));
                if (Column > 0)
                {
                    text.Append(':').Append(Column.ToString(CultureInfo.InvariantCulture));
                }
            }

            text.Append(": ");
        }

        if (Subject is not null)
        {
            text.Append(Subject).Append(": ");
        }

        text.Append(Message);
        if (Suggestion is not null)
        {
            text.Append(" (did you mean ").Append(Suggestion).Append("?)");
        }

        return text.ToString();
    }
}

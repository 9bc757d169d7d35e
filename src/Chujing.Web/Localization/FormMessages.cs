using System.Globalization;
using System.Text.RegularExpressions;
using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Localization;

/// <summary>
/// Validation and action messages as a person on a form reads them: the form's label instead of the JSON path
/// (<c>recipients[0].country</c> → 境外接收方第 1 行 · 国家或地区), and the message in Chinese (English under the switch).
/// The services speak in English diagnostics (the API's language); this is the one place that puts them into the
/// UI's words. A message without a translation keeps its English text, still under the label.
/// </summary>
public static partial class FormMessages
{
    /// <summary>One line: <c>label：message（suggestion）</c>.</summary>
    public static string Describe(Diagnostic diagnostic, bool english)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var label = Label(diagnostic.Subject, english);
        var message = Message(diagnostic.Message, english);
        var suggestion = diagnostic.Suggestion is null ? string.Empty : english ? $" (did you mean {diagnostic.Suggestion}?)" : $"（您是否要填：{diagnostic.Suggestion}？）";
        return label is null ? message + suggestion : english ? $"{label}: {message}{suggestion}" : $"{label}：{message}{suggestion}";
    }

    /// <summary>The form's label for a field path, or null when the message concerns the whole form.</summary>
    public static string? Label(string? subject, bool english)
    {
        if (subject is null or "" or "$" or "body")
        {
            return null;
        }

        var indexed = IndexedPath().Match(subject);
        if (indexed.Success)
        {
            var line = int.Parse(indexed.Groups[2].Value, CultureInfo.InvariantCulture) + 1;
            var list = UiText.In("label." + indexed.Groups[1].Value, english);
            var member = "label." + indexed.Groups[1].Value + "." + indexed.Groups[3].Value;
            var rest = indexed.Groups[3].Success ? " · " + (UiText.Has(member) ? UiText.In(member, english) : indexed.Groups[3].Value) : string.Empty;
            return english ? $"{list}, entry {line}{rest}" : $"{list}第 {line} 项{rest}";
        }

        // An element of a body that is an array (the export events of /api/evidence and /api/check): [2].country.
        var element = ElementPath().Match(subject);
        if (element.Success)
        {
            var entry = int.Parse(element.Groups[1].Value, CultureInfo.InvariantCulture) + 1;
            var field = element.Groups[2].Value;
            var name = field.Length == 0 ? null : UiText.Has("label.event." + field) ? UiText.In("label.event." + field, english) : field;
            var rest = element.Groups[3].Value;
            var where = english ? $"entry {entry}" : $"第 {entry} 项";
            return name is null ? where : $"{where} · {name}{rest}";
        }

        var key = "label." + subject;
        return UiText.Has(key) ? UiText.In(key, english) : subject;
    }

    /// <summary>The message in Chinese (or as it is, in English).</summary>
    public static string Message(string message, bool english)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (english)
        {
            return message;
        }

        foreach (var (pattern, zh) in JsonTranslations.Concat(Translations).Concat(ListTranslations).Concat(AccountTranslations).Concat(AttachmentTranslations).Concat(SpotCheckTranslations).Concat(ErrorTranslations).Concat(LedgerAndEditionTranslations).Concat(CommandLineTranslations).Concat(CommandLineLedgerTranslations))
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return zh(match);
            }
        }

        return message;
    }

    private static string Code(string prefix, string value) =>
        UiText.Has(prefix + "." + value) ? UiText.In(prefix + "." + value, english: false) : value;

    [GeneratedRegex(@"^(fields|recipients)\[(\d+)\](?:\.(\w+))?$")]
    private static partial Regex IndexedPath();

    [GeneratedRegex(@"^\[(\d+)\](?:\.(\w+))?(.*)$")]
    private static partial Regex ElementPath();
}

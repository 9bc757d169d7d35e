using System.Text.Json;
using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Detection;

/// <summary>
/// Which detected types are (sensitive) personal information, as data: the default ships embedded
/// (<c>sensitivity.json</c>, after GB/T 45574-2025) and a user can pass a file of the same shape to override it.
/// Immutable and thread-safe.
/// </summary>
public sealed class SensitivityTable
{
    private static readonly Lazy<SensitivityTable> LazyDefault = new(LoadDefault);
    private readonly Dictionary<string, SensitivityEntry> _entries;

    private SensitivityTable(string standard, Dictionary<string, SensitivityEntry> entries)
    {
        Standard = standard;
        _entries = entries;
    }

    /// <summary>The standard the table follows.</summary>
    public string Standard { get; }

    /// <summary>The shipped table.</summary>
    public static SensitivityTable Default => LazyDefault.Value;

    /// <summary>Every entry, by type id.</summary>
    public IReadOnlyCollection<SensitivityEntry> Entries => _entries.Values;

    /// <summary>The entry for a type, or null when the table does not class it.</summary>
    public SensitivityEntry? Find(string typeId) => _entries.GetValueOrDefault(typeId);

    /// <summary>True when the type is sensitive personal information.</summary>
    public bool IsSensitive(string typeId) => Find(typeId)?.Sensitive ?? false;

    /// <summary>
    /// Reads a table: <c>{"standard": "…", "types": {"bank-card": {"personal": true, "sensitive": true, "category": "…"}}}</c>.
    /// Types absent from <paramref name="json"/> keep the default classing. Bad JSON gives a diagnostic naming the source.
    /// </summary>
    public static Result<SensitivityTable> Parse(string json, string source, SensitivityTable? fallback = null)
    {
        var entries = fallback is null ? new Dictionary<string, SensitivityEntry>(StringComparer.Ordinal) : new Dictionary<string, SensitivityEntry>(fallback._entries, StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var standard = root.TryGetProperty("standard", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : fallback?.Standard ?? string.Empty;
            if (!root.TryGetProperty("types", out var types) || types.ValueKind != JsonValueKind.Object)
            {
                return Result<SensitivityTable>.Failure(Diagnostic.ForField(source, "types", "an object of type ids is required"));
            }

            foreach (var type in types.EnumerateObject())
            {
                if (type.Value.ValueKind != JsonValueKind.Object
                    || !type.Value.TryGetProperty("sensitive", out var sensitive) || sensitive.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return Result<SensitivityTable>.Failure(Diagnostic.ForField(source, "types." + type.Name + ".sensitive", "true or false is required"));
                }

                var personal = !type.Value.TryGetProperty("personal", out var p) || p.ValueKind != JsonValueKind.False;
                var category = type.Value.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : string.Empty;
                var note = type.Value.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                entries[type.Name] = new SensitivityEntry(type.Name, personal, sensitive.GetBoolean(), category, note);
            }

            return Result<SensitivityTable>.Success(new SensitivityTable(standard, entries));
        }
        catch (JsonException e)
        {
            return Result<SensitivityTable>.Failure(new Diagnostic(source, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1, null, "not valid JSON: " + Text.JsonErrorText.Tidy(e.Message)));
        }
    }

    private static SensitivityTable LoadDefault()
    {
        using var stream = typeof(SensitivityTable).Assembly.GetManifestResourceStream("Chujing.Domain.Detection.sensitivity.json")
            ?? throw new InvalidOperationException("The embedded sensitivity table is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "sensitivity.json").Value;
    }
}
